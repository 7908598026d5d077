import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

export const COMMERCE_SUMMARY_COLUMNS = [
  'individualBusinesses',
  'enterprises',
  'feeExemptions',
  'feeExemptedAmount',
  'employeesChange',
] as const;
export type CommerceSummaryColumn = (typeof COMMERCE_SUMMARY_COLUMNS)[number];

const count = { type: 'int', default: 0, transformer: intTransformer } as const;

/**
 * One county's month of registrationStats (shared/monthly-summary.ts), kept in the
 * transaction of each registration, exemption and employee count, so the report reads a
 * year's rows instead of grouping the register.
 */
@Entity('commerce_monthly_summary')
export class CommerceMonthlySummary {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode!: string;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  month!: number;

  /** Entries registered in the month (by registration date): individual businesses, and the others. */
  @Column(count) individualBusinesses!: number;
  @Column(count) enterprises!: number;
  /** Fee exemptions from the month (by validFrom) and the fees they waive, in fen. */
  @Column(count) feeExemptions!: number;
  @Column({ type: 'bigint', default: 0, transformer: intTransformer }) feeExemptedAmount!: number;
  /**
   * Change in the month of the staff of individual and private businesses (each entry's
   * latest count): the stock at a month's end is the sum over all months up to it.
   */
  @Column(count) employeesChange!: number;
}
