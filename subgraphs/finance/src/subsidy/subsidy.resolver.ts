import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { visibleOrNull } from '../../../../shared/auth/decorators';
import { intKey } from '../../../../shared/loaders';
import type { FinanceContext } from '../context';
import { FundAllocation } from '../fund/fund-allocation.entity';
import { ReemploymentCertificate } from '../references/certificate.reference';
import { Person } from '../references/person.reference';
import { Enterprise } from '../references/enterprise.reference';
import { SubsidyPayment } from './subsidy-payment.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => SubsidyPayment)
export class SubsidyPaymentResolver {
  @Access({ scopes: ['finance:read'], county: true })
  @Query(() => SubsidyPayment, { nullable: true })
  async subsidyPayment(@Arg('id', () => ID) id: string, @Ctx() { loaders, viewer }: FinanceContext): Promise<SubsidyPayment | null> {
    const key = intKey(id);
    const payment = Number.isNaN(key) ? null : await loaders.subsidyById.load(key);
    return visibleOrNull(viewer, payment);
  }

  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => Person, { nullable: true, description: 'The certificate holder the subsidy is for.' })
  person(@Root() payment: SubsidyPayment): Person | null {
    return payment.personId === null ? null : { id: String(payment.personId) };
  }

  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => ReemploymentCertificate, { nullable: true })
  certificate(@Root() payment: SubsidyPayment): ReemploymentCertificate | null {
    return payment.certificateNumber === null ? null : { number: payment.certificateNumber };
  }

  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => Enterprise, {
    nullable: true,
    description: 'The employer (social-insurance and job subsidies) or the institution paid, when registered.',
  })
  enterprise(@Root() payment: SubsidyPayment): Enterprise | null {
    return payment.enterpriseCreditCode === null ? null : { creditCode: payment.enterpriseCreditCode };
  }

  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => FundAllocation, { nullable: true, description: 'The re-employment fund it was paid from.' })
  fundAllocation(@Root() payment: SubsidyPayment, @Ctx() { loaders }: FinanceContext): Promise<FundAllocation | null> {
    return loaders.fundAllocationById.load(payment.fundAllocationId);
  }
}
