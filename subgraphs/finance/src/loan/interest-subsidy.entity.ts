import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';

/**
 * 财政贴息: the interest finance owes the bank for a low-profit loan, one row per loan and
 * calendar month of the original term, written in the transaction that disburses the loan
 * and cut back in the one that repays it early or records its default. The per-county
 * monthly amount due is a SUM over this table; an extension adds no rows (no subsidy
 * during an extension).
 */
@Entity('loan_interest_subsidy')
@Unique('UQ_loan_interest_subsidy_month', ['loanId', 'month'])
@Index('IDX_loan_interest_subsidy_county_month', ['countyCode', 'month'])
export class LoanInterestSubsidy {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  loanId!: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  /** `YYYY-MM`. */
  @Column({ type: 'varchar', length: 7 })
  month!: string;

  @Column({ type: 'int' })
  days!: number;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;
}
