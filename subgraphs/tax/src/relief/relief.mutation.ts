import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { badUserInput } from '../../../../shared/errors';
import type { TaxContext } from '../context';
import { GrantTaxReliefInput, validateRelief } from './relief.inputs';
import { TaxRelief } from './tax-relief.entity';

@Resolver(() => TaxRelief)
export class TaxReliefMutationResolver {
  @Authorized('tax:write')
  @Mutation(() => TaxRelief, { description: '减免税 — grant relief on a valid certificate; overlapping relief of the same tax is refused.' })
  grantTaxRelief(@Arg('input', () => GrantTaxReliefInput) input: GrantTaxReliefInput, @Ctx() ctx: TaxContext): Promise<TaxRelief> {
    const relief = validateRelief(input);
    return auditedWrite(ctx, { operation: 'grantTaxRelief', entity: 'TaxRelief' }, async (tx) => {
      const certificate = await requireValidCertificate(tx, relief.certificateNumber, 'input.certificateNumber');
      assertCounty(ctx.viewer, certificate.countyCode);
      const overlapping = await tx.findOne(TaxRelief, {
        where: {
          certificateNumber: relief.certificateNumber,
          taxType: relief.taxType,
          enterpriseCreditCode: relief.enterpriseCreditCode ?? IsNull(),
          periodStart: LessThanOrEqual(relief.periodEnd),
          periodEnd: MoreThanOrEqual(relief.periodStart),
        },
      });
      if (overlapping) {
        throw badUserInput('input.periodStart', `overlaps relief ${overlapping.id} of ${relief.taxType} (${overlapping.periodStart} … ${overlapping.periodEnd})`);
      }
      const { identifiers } = await tx.insert(TaxRelief, {
        ...relief,
        personId: relief.enterpriseCreditCode ? null : certificate.holderId,
        countyCode: certificate.countyCode,
        grantedOn: ctx.today(),
      });
      return tx.findOneByOrFail(TaxRelief, { id: Number(identifiers[0].id) });
    }, (r) => [r.id]);
  }
}
