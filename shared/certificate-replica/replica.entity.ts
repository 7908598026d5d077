import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../database';

/**
 * A department's own copy of labor's certificate status, fed by the certificate feed.
 * Tax, commerce and finance check their rules against it, so they keep working while
 * labor is down (ARCHITECTURE.md, "The certificate feed").
 */
@Entity('certificate_replica')
@Index('IDX_certificate_replica_holder', ['holderId'])
export class CertificateReplica {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  number!: string;

  @Column({ type: 'int', transformer: intTransformer })
  holderId!: number;

  /** The holder's birth date: finance's replica only (its loan age limit); null elsewhere. */
  @Column({ type: 'date', nullable: true })
  holderBirthDate!: string | null;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 40 })
  category!: string;

  /** VALID, SUSPENDED, REVOKED or EXPIRED, as labor last reported it. */
  @Column({ type: 'varchar', length: 10 })
  status!: string;

  @Column({ type: 'date' })
  issuedOn!: string;

  /**
   * Business date of the revocation (REVOKED only). Null on a REVOKED row whose change
   * predates the field: readers then date it by `changedAt` (see `revocationDate`).
   */
  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  /** Feed sequence of the change this row reflects; older changes never overwrite it. */
  @Column({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Column({ type: 'datetime' })
  changedAt!: Date;
}

/** The day a revoked certificate stopped carrying benefits, or null while it is not revoked. */
export function revocationDate(row: Pick<CertificateReplica, 'status' | 'revokedOn' | 'changedAt'>): string | null {
  if (row.status !== 'REVOKED') return null;
  return row.revokedOn ?? row.changedAt.toISOString().slice(0, 10);
}

// The cursor is the generic feeds' one; re-exported for the certificate replica's users.
export { FeedCursor } from '../feeds/cursor.entity';
