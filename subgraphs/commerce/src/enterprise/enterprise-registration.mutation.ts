import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { CommerceContext } from '../context';
import { RegisterEnterpriseInput, validateEnterpriseRegistration } from './enterprise-registration.inputs';
import { Enterprise } from './enterprise.entity';
import { insertRegisterEntry } from './enterprise.service';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Enterprise)
export class EnterpriseRegistrationMutationResolver {
  @Access({ scopes: ['commerce:write'], county: true })
  @Mutation(() => Enterprise, {
    description:
      '企业登记 — register an enterprise; a migrated record keeps its credit code and 15-digit registration number, a new one is assigned a code.',
  })
  registerEnterprise(
    @Arg('input', () => RegisterEnterpriseInput) input: RegisterEnterpriseInput,
    @Ctx() ctx: CommerceContext,
  ): Promise<Enterprise> {
    const registration = validateEnterpriseRegistration(input, ctx.today());
    assertCounty(ctx.viewer, registration.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'registerEnterprise', entity: 'Enterprise' },
      (tx) => insertRegisterEntry(tx, registration),
      (e) => [e.creditCode],
    );
  }
}
