import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../../../../shared/database';

export const TAX_SUMMARY_COLUMNS = [
  'personsMonth',
  'personsQuarter',
  'personsYear',
  'enterprisesMonth',
  'enterprisesQuarter',
  'enterprisesYear',
  'amount',
] as const;
export type TaxSummaryColumn = (typeof TAX_SUMMARY_COLUMNS)[number];

const count = { type: 'int', default: 0, transformer: intTransformer } as const;

/**
 * One county's month of the relief granted (shared/monthly-summary.ts), kept in the
 * transaction of each grant, so taxReliefStats reads a year's rows instead of grouping
 * every relief. Persons and enterprises are counted once per month, quarter and year, in
 * the month of their first relief in it (see countOncePer).
 */
@Entity('tax_monthly_summary')
export class TaxMonthlySummary {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  countyCode!: string;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  year!: number;

  @PrimaryColumn({ type: 'int', transformer: intTransformer })
  month!: number;

  @Column(count) personsMonth!: number;
  @Column(count) personsQuarter!: number;
  @Column(count) personsYear!: number;
  @Column(count) enterprisesMonth!: number;
  @Column(count) enterprisesQuarter!: number;
  @Column(count) enterprisesYear!: number;
  /** Relief granted in the month, in fen. */
  @Column({ type: 'bigint', default: 0, transformer: intTransformer }) amount!: number;
}
