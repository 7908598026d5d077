import { Field, ID, InputType } from 'type-graphql';
import { parseResidentId } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { ageOn } from '../../../../shared/calendar';
import { cityCounty, notInFuture, optionalText, requiredText } from '../../../../shared/validate';
import { Gender, HouseholdRole, PersonCategory } from './person.enums';

@InputType({ description: 'Registration of a laid-off or unemployed person (下岗失业人员登记).' })
export class RegisterPersonInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '18-character or 15-digit resident ID number; stored in the 18-character form.' })
  idNumber!: string;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => PersonCategory)
  category!: PersonCategory;

  @Field(() => DateScalar)
  registeredOn!: string;

  @Field(() => ID, { nullable: true, description: 'Household (户) shared with spouse and family members.' })
  householdId?: string | null;

  @Field(() => HouseholdRole, { nullable: true, description: 'Place in the household; needs `householdId`. Default OTHER.' })
  householdRole?: HouseholdRole | null;

  @Field(() => String, { nullable: true, description: '街道/社区' })
  community?: string | null;
}

export interface ValidRegistration {
  name: string;
  idNumber: string;
  gender: Gender;
  birthDate: string;
  countyCode: string;
  community: string | null;
  category: PersonCategory;
  registeredOn: string;
  householdId: string | null;
  householdRole: HouseholdRole | null;
}

/** Checks every field before anything is written; the error names the field to fix. */
export function validateRegistration(input: RegisterPersonInput, today: string): ValidRegistration {
  const name = requiredText('input.name', input.name, 50);
  const id = parseResidentId(input.idNumber, new Date(`${today}T00:00:00Z`));
  if (!id.ok) throw badUserInput('input.idNumber', id.reason);
  cityCounty('input.countyCode', input.countyCode);
  notInFuture('input.registeredOn', input.registeredOn, today);
  if (ageOn(id.birthDate, input.registeredOn) < 16)
    throw badUserInput('input.registeredOn', 'the person must be at least 16 on the registration date');
  const householdId = optionalText('input.householdId', input.householdId, 32);
  if (input.householdRole && !householdId) throw badUserInput('input.householdRole', 'needs a householdId');
  const community = optionalText('input.community', input.community, 50);
  return {
    name,
    idNumber: id.idNumber,
    gender: id.gender === 'MALE' ? Gender.MALE : Gender.FEMALE,
    birthDate: id.birthDate,
    countyCode: input.countyCode,
    community,
    category: input.category,
    registeredOn: input.registeredOn,
    householdId,
    householdRole: householdId ? (input.householdRole ?? HouseholdRole.OTHER) : null,
  };
}
