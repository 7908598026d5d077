import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { fenTransformer } from '../../../../shared/database';
import { MoneyScalar } from '../../../../shared/scalars';
import { GUARANTEE_LEVERAGE } from '../loan/loan.rules';
import { Access } from '../../../../shared/auth/access';

/**
 * One per county (the notice wants a guarantee company in every county). `guaranteed` is
 * a summary kept in the transaction of every loan step that commits or releases a
 * guarantee, so the five-times rule is one conditional UPDATE, safe under concurrency.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "担保机构及担保基金 — a county's guarantee institution and its fund." })
@Entity('guarantee_fund')
@Unique('UQ_guarantee_fund_county', ['countyCode'])
export class GuaranteeFund {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => ID, { description: 'GB/T 2260 code of the county the institution serves.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => String, { description: '担保机构名称' })
  @Column({ type: 'varchar', length: 100 })
  institutionName!: string;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '担保基金: contributions paid in.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  capital!: bigint;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '代偿: paid out of the fund for defaulted loans.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  compensated!: bigint;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, {
    description: 'Outstanding guaranteed principal (承诺担保余额): approved, disbursed, extended and defaulted loans.',
  })
  @Column({ type: 'bigint', transformer: fenTransformer })
  guaranteed!: bigint;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '基金余额: capital less compensation paid.' })
  get balance(): bigint {
    return this.capital - this.compensated;
  }

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, {
    description:
      'Guarantees still possible: five times the balance less the outstanding guaranteed principal (negative when over-committed after a compensation).',
  })
  get capacity(): bigint {
    return GUARANTEE_LEVERAGE * this.balance - this.guaranteed;
  }
}
