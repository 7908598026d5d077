import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

/** The columns the services add to (see labor-summary.rules.ts for what each counts). */
export const LABOR_SUMMARY_COLUMNS = [
  'jobsStarted',
  'jobsEnded',
  'exported',
  'reemployedMonth',
  'reemployedQuarter',
  'reemployedYear',
  'hardshipMonth',
  'hardshipQuarter',
  'hardshipYear',
  'unemployedChange',
  'certificatesIssued',
  'validChange',
] as const;
export type LaborSummaryColumn = (typeof LABOR_SUMMARY_COLUMNS)[number];

const count = { type: 'int', default: 0, transformer: intTransformer } as const;

/**
 * One county's month of the registry's figures (shared/monthly-summary.ts), kept in the
 * transaction of every write that changes them, so the monthly report reads a year's
 * rows instead of grouping the registry. `…Change` columns are a stock's change in the
 * month: the stock at a month's end is their sum over all months up to it.
 */
@Entity('labor_monthly_summary')
export class LaborMonthlySummary {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode!: string;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  month!: number;

  /** Jobs (not labor export) started in the month, and ended in it. */
  @Column(count) jobsStarted!: number;
  @Column(count) jobsEnded!: number;
  /** Rural labor exported (劳务输出) in the month. */
  @Column(count) exported!: number;
  /**
   * Persons reemployed, each counted once per month, quarter and year: in the month of
   * their first start in the month (always), in the quarter, in the year. A quarter or
   * year to date is the sum of its months' column, and still counts each person once.
   */
  @Column(count) reemployedMonth!: number;
  @Column(count) reemployedQuarter!: number;
  @Column(count) reemployedYear!: number;
  /** The same for starts of persons who were hardship cases when the job started. */
  @Column(count) hardshipMonth!: number;
  @Column(count) hardshipQuarter!: number;
  @Column(count) hardshipYear!: number;
  /** Change in the month of registered persons without an open job at the month's end. */
  @Column(count) unemployedChange!: number;
  /** Certificates issued in the month (by issue date). */
  @Column(count) certificatesIssued!: number;
  /** Change in the month of certificates valid (by issue date, and the month of each status change). */
  @Column(count) validChange!: number;
}
