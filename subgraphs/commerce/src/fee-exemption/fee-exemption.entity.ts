import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

/**
 * 免收登记类、证照类和管理类收费: one certificate holder's individual business, exempt from
 * the commerce bureau's fees for three years from approval. One per certificate.
 */
@ObjectType({ description: "收费减免 — fee exemption of a certificate holder's individual business (3 years from approval)." })
@Entity('fee_exemption')
@Unique('UQ_fee_exemption_certificate', ['certificateNumber'])
@Unique('UQ_fee_exemption_enterprise', ['enterpriseCreditCode'])
@Index('IDX_fee_exemption_county_from', ['countyCode', 'validFrom'])
export class FeeExemption {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** The 再就业优惠证 it rests on; unique, so a certificate carries one exemption. */
  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  @Column({ type: 'varchar', length: 18 })
  enterpriseCreditCode!: string;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  /** Labor's person id of the holder (the business owner). */
  @Column({ type: 'int', transformer: intTransformer })
  holderId!: number;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => DateScalar, { description: "批准经营之日: first day, the business's registration date." })
  @Column({ type: 'date' })
  validFrom!: string;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => DateScalar, { description: 'Last day: three years after the first, less one day.' })
  @Column({ type: 'date' })
  validUntil!: string;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => MoneyScalar, { description: '登记费 waived: the registration fee.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  registrationFee!: bigint;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => MoneyScalar, { description: '证照工本费 waived: the business licence fee.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  licenceFee!: bigint;

  @Access({ scopes: ['commerce:read'], county: true })
  @Field(() => MoneyScalar, { description: '管理费 waived: the monthly management fee × 36 months.' })
  @Column({ type: 'bigint', transformer: fenTransformer })
  managementFee!: bigint;

  @CreatedAt()
  createdAt!: Date;
}
