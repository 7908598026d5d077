import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A client's Idempotency-Key and what its first request answered. */
@Entity('idempotency_key')
export class IdempotencyKey {
  /** Keys are per client (the token's `sub`) and per department (each keeps its own). */
  @PrimaryColumn({ type: 'varchar', length: 100 })
  clientId!: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key!: string;

  /** SHA-256 of the token's subject, department, scopes and county: replays go to this caller only. */
  // The default is the one the migration that added this column to filled tables gave it.
  @Column({ type: 'varchar', length: 64, default: '' })
  callerHash!: string;

  /** SHA-256 of the operation text and variables: the same key must carry the same payload. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  /** IN_FLIGHT while the first request runs, DONE once its response is stored. */
  @Column({ type: 'varchar', length: 10 })
  state!: 'IN_FLIGHT' | 'DONE';

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
