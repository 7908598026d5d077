import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import type { TaxContext } from '../context';
import { grantEnterpriseRelief, grantIndividualRelief } from './relief.service';
import { GrantTaxReliefInput, validateRelief } from './relief.inputs';
import { TaxRelief } from './tax-relief.entity';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => TaxRelief)
export class TaxReliefMutationResolver {
  @Access({ scopes: ['tax:write'], county: true })
  @Mutation(() => TaxRelief, {
    description:
      "减免税 — grant relief on a valid certificate (财税[2002]208号): to the holder's individual business as registered for tax, or with enterpriseCreditCode to an employer on its assessment (认定). Overlapping relief of the same tax is refused.",
  })
  grantTaxRelief(@Arg('input', () => GrantTaxReliefInput) input: GrantTaxReliefInput, @Ctx() ctx: TaxContext): Promise<TaxRelief> {
    const relief = validateRelief(input);
    const scope = { viewer: ctx.viewer, today: ctx.today() };
    return auditedWrite(
      ctx,
      { operation: 'grantTaxRelief', entity: 'TaxRelief' },
      (tx) =>
        relief.enterpriseCreditCode
          ? grantEnterpriseRelief(tx, scope, relief, relief.enterpriseCreditCode)
          : grantIndividualRelief(tx, scope, relief),
      (r) => [r.id],
    );
  }
}
