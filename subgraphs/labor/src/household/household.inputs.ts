import { Field, ID, InputType } from 'type-graphql';
import { parseResidentId } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { notInFuture, optionalText, requiredText } from '../../../../shared/validate';
import { Gender, HouseholdRole, MemberSituation } from '../person/person.enums';

@InputType({
  description:
    'A household member who is not registered (户内成员): with an ID number gender and birth date follow from it (checked as at registration); without one both are given.',
})
export class AddHouseholdMemberInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '18-character or 15-digit resident ID number, if the street office has it.' })
  idNumber?: string | null;

  @Field(() => Gender, { nullable: true, description: 'Needed without an ID number; with one it must agree.' })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true, description: 'Needed without an ID number; with one it must agree.' })
  birthDate?: string | null;

  @Field(() => HouseholdRole)
  role!: HouseholdRole;

  @Field(() => MemberSituation)
  situation!: MemberSituation;

  @Field(() => DateScalar, { nullable: true, description: 'When the situation was confirmed; default the business date.' })
  situationConfirmedOn?: string | null;

  @Field(() => String, { description: 'Why the member is added (户籍调查, 入户核实…): kept in the household history.' })
  reason!: string;
}

@InputType({ description: 'A correction of a roster member: only the fields given change. A new role needs a reason.' })
export class UpdateHouseholdMemberInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Sets gender and birth date from the number.' })
  idNumber?: string | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => HouseholdRole, { nullable: true })
  role?: HouseholdRole | null;

  @Field(() => MemberSituation, {
    nullable: true,
    description: 'A new or re-confirmed situation; confirmed on `situationConfirmedOn`, default the business date.',
  })
  situation?: MemberSituation | null;

  @Field(() => DateScalar, { nullable: true })
  situationConfirmedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Why: required when the role changes (kept in the household history).' })
  reason?: string | null;
}

@InputType({
  description: "A correction of a registered person's household (户籍更正): the household they belong to and their place in it.",
})
export class CorrectHouseholdInput {
  @Field(() => ID, { nullable: true, description: 'The right household; null takes the person out of any household.' })
  householdId?: string | null;

  @Field(() => HouseholdRole, { nullable: true, description: 'Place in the household; needs `householdId`. Default OTHER.' })
  role?: HouseholdRole | null;

  @Field(() => String, {
    description: 'Why the registry was wrong: kept in the history of every household touched and on the person feed.',
  })
  reason!: string;
}

/** Who a roster member is, normalised: from the ID number when there is one. */
export interface MemberIdentity {
  name: string;
  idNumber: string | null;
  gender: Gender;
  birthDate: string;
}

export interface ValidMember extends MemberIdentity {
  role: HouseholdRole;
  situation: MemberSituation;
  situationConfirmedOn: string;
  reason: string;
}

export type ValidMemberUpdate = Partial<Omit<ValidMember, 'reason'>> & { reason: string | null };

export interface ValidHouseholdCorrection {
  householdId: string | null;
  role: HouseholdRole | null;
  reason: string;
}

const REASON_MAX = 200;

/** The ID number's gender and birth date, or the ones given; the two must agree when both are. */
function identityOf(
  input: { idNumber?: string | null; gender?: Gender | null; birthDate?: string | null },
  today: string,
): Partial<Pick<MemberIdentity, 'idNumber' | 'gender' | 'birthDate'>> {
  const given: Partial<MemberIdentity> = {};
  if (input.gender) given.gender = input.gender;
  if (input.birthDate) given.birthDate = notInFuture('input.birthDate', input.birthDate, today);
  if (!input.idNumber?.trim()) return given;
  const id = parseResidentId(input.idNumber, new Date(`${today}T00:00:00Z`));
  if (!id.ok) throw badUserInput('input.idNumber', id.reason);
  const gender = id.gender === 'MALE' ? Gender.MALE : Gender.FEMALE;
  if (given.gender && given.gender !== gender) throw badUserInput('input.gender', `disagrees with the ID number (${gender})`);
  if (given.birthDate && given.birthDate !== id.birthDate)
    throw badUserInput('input.birthDate', `disagrees with the ID number (${id.birthDate})`);
  return { idNumber: id.idNumber, gender, birthDate: id.birthDate };
}

function confirmedOn(field: string, date: string | null | undefined, birthDate: string | undefined, today: string): string {
  const on = notInFuture(field, date ?? today, today);
  if (birthDate && on < birthDate) throw badUserInput(field, `is before the birth date ${birthDate}`);
  return on;
}

/** Checks a new roster member before anything is read or written; the error names the field. */
export function validateMember(input: AddHouseholdMemberInput, today: string): ValidMember {
  const name = requiredText('input.name', input.name, 50);
  const identity = identityOf(input, today);
  if (!identity.gender) throw badUserInput('input.gender', 'is needed without an ID number');
  if (!identity.birthDate) throw badUserInput('input.birthDate', 'is needed without an ID number');
  return {
    name,
    idNumber: identity.idNumber ?? null,
    gender: identity.gender,
    birthDate: identity.birthDate,
    role: input.role,
    situation: input.situation,
    situationConfirmedOn: confirmedOn('input.situationConfirmedOn', input.situationConfirmedOn, identity.birthDate, today),
    reason: requiredText('input.reason', input.reason, REASON_MAX),
  };
}

/** Checks a roster correction; whether a reason is needed depends on the stored role (the service). */
export function validateMemberUpdate(input: UpdateHouseholdMemberInput, today: string): ValidMemberUpdate {
  const valid: ValidMemberUpdate = { reason: optionalText('input.reason', input.reason, REASON_MAX) };
  if (input.name !== undefined && input.name !== null) valid.name = requiredText('input.name', input.name, 50);
  Object.assign(valid, identityOf(input, today));
  if (input.role) valid.role = input.role;
  if (input.situation) valid.situation = input.situation;
  if (input.situation || input.situationConfirmedOn)
    valid.situationConfirmedOn = confirmedOn('input.situationConfirmedOn', input.situationConfirmedOn, valid.birthDate, today);
  if (Object.keys(valid).length === 1) throw badUserInput('input', 'names no field to correct');
  return valid;
}

/** Checks a household correction of a registered person. */
export function validateHouseholdCorrection(input: CorrectHouseholdInput): ValidHouseholdCorrection {
  const householdId = optionalText('input.householdId', input.householdId, 32);
  if (input.role && !householdId) throw badUserInput('input.role', 'needs a householdId');
  return {
    householdId,
    role: householdId ? (input.role ?? HouseholdRole.OTHER) : null,
    reason: requiredText('input.reason', input.reason, REASON_MAX),
  };
}
