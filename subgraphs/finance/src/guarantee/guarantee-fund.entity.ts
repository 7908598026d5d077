import { Authorized, Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '../../../../shared/database';
import { MoneyScalar } from '../../../../shared/scalars';
import { GUARANTEE_LEVERAGE } from '../loan/loan-rules';

/**
 * One per county (the notice wants a guarantee company in every county). `guaranteed` is
 * a summary kept in the transaction of every loan step that commits or releases a
 * guarantee, so the five-times rule is one conditional UPDATE, safe under concurrency.
 */
@Authorized('report:read', 'finance:read')
@Directive('@key(fields: "id")')
@ObjectType({ description: '担保机构及担保基金 — a county\'s guarantee institution and its fund.' })
@Entity('guarantee_fund')
export class GuaranteeFund {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => ID, { description: 'GB/T 2260 code of the county the institution serves.' })
  @Column({ type: 'varchar', length: 6, unique: true })
  countyCode!: string;

  @Field(() => String, { description: '担保机构名称' })
  @Column({ type: 'varchar', length: 100 })
  institutionName!: string;

  @Field(() => MoneyScalar, { description: '担保基金: contributions paid in.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  capital!: bigint;

  @Field(() => MoneyScalar, { description: '代偿: paid out of the fund for defaulted loans.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  compensated!: bigint;

  @Field(() => MoneyScalar, { description: 'Outstanding guaranteed principal (承诺担保余额): approved, disbursed, extended and defaulted loans.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  guaranteed!: bigint;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @Field(() => MoneyScalar, { description: '基金余额: capital less compensation paid.' })
  get balance(): bigint {
    return this.capital - this.compensated;
  }

  @Field(() => MoneyScalar, { description: 'Guarantees still possible: five times the balance less the outstanding guaranteed principal (negative when over-committed after a compensation).' })
  get capacity(): bigint {
    return GUARANTEE_LEVERAGE * this.balance - this.guaranteed;
  }
}
