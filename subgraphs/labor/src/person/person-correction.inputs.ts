import { Field, InputType } from 'type-graphql';
import { parseResidentId } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { optionalText, requiredText } from '../../../../shared/validate';
import { Gender } from './person.enums';

@InputType({
  description:
    'A correction of a registration (登记更正): only the fields given change. Gender and birth date come from the ID number, so they are corrected by correcting it.',
})
export class CorrectPersonInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The right 18-character or 15-digit resident ID number; gender and birth date follow from it.',
  })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: '街道/社区; blank clears it.' })
  community?: string | null;
}

/** The registration fields a correction sets, each normalised as registration does. */
export interface ValidCorrection {
  name?: string;
  idNumber?: string;
  gender?: Gender;
  birthDate?: string;
  community?: string | null;
}

/**
 * Checks every given field by registration's rules (the ID number's check character too)
 * before anything is read or written; the error names the field to fix.
 */
export function validateCorrection(input: CorrectPersonInput, today: string): ValidCorrection {
  const valid: ValidCorrection = {};
  if (input.name !== undefined && input.name !== null) valid.name = requiredText('input.name', input.name, 50);
  if (input.idNumber !== undefined && input.idNumber !== null) {
    const id = parseResidentId(input.idNumber, new Date(`${today}T00:00:00Z`));
    if (!id.ok) throw badUserInput('input.idNumber', id.reason);
    valid.idNumber = id.idNumber;
    valid.gender = id.gender === 'MALE' ? Gender.MALE : Gender.FEMALE;
    valid.birthDate = id.birthDate;
  }
  if (input.community !== undefined) valid.community = optionalText('input.community', input.community, 50);
  if (Object.keys(valid).length === 0) throw badUserInput('input', 'names no field to correct');
  return valid;
}
