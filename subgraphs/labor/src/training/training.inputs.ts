import { daysBetween } from '../../../../shared/calendar';
import { Field, ID, InputType } from 'type-graphql';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { CourseKind } from './training.enums';

/** Trimmed text of 1…max characters, or BAD_USER_INPUT naming the field. */
export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badUserInput(field, `must be 1 to ${max} characters`);
  return text;
}

export function intId(field: string, value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id < 1) throw badUserInput(field, 'is not an id');
  return id;
}

/** Training courses last days to months; a year is the longest a bureau funds. */
export const MAX_COURSE_DAYS = 366;

@InputType({ description: '培训机构登记 — record a training institution.' })
export class RegisterTrainingInstitutionInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID)
  countyCode!: string;
}

export function validateInstitution(input: RegisterTrainingInstitutionInput): { name: string; countyCode: string } {
  const name = requiredText('input.name', input.name, 100);
  if (!isCityCounty(input.countyCode)) throw badUserInput('input.countyCode', `${input.countyCode} is not a county of Huai'an (GB/T 2260)`);
  return { name, countyCode: input.countyCode };
}

@InputType({ description: '资质认定 — certify an institution.' })
export class CertifyTrainingInstitutionInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => DateScalar)
  certifiedOn!: string;

  @Field(() => String, { description: '资质证书编号' })
  certificationNumber!: string;
}

export function validateCertification(input: CertifyTrainingInstitutionInput, today: string) {
  const institutionId = intId('input.institutionId', input.institutionId);
  if (input.certifiedOn > today) throw badUserInput('input.certifiedOn', 'cannot be in the future');
  const certificationNumber = requiredText('input.certificationNumber', input.certificationNumber, 40);
  return { institutionId, certifiedOn: input.certifiedOn, certificationNumber };
}

@InputType({ description: '开班 — open a training course.' })
export class OpenTrainingCourseInput {
  @Field(() => ID)
  institutionId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => CourseKind)
  kind!: CourseKind;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;
}

export function validateCourse(input: OpenTrainingCourseInput) {
  const institutionId = intId('input.institutionId', input.institutionId);
  const title = requiredText('input.title', input.title, 100);
  if (input.endsOn < input.startsOn) throw badUserInput('input.endsOn', 'must not be before startsOn');
  if (daysBetween(input.startsOn, input.endsOn) >= MAX_COURSE_DAYS) throw badUserInput('input.endsOn', `a course may last at most ${MAX_COURSE_DAYS} days`);
  return { institutionId, title, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn };
}

@InputType({ description: '学员报名 — enroll a registered person in a course.' })
export class EnrollTraineeInput {
  @Field(() => ID)
  courseId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the business date; earlier dates record paper rolls.' })
  enrolledOn?: string | null;
}

export function validateEnrollment(input: EnrollTraineeInput, today: string) {
  const courseId = intId('input.courseId', input.courseId);
  const personId = intId('input.personId', input.personId);
  const enrolledOn = input.enrolledOn ?? today;
  if (enrolledOn > today) throw badUserInput('input.enrolledOn', 'cannot be in the future');
  return { courseId, personId, enrolledOn };
}

@InputType({ description: '结业/退学 — the result of a trainee.' })
export class RecordTrainingResultInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => Boolean, { description: 'true: completed (结业, from the course end); false: dropped out (退学).' })
  completed!: boolean;
}
