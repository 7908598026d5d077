import { Field, ID, InputType } from 'type-graphql';
import { parseCreditCode } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { TaxType } from './tax-type.enum';

/** 财税[2002]208号 is in force for these dates. */
export const POLICY_START = '2003-01-01';
export const POLICY_END = '2005-12-31';

/** Taxes an individual business of a certificate holder may be relieved of. */
export const INDIVIDUAL_TAX_TYPES: ReadonlySet<TaxType> = new Set([
  TaxType.BUSINESS_TAX,
  TaxType.CITY_CONSTRUCTION_TAX,
  TaxType.EDUCATION_SURCHARGE,
  TaxType.INDIVIDUAL_INCOME_TAX,
]);

@InputType({ description: 'Tax relief on a re-employment certificate (财税[2002]208号).' })
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

  @Field(() => ID, { nullable: true, description: 'For relief of an enterprise that hired the holder.' })
  enterpriseCreditCode?: string | null;
}

export interface ValidRelief {
  certificateNumber: string;
  taxType: TaxType;
  amount: bigint;
  periodStart: string;
  periodEnd: string;
  enterpriseCreditCode: string | null;
}

/** Rules that need only the input; the certificate is checked against the replica after. */
export function validateRelief(input: GrantTaxReliefInput): ValidRelief {
  if (input.amount <= 0n) throw badUserInput('input.amount', 'must be positive');
  if (input.periodStart > input.periodEnd) throw badUserInput('input.periodEnd', 'must not be before periodStart');
  if (input.periodStart < POLICY_START || input.periodEnd > POLICY_END) {
    throw badUserInput('input.periodStart', `relief periods must lie within ${POLICY_START} … ${POLICY_END} (财税[2002]208号)`);
  }
  let enterpriseCreditCode: string | null = null;
  if (input.enterpriseCreditCode) {
    const code = parseCreditCode(input.enterpriseCreditCode);
    if (!code.ok) throw badUserInput('input.enterpriseCreditCode', code.reason);
    enterpriseCreditCode = code.code;
  } else if (!INDIVIDUAL_TAX_TYPES.has(input.taxType)) {
    throw badUserInput('input.taxType', `${input.taxType} is not relieved for an individual business`);
  }
  return {
    certificateNumber: input.certificateNumber.trim(),
    taxType: input.taxType,
    amount: input.amount,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    enterpriseCreditCode,
  };
}
