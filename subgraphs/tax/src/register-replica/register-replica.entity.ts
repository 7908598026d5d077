import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

/**
 * Tax's own copy of commerce's register entries, fed by commerce's register feed: what an
 * individual business's tax registration and relief are checked against, while commerce is down too.
 */
@Entity('register_replica')
@Index('IDX_register_replica_owner', ['ownerId'])
@Index('IDX_register_replica_certificate', ['ownerCertificateNumber'])
export class RegisterReplica {
  @PrimaryColumn({ type: 'varchar', length: 18 })
  creditCode!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 20 })
  industry!: string;

  @Column({ type: 'date' })
  registeredOn!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  ownerId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  ownerCertificateNumber!: string | null;

  @Column({ type: 'int' })
  employeeCount!: number;

  /** 注销登记: the entry's last day on commerce's register; null while it trades. */
  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  /** Feed sequence of the change this row reflects; older changes never overwrite it. */
  @Column({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Column({ type: 'datetime' })
  changedAt!: Date;
}
