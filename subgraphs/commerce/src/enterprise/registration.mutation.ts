import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { CommerceContext } from '../context';
import { grantFeeExemption, requireExemptibleCertificate } from '../fee-exemption/fee-exemption.service';
import { EnterpriseKind } from './enterprise.enums';
import { Enterprise } from './enterprise.entity';
import { insertRegisterEntry } from './enterprise.service';
import { RegisterIndividualBusinessInput, validateBusinessRegistration } from './registration.inputs';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Enterprise)
export class RegistrationMutationResolver {
  /**
   * With `certificateNumber` the caller asks for the fee exemption: a certificate that is
   * not VALID in commerce's replica, not the owner's, or an excluded industry refuses the
   * whole registration (BAD_USER_INPUT), so no business is registered on a mistaken
   * promise of free fees. Without it the business is registered and pays the fees.
   */
  @Access({ scopes: ['commerce:write'], county: true })
  @Mutation(() => Enterprise, {
    description:
      '个体工商户登记 — register an individual business; the register assigns its credit code, and a qualifying certificate gives the 3-year fee exemption.',
  })
  registerIndividualBusiness(
    @Arg('input', () => RegisterIndividualBusinessInput) input: RegisterIndividualBusinessInput,
    @Ctx() ctx: CommerceContext,
  ): Promise<Enterprise> {
    const registration = validateBusinessRegistration(input, ctx.today());
    assertCounty(ctx.viewer, registration.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'registerIndividualBusiness', entity: 'Enterprise' },
      async (tx) => {
        const certificate = registration.certificateNumber
          ? await requireExemptibleCertificate(
              tx,
              registration.certificateNumber,
              registration.ownerId,
              registration.registeredOn,
              ctx.viewer,
            )
          : null;
        const business = await insertRegisterEntry(
          tx,
          {
            creditCode: null,
            registrationNumber: null,
            name: registration.name,
            kind: EnterpriseKind.INDIVIDUAL_BUSINESS,
            industry: registration.industry,
            countyCode: registration.countyCode,
            ownerId: registration.ownerId,
            registeredOn: registration.registeredOn,
            // The owner works in the business; helpers are added with updateEmployeeCount.
            employeeCount: 1,
          },
          certificate?.number ?? null,
        );
        if (certificate) await grantFeeExemption(tx, certificate, business);
        return business;
      },
      (e) => [e.creditCode],
    );
  }
}
