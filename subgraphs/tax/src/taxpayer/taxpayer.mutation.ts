import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { TaxContext } from '../context';
import { TaxRegistration } from './tax-registration.entity';
import { RegisterTaxpayerInput, validateRegistration } from './taxpayer.inputs';
import { Access } from '../../../../shared/auth/access';
import { registerTaxpayer } from './taxpayer.service';

@Resolver(() => TaxRegistration)
export class TaxpayerMutationResolver {
  @Access({ scopes: ['tax:write'], county: true })
  @Mutation(() => TaxRegistration, { description: '税务登记 — register an individual business or enterprise with 国税 or 地税.' })
  registerTaxpayer(
    @Arg('input', () => RegisterTaxpayerInput) input: RegisterTaxpayerInput,
    @Ctx() ctx: TaxContext,
  ): Promise<TaxRegistration> {
    const registration = validateRegistration(input, ctx.today());
    assertCounty(ctx.viewer, registration.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'registerTaxpayer', entity: 'TaxRegistration' },
      (tx) => registerTaxpayer(tx, ctx.viewer, registration),
      (r) => [r.id],
    );
  }
}
