import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

export const COMMERCE_SUMMARY_COLUMNS = ['individualBusinesses', 'enterprises', 'employeesChange'] as const;
export type CommerceSummaryColumn = (typeof COMMERCE_SUMMARY_COLUMNS)[number];

const count = { type: 'int', default: 0, transformer: intTransformer } as const;

/**
 * One county's month of registrationStats (shared/monthly-summary.ts), kept in the
 * transaction of each registration and employee count, so the report reads a year's rows
 * instead of grouping the register. Fee exemptions are not kept here: a certificate's
 * revocation changes what they count for periods closed after it by a rule of dates
 * (registration-stats.queries.ts), so they are grouped from the exemptions when read.
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
  /**
   * Change in the month of the staff of individual and private businesses (each entry's
   * latest count): the stock at a month's end is the sum over all months up to it.
   */
  @Column(count) employeesChange!: number;
}
