import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { fenTransformer } from '../../../../shared/database';
import { MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

/**
 * 再就业资金: a county's re-employment fund for one year. `disbursed` is kept in the
 * transaction of every subsidy payment, which may not take it past budget plus matching.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "再就业资金 — a county's re-employment fund for a year: budget, provincial matching, disbursed." })
@Entity('fund_allocation')
@Unique('UQ_fund_allocation_county_year', ['countyCode', 'year'])
export class FundAllocation {
  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => ID, { description: 'GB/T 2260 code of the county.' })
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: "预算安排: the county's own budget." })
  @Column({ type: 'bigint', transformer: fenTransformer })
  budgeted!: bigint;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '省财政配套: provincial matching funds.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  provincialMatching!: bigint;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '已拨付: subsidies paid out of the fund this year.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  disbursed!: bigint;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;

  @Access({ scopes: ['report:read', 'finance:read'] })
  @Field(() => MoneyScalar, { description: '结余: budget plus matching less disbursed.' })
  get available(): bigint {
    return this.budgeted + this.provincialMatching - this.disbursed;
  }
}
