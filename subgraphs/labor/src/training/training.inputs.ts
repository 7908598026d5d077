import { daysBetween } from '../../../../shared/calendar';
import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { cityCounty, notInFuture, positiveId, requiredText } from '../../../../shared/validate';
import { CourseKind } from './training.enums';

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
  return { name, countyCode: cityCounty('input.countyCode', input.countyCode) };
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
  const institutionId = positiveId('input.institutionId', input.institutionId);
  notInFuture('input.certifiedOn', input.certifiedOn, today);
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
  const institutionId = positiveId('input.institutionId', input.institutionId);
  const title = requiredText('input.title', input.title, 100);
  if (input.endsOn < input.startsOn) throw badUserInput('input.endsOn', 'must not be before startsOn');
  if (daysBetween(input.startsOn, input.endsOn) >= MAX_COURSE_DAYS)
    throw badUserInput('input.endsOn', `a course may last at most ${MAX_COURSE_DAYS} days`);
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
  const courseId = positiveId('input.courseId', input.courseId);
  const personId = positiveId('input.personId', input.personId);
  const enrolledOn = notInFuture('input.enrolledOn', input.enrolledOn ?? today, today);
  return { courseId, personId, enrolledOn };
}

@InputType({ description: '结业/退学 — the result of a trainee.' })
export class RecordTrainingResultInput {
  @Field(() => ID)
  enrollmentId!: string;

  @Field(() => Boolean, { description: 'true: completed (结业, from the course end); false: dropped out (退学).' })
  completed!: boolean;
}
