import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { makeCreditCode } from '../../../../shared/checksums';
import type { CommerceContext } from '../context';
import { EnterpriseKind } from './enterprise.enums';
import { Enterprise } from './enterprise.entity';
import { NEW_SERIAL_BASE, RegisterSequence } from './register-sequence.entity';
import { RegisterIndividualBusinessInput, validateBusinessRegistration } from './registration.inputs';

@Resolver(() => Enterprise)
export class RegistrationMutationResolver {
  @Authorized('commerce:write')
  @Mutation(() => Enterprise, { description: '个体工商户登记 — register an individual business; the register assigns its credit code.' })
  registerIndividualBusiness(
    @Arg('input', () => RegisterIndividualBusinessInput) input: RegisterIndividualBusinessInput,
    @Ctx() ctx: CommerceContext,
  ): Promise<Enterprise> {
    const registration = validateBusinessRegistration(input, ctx.today());
    assertCounty(ctx.viewer, registration.countyCode);
    return auditedWrite(ctx, { operation: 'registerIndividualBusiness', entity: 'Enterprise' }, async (tx) => {
      if (registration.certificateNumber) {
        await requireValidCertificate(tx, registration.certificateNumber, 'input.certificateNumber', registration.ownerId);
      }
      const { identifiers } = await tx.insert(RegisterSequence, {});
      const creditCode = makeCreditCode('2', registration.countyCode, NEW_SERIAL_BASE + Number(identifiers[0].id));
      await tx.insert(Enterprise, {
        creditCode,
        registrationNumber: null,
        name: registration.name,
        kind: EnterpriseKind.INDIVIDUAL_BUSINESS,
        industry: registration.industry,
        countyCode: registration.countyCode,
        ownerId: registration.ownerId,
        registeredOn: registration.registeredOn,
        employeeCount: 1,
      });
      return tx.findOneByOrFail(Enterprise, { creditCode });
    }, (e) => [e.creditCode]);
  }
}
