import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FindingRecordEntry } from '../circular/snapshot';
import type { ConsistencyRule } from './findings.enums';

/** A finding of a check run: open until a later run no longer finds it. */
@Entity('office_finding')
@Index('IDX_finding_fingerprint', ['fingerprint'])
@Index('IDX_finding_open', ['resolvedAt', 'id'])
export class FindingRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The rule and the records it names: the same inconsistency found again is the same finding. */
  @Column({ type: 'varchar', length: 250 })
  fingerprint!: string;

  @Column({ type: 'varchar', length: 40 })
  rule!: ConsistencyRule;

  @Column({ type: 'varchar', length: 6, nullable: true })
  countyCode!: string | null;

  @Column({ type: 'varchar', length: 300 })
  summary!: string;

  @Column({ type: 'simple-json' })
  records!: FindingRecordEntry[];

  @Column({ type: 'datetime' })
  detectedAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  resolvedAt!: Date | null;
}

/** One run of the checks, on demand or on schedule. */
@Entity('office_check_run')
export class CheckRunRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'datetime' })
  ranAt!: Date;

  @Column({ type: 'int' })
  findings!: number;

  @Column({ type: 'int' })
  opened!: number;

  @Column({ type: 'int' })
  resolved!: number;
}
