import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

/** The columns the services add to (finance-summary.rules.ts says what each counts). */
export const FINANCE_SUMMARY_COLUMNS = [
  'loansDisbursed',
  'loansDisbursedAmount',
  'outstandingChange',
  'subsidyPayments',
  'socialInsuranceAmount',
  'jobAmount',
  'trainingAmount',
  'referralAmount',
] as const;
export type FinanceSummaryColumn = (typeof FINANCE_SUMMARY_COLUMNS)[number];

const count = { type: 'int', default: 0, transformer: intTransformer } as const;
/** Fen, summed as numbers: exact below 2^53 fen (90 trillion yuan), far beyond a county's month. */
const fen = { type: 'bigint', default: 0, transformer: intTransformer } as const;

/**
 * One county's month of loanStats and subsidyStats (shared/monthly-summary.ts), kept in
 * the transaction of each loan step and subsidy payment, so the report reads a year's
 * rows instead of grouping every loan and payment. Not kept here, because a later event
 * changes them by a rule of dates read when asked: the interest subsidy due (a
 * certificate revocation in the replica ends it after its month, whenever the revocation
 * arrives) and the guarantee capacity (grouped from the contributions and the guaranteed
 * loans at each period's end). Both are grouped from the records (loan-stats.queries.ts).
 */
@Entity('finance_monthly_summary')
export class FinanceMonthlySummary {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode!: string;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  month!: number;

  /** Loans disbursed in the month (by disbursement date): how many and how much. */
  @Column(count) loansDisbursed!: number;
  @Column(fen) loansDisbursedAmount!: number;
  /**
   * Change in the month of the principal outstanding (disbursed, not yet repaid or
   * compensated): the stock at a month's end is the sum over all months up to it.
   */
  @Column(fen) outstandingChange!: number;
  /** Subsidy payments in the month (by the day paid), and their amounts by kind. */
  @Column(count) subsidyPayments!: number;
  @Column(fen) socialInsuranceAmount!: number;
  @Column(fen) jobAmount!: number;
  @Column(fen) trainingAmount!: number;
  @Column(fen) referralAmount!: number;
}
