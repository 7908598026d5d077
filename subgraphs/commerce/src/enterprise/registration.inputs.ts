import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { cityCounty, notInFuture, positiveId, requiredText } from '../../../../shared/validate';
import { EXCLUDED_INDUSTRIES_TEXT, isExcludedIndustry, isWithinPolicyWindow, POLICY_WINDOW_TEXT } from '../../../../shared/policy';
import { Industry } from './enterprise.enums';

@InputType({ description: '个体工商户登记 — registration of an individual business.' })
export class RegisterIndividualBusinessInput {
  @Field(() => ID, { description: "Labor's person id of the owner." })
  ownerId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      '再就业优惠证 of the owner: asks for the 3-year fee exemption; the registration is refused if the certificate or the industry does not qualify.',
  })
  certificateNumber?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => DateScalar, { description: '核准登记日期 — approval date; the fee exemption runs from it.' })
  registeredOn!: string;
}

/** The fields every register entry has, checked the same way for both mutations. */
export interface ValidEntryBasics {
  name: string;
  countyCode: string;
  registeredOn: string;
}

export function validateEntryBasics(input: { name: string; countyCode: string; registeredOn: string }, today: string): ValidEntryBasics {
  return {
    name: requiredText('input.name', input.name, 100),
    countyCode: cityCounty('input.countyCode', input.countyCode),
    registeredOn: notInFuture('input.registeredOn', input.registeredOn, today),
  };
}

export interface ValidBusinessRegistration extends ValidEntryBasics {
  ownerId: number;
  certificateNumber: string | null;
  industry: Industry;
}

export function validateBusinessRegistration(input: RegisterIndividualBusinessInput, today: string): ValidBusinessRegistration {
  const ownerId = positiveId('input.ownerId', input.ownerId);
  const basics = validateEntryBasics(input, today);
  const certificateNumber = input.certificateNumber?.trim() || null;
  if (certificateNumber && isExcludedIndustry(input.industry)) {
    throw badUserInput(
      'input.industry',
      `${input.industry} is excluded from the fee exemption (${EXCLUDED_INDUSTRIES_TEXT}); register without certificateNumber to pay the fees`,
    );
  }
  // The exemption runs from approval, so an approval outside the notice's window is no grant of it.
  if (certificateNumber && !isWithinPolicyWindow(basics.registeredOn)) {
    throw badUserInput(
      'input.registeredOn',
      `the fee exemption is granted only on approvals within ${POLICY_WINDOW_TEXT}; register without certificateNumber to pay the fees`,
    );
  }
  return { ...basics, ownerId, certificateNumber, industry: input.industry };
}
