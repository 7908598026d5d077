import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { badUserInput } from '../../../../shared/errors';
import type { TaxContext } from '../context';
import { GrantTaxReliefInput, validateRelief } from './relief.inputs';
import { TaxRelief } from './tax-relief.entity';

@Resolver(() => TaxRelief)
export class TaxReliefMutationResolver {
  @Mutation(() => TaxRelief, { description: '减免税 — grant relief on a valid certificate; overlapping relief of the same tax is refused.' })
  grantTaxRelief(@Arg('input', () => GrantTaxReliefInput) input: GrantTaxReliefInput, @Ctx() { db, today }: TaxContext): Promise<TaxRelief> {
    const relief = validateRelief(input);
    return db.transaction(async (tx) => {
      const certificate = await requireValidCertificate(tx, relief.certificateNumber, 'input.certificateNumber');
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
        grantedOn: today(),
      });
      return tx.findOneByOrFail(TaxRelief, { id: Number(identifiers[0].id) });
    });
  }
}
