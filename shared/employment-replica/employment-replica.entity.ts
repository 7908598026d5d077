import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../database';

/**
 * A department's own copy of labor's employment records, fed by labor's employment feed:
 * what finance checks a hiring subsidy's employer claim against, and what tax counts an
 * enterprise's hires from (认定), so both checks work while labor is down. Each department
 * keeps it in its own `employment_replica` table.
 */
@Entity('employment_replica')
@Index('IDX_employment_replica_person', ['personId'])
@Index('IDX_employment_replica_employer', ['employerCreditCode'])
export class EmploymentReplica {
  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  recordId!: number;

  @Column({ type: 'int', transformer: intTransformer })
  personId!: number;

  @Column({ type: 'varchar', length: 18, nullable: true })
  employerCreditCode!: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind!: string;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  contractMonths!: number | null;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  /** Feed sequence of the change this row reflects; older changes never overwrite it. */
  @Column({ type: 'int', transformer: intTransformer })
  sequence!: number;

  @Column({ type: 'datetime' })
  changedAt!: Date;
}
