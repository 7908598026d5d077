import { Field, ID, InputType, Int } from 'type-graphql';
import { isValidRegistrationNumber } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { creditCode, intInRange, optionalId } from '../../../../shared/validate';
import { EnterpriseKind, Industry } from './enterprise.enums';
import { type ValidEntryBasics, validateEntryBasics } from './registration.inputs';

/** No Huai'an register entry comes near this; more is a typing error. */
export const MAX_EMPLOYEES = 1_000_000;

@InputType({ description: '企业登记 — registration of an enterprise (private, state-owned, collective, foreign-invested, other).' })
export class RegisterEnterpriseInput {
  @Field(() => String)
  name!: string;

  @Field(() => EnterpriseKind, { description: 'Any kind but INDIVIDUAL_BUSINESS (registerIndividualBusiness).' })
  kind!: EnterpriseKind;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => DateScalar, { description: '核准登记日期 — approval date.' })
  registeredOn!: string;

  @Field(() => Int, { description: '从业人员 — employees on the registration date.' })
  employeeCount!: number;

  @Field(() => ID, { nullable: true, description: "投资人 — labor's person id of the owner, if a registered person owns it." })
  ownerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '统一社会信用代码 a migrated record already carries (GB 32100-2015, 91…); omitted, the register assigns one.',
  })
  creditCode?: string | null;

  @Field(() => String, { nullable: true, description: '注册号 — the historical 15-digit registration number (ISO 7064 MOD 11,10).' })
  registrationNumber?: string | null;
}

export interface ValidEnterpriseRegistration extends ValidEntryBasics {
  kind: EnterpriseKind;
  industry: Industry;
  employeeCount: number;
  ownerId: number | null;
  creditCode: string | null;
  registrationNumber: string | null;
}

export function validateEmployeeCount(count: number, field: string): number {
  return intInRange(field, count, 0, MAX_EMPLOYEES);
}

function validateCreditCode(value: string): string {
  const code = creditCode('input.creditCode', value);
  // Authority 9 (industry and commerce), entity type 1 (enterprise): what this register issues to enterprises.
  if (!code.startsWith('91'))
    throw badUserInput('input.creditCode', 'an enterprise on the commerce register has a code beginning 91 (GB 32100-2015)');
  return code;
}

function validateRegistrationNumber(value: string): string {
  const number = value.trim();
  if (!/^\d{15}$/.test(number)) throw badUserInput('input.registrationNumber', 'must be 15 digits');
  if (!isValidRegistrationNumber(number)) throw badUserInput('input.registrationNumber', 'check digit does not match (ISO 7064 MOD 11,10)');
  return number;
}

export function validateEnterpriseRegistration(input: RegisterEnterpriseInput, today: string): ValidEnterpriseRegistration {
  if (input.kind === EnterpriseKind.INDIVIDUAL_BUSINESS) {
    throw badUserInput('input.kind', 'individual businesses are registered with registerIndividualBusiness');
  }
  const basics = validateEntryBasics(input, today);
  const ownerId = optionalId('input.ownerId', input.ownerId);
  return {
    ...basics,
    kind: input.kind,
    industry: input.industry,
    employeeCount: validateEmployeeCount(input.employeeCount, 'input.employeeCount'),
    ownerId,
    creditCode: input.creditCode?.trim() ? validateCreditCode(input.creditCode) : null,
    registrationNumber: input.registrationNumber?.trim() ? validateRegistrationNumber(input.registrationNumber) : null,
  };
}
