import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { FinanceContext } from '../context';
import { Enterprise } from './enterprise.reference';
import { SubsidyPayment } from '../subsidy/subsidy-payment.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Enterprise)
export class EnterpriseSubsidiesResolver {
  @Access({ scopes: ['finance:read'], county: true })
  @FieldResolver(() => [SubsidyPayment], { nullable: true, description: 'Subsidies paid to this enterprise (finance), by day paid.' })
  async subsidies(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: FinanceContext): Promise<SubsidyPayment[]> {
    const payments = await loaders.subsidiesByEnterprise.load(enterprise.creditCode);
    return payments.filter((p) => canAccessCounty(viewer, p.countyCode));
  }
}
