import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { optionalCreditCode } from '../../../../shared/validate';
import { POLICY_END, POLICY_START } from '../../../../shared/policy';
import { TaxType } from './relief.enums';

/** Taxes an individual business of a certificate holder may be relieved of. */
export const INDIVIDUAL_TAX_TYPES: ReadonlySet<TaxType> = new Set([
  TaxType.BUSINESS_TAX,
  TaxType.CITY_CONSTRUCTION_TAX,
  TaxType.EDUCATION_SURCHARGE,
  TaxType.INDIVIDUAL_INCOME_TAX,
]);

@InputType({ description: '减免税 — tax relief on a re-employment certificate (财税[2002]208号).' })
export class GrantTaxReliefInput {
  @Field(() => ID)
  certificateNumber!: string;

  @Field(() => TaxType)
  taxType!: TaxType;

  @Field(() => MoneyScalar)
  amount!: bigint;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'For relief of an enterprise that hired the holder: it must rest on an assessment (认定) counting the holder.',
  })
  enterpriseCreditCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The holder's individual business (个体工商户) as registered for tax; may be left out when the holder has exactly one.",
  })
  taxpayerCreditCode?: string | null;
}

export interface ValidRelief {
  certificateNumber: string;
  taxType: TaxType;
  amount: bigint;
  periodStart: string;
  periodEnd: string;
  enterpriseCreditCode: string | null;
  taxpayerCreditCode: string | null;
}

/** Rules that need only the input; certificate, registration and assessment are checked after. */
export function validateRelief(input: GrantTaxReliefInput): ValidRelief {
  const certificateNumber = input.certificateNumber.trim();
  if (!/^\d{16}$/.test(certificateNumber))
    throw badUserInput('input.certificateNumber', 'must be 16 digits (county code + year + sequence)');
  if (input.amount <= 0n) throw badUserInput('input.amount', 'must be positive');
  if (input.periodStart > input.periodEnd) throw badUserInput('input.periodEnd', 'must not be before periodStart');
  const window = `relief periods must lie within ${POLICY_START} … ${POLICY_END} (财税[2002]208号)`;
  if (input.periodStart < POLICY_START) throw badUserInput('input.periodStart', window);
  if (input.periodEnd > POLICY_END) throw badUserInput('input.periodEnd', window);
  const enterpriseCreditCode = optionalCreditCode('input.enterpriseCreditCode', input.enterpriseCreditCode);
  const taxpayerCreditCode = optionalCreditCode('input.taxpayerCreditCode', input.taxpayerCreditCode);
  if (enterpriseCreditCode && taxpayerCreditCode && taxpayerCreditCode !== enterpriseCreditCode) {
    throw badUserInput('input.taxpayerCreditCode', 'must be left out or equal enterpriseCreditCode for enterprise relief');
  }
  if (!enterpriseCreditCode && !INDIVIDUAL_TAX_TYPES.has(input.taxType)) {
    throw badUserInput('input.taxType', `${input.taxType} is not relieved for an individual business`);
  }
  return {
    certificateNumber,
    taxType: input.taxType,
    amount: input.amount,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    enterpriseCreditCode,
    taxpayerCreditCode: enterpriseCreditCode ? null : taxpayerCreditCode,
  };
}
