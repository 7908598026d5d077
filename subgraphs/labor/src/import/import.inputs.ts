import { Field, ID, InputType, Int } from 'type-graphql';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { Viewer } from '../../../../shared/auth/viewer';
import { type Checked, checkBatchSize, type FieldOf, renamedFields, validated } from '../../../../shared/bulk-import/batch';
import { parseResidentId } from '../../../../shared/checksums';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { EmploymentKind } from '../employment/employment-record.entity';
import { RegisterPersonInput, type ValidRegistration, validateRegistration } from '../person/person.inputs';

@InputType({ description: 'Persons sent by the street and community platforms (街道/社区平台), each as registerPerson takes it.' })
export class ImportPersonsInput {
  @Field(() => [RegisterPersonInput], { description: '1 to 1,000 persons.' })
  items!: RegisterPersonInput[];
}

@InputType({
  description:
    'An employment record sent by a job-referral agency (职业介绍机构): the person by ID number, the rest as recordEmployment takes it.',
})
export class EmploymentImportItem {
  @Field(() => String, { description: "The registered person's resident ID number (18-character or 15-digit)." })
  idNumber!: string;

  @Field(() => EmploymentKind, { description: 'Any kind but PUBLIC_WELFARE_POST (filled by fillPublicWelfarePost).' })
  kind!: EmploymentKind;

  @Field(() => DateScalar, { description: 'First day of work: not before the registration, not in the future.' })
  startedOn!: string;

  @Field(() => ID, { nullable: true, description: "Employer's Unified Social Credit Code (GB 32100-2015); required for ENTERPRISE_HIRE." })
  employerCreditCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Contract term in months (1 to 120), if any.' })
  contractMonths?: number | null;
}

@InputType({ description: 'Employment records sent by the job-referral agencies.' })
export class ImportEmploymentRecordsInput {
  @Field(() => [EmploymentImportItem], { description: '1 to 1,000 records.' })
  items!: EmploymentImportItem[];
}

/** registerPerson's fields keep their names in an item; a county refusal names the item's county. */
export const PERSON_ITEM_FIELDS: FieldOf = renamedFields({}, (code) => (code === 'FORBIDDEN' ? 'countyCode' : 'idNumber'));

/** recordEmployment names the person by id; an item names it by ID number. */
export const EMPLOYMENT_ITEM_FIELDS: FieldOf = renamedFields({ 'input.personId': 'idNumber' }, () => 'idNumber');

/**
 * Each person with registerPerson's own validation, then the token's county (FORBIDDEN
 * naming the item's `countyCode`); a batch of more than 1,000 is refused as a whole.
 */
export function validatePersonItems(input: ImportPersonsInput, today: string, viewer: Viewer): Checked<ValidRegistration>[] {
  checkBatchSize(input.items);
  return input.items.map((item, index) =>
    validated(index, PERSON_ITEM_FIELDS, () => {
      const valid = validateRegistration(item, today);
      assertCounty(viewer, valid.countyCode);
      return valid;
    }),
  );
}

/** An employment item whose ID number is well formed, in its 18-character form; the rest is checked once the person is known. */
export interface EmploymentItem {
  idNumber: string;
  item: EmploymentImportItem;
}

/** The ID number with the registration's checksum rule; recordEmployment's validation follows in the service, with the person's id. */
export function validateEmploymentItems(input: ImportEmploymentRecordsInput, today: string): Checked<EmploymentItem>[] {
  checkBatchSize(input.items);
  const asOf = new Date(`${today}T00:00:00Z`);
  return input.items.map((item, index) =>
    validated(index, EMPLOYMENT_ITEM_FIELDS, () => {
      const id = parseResidentId(item.idNumber, asOf);
      if (!id.ok) throw badUserInput('input.idNumber', id.reason);
      return { idNumber: id.idNumber, item };
    }),
  );
}
