import { Field, Int, ObjectType } from 'type-graphql';
import { type DataSource, MoreThan } from 'typeorm';
import { addMonths } from '../../../../shared/calendar';
import { DateScalar } from '../../../../shared/scalars';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';
import { EnrollmentStatus } from './training.enums';
import { Access } from '../../../../shared/auth/access';

export const DEFAULT_OUTCOME_MONTHS = 6;
export const MAX_OUTCOME_MONTHS = 24;

@ObjectType({ description: "培训就业效果 — a course's outcome figures, the basis of the training subsidy (按培训和再就业效果给予补贴)." })
export class TrainingOutcome {
  courseId!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '培训人数 — persons enrolled.' })
  trainees!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '结业人数 — trainees who completed the course.' })
  completed!: number;

  @Access({ scopes: [] })
  @Field(() => Int, {
    description: '培训后就业人数 — completed trainees with an employment record starting between the course start and `windowEndsOn`.',
  })
  employedWithinMonths!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'N, the months after the course end that count.' })
  withinMonths!: number;

  @Access({ scopes: [] })
  @Field(() => DateScalar, { description: 'Course end + N months (clamped to the month end): the last day a job counts.' })
  windowEndsOn!: string;

  @Access({ scopes: [] })
  @Field(() => Boolean, { description: 'The window has closed by the business date, so the figure can no longer grow.' })
  final!: boolean;

  @Access({ scopes: [] })
  @Field(() => Boolean, { description: '可申领补贴: the institution was certified (资质认定) on or before the course started.' })
  subsidyEligible!: boolean;
}

/** Only courses of an institution certified by the time they started are subsidised. */
export function isSubsidyEligible(certifiedOn: string | null, startsOn: string): boolean {
  return certifiedOn !== null && certifiedOn <= startsOn;
}

/** The same month arithmetic in each driver's SQL: SQLite's 'floor' clamps like DATE_ADD. */
function windowEndSql(db: DataSource): string {
  const mysqlFamily = db.options.type === 'mariadb' || db.options.type === 'mysql';
  return mysqlFamily ? 'DATE_ADD(course.endsOn, INTERVAL :months MONTH)' : "date(course.endsOn, :monthsModifier, 'floor')";
}

interface OutcomeRow {
  courseId: unknown;
  startsOn: unknown;
  endsOn: unknown;
  certifiedOn: unknown;
  trainees: unknown;
  completed: unknown;
  employed: unknown;
}

/**
 * One statement per page: counts per course with GROUP BY, and "employed" as an EXISTS
 * over labor's employment records, so nothing is counted in JavaScript.
 */
export async function outcomesOf(
  db: DataSource,
  query: { institutionId: number; months: number; afterCourseId: number; take: number; today: string },
): Promise<TrainingOutcome[]> {
  const employed = `EXISTS (SELECT 1 FROM employment_record job WHERE job.personId = enrollment.personId
    AND job.startedOn >= course.startsOn AND job.startedOn <= ${windowEndSql(db)})`;
  const rows = await db
    .createQueryBuilder(TrainingCourse, 'course')
    .innerJoin(TrainingInstitution, 'institution', 'institution.id = course.institutionId')
    .leftJoin(TrainingEnrollment, 'enrollment', 'enrollment.courseId = course.id')
    .select('course.id', 'courseId')
    .addSelect('course.startsOn', 'startsOn')
    .addSelect('course.endsOn', 'endsOn')
    .addSelect('institution.certifiedOn', 'certifiedOn')
    .addSelect('COUNT(enrollment.id)', 'trainees')
    .addSelect('SUM(CASE WHEN enrollment.status = :completed THEN 1 ELSE 0 END)', 'completed')
    .addSelect(`SUM(CASE WHEN enrollment.status = :completed AND ${employed} THEN 1 ELSE 0 END)`, 'employed')
    .where({ institutionId: query.institutionId, id: MoreThan(query.afterCourseId) })
    .groupBy('course.id')
    .addGroupBy('course.startsOn')
    .addGroupBy('course.endsOn')
    .addGroupBy('institution.certifiedOn')
    .orderBy('course.id', 'ASC')
    .limit(query.take)
    .setParameters({ completed: EnrollmentStatus.COMPLETED, months: query.months, monthsModifier: `+${query.months} months` })
    .getRawMany<OutcomeRow>();
  return rows.map((row) => {
    const windowEndsOn = addMonths(String(row.endsOn), query.months);
    return {
      courseId: Number(row.courseId),
      trainees: Number(row.trainees),
      completed: Number(row.completed ?? 0),
      employedWithinMonths: Number(row.employed ?? 0),
      withinMonths: query.months,
      windowEndsOn,
      final: query.today > windowEndsOn,
      subsidyEligible: isSubsidyEligible(row.certifiedOn === null ? null : String(row.certifiedOn), String(row.startsOn)),
    };
  });
}
