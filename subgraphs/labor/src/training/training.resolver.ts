import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty, assertVisible, visibleOrNull } from '../../../../shared/auth/decorators';
import { badUserInput } from '../../../../shared/errors';
import { intKey } from '../../../../shared/loaders';
import { INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';
import { DEFAULT_OUTCOME_MONTHS, MAX_OUTCOME_MONTHS, outcomesOf, type TrainingOutcome } from './training-outcome';
import {
  TrainingCourseConnection,
  TrainingEnrollmentConnection,
  TrainingInstitutionConnection,
  TrainingOutcomeConnection,
} from './training.connections';
import { Access } from '../../../../shared/auth/access';
import { positiveId } from '../../../../shared/validate';

async function institutionFor(ctx: LaborContext, id: string, field: string): Promise<TrainingInstitution> {
  const key = positiveId(field, id);
  const institution = await ctx.loaders.trainingInstitutionById.load(key);
  assertVisible(ctx.viewer, institution, 'TrainingInstitution', id);
  return institution;
}

@Resolver()
export class TrainingQueryResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => TrainingInstitution, { nullable: true, description: '培训机构' })
  async trainingInstitution(@Arg('id', () => ID) id: string, @Ctx() ctx: LaborContext): Promise<TrainingInstitution | null> {
    const key = intKey(id);
    const institution = Number.isNaN(key) ? null : await ctx.loaders.trainingInstitutionById.load(key);
    return visibleOrNull(ctx.viewer, institution);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => TrainingInstitutionConnection, { description: '培训机构 of a county, by id.' })
  async trainingInstitutions(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<TrainingInstitution>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (i) => i.id,
      ({ after: afterKey, take }) =>
        db.getRepository(TrainingInstitution).find({ where: { countyCode, id: MoreThan(afterKey) }, order: { id: 'ASC' }, take }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => TrainingCourseConnection, { description: '培训班 of an institution, by id.' })
  async trainingCourses(
    @Arg('institutionId', () => ID) institutionId: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LaborContext,
  ): Promise<Page<TrainingCourse>> {
    const institution = await institutionFor(ctx, institutionId, 'institutionId');
    return keysetPage(
      { first, after },
      INT_KEYS,
      (c) => c.id,
      ({ after: afterKey, take }) =>
        ctx.db.getRepository(TrainingCourse).find({
          where: { institutionId: institution.id, id: MoreThan(afterKey) },
          order: { id: 'ASC' },
          take,
        }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => TrainingEnrollmentConnection, { description: '学员名册 — the trainees of a course, by enrollment id.' })
  async trainingEnrollments(
    @Arg('courseId', () => ID) courseId: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, loaders, viewer }: LaborContext,
  ): Promise<Page<TrainingEnrollment>> {
    const key = positiveId('courseId', courseId);
    const course = await loaders.trainingCourseById.load(key);
    assertVisible(viewer, course, 'TrainingCourse', courseId);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (e) => e.id,
      ({ after: afterKey, take }) =>
        db.getRepository(TrainingEnrollment).find({ where: { courseId: key, id: MoreThan(afterKey) }, order: { id: 'ASC' }, take }),
    );
  }

  @Access({ scopes: ['report:read', 'labor:read'], county: true })
  @Query(() => TrainingOutcomeConnection, {
    description:
      '培训效果 — per course of an institution: trainees, completed, and completed trainees who found work within N months of the course end.',
  })
  async trainingOutcomes(
    @Arg('institutionId', () => ID) institutionId: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('withinMonths', () => Int, { defaultValue: DEFAULT_OUTCOME_MONTHS }) withinMonths: number,
    @Ctx() ctx: LaborContext,
  ): Promise<Page<TrainingOutcome>> {
    if (!Number.isInteger(withinMonths) || withinMonths < 1 || withinMonths > MAX_OUTCOME_MONTHS) {
      throw badUserInput('withinMonths', `must be between 1 and ${MAX_OUTCOME_MONTHS}`);
    }
    const institution = await institutionFor(ctx, institutionId, 'institutionId');
    return keysetPage(
      { first, after },
      INT_KEYS,
      (o) => o.courseId,
      ({ after: afterCourseId, take }) =>
        outcomesOf(ctx.db, { institutionId: institution.id, months: withinMonths, afterCourseId, take, today: ctx.today() }),
    );
  }
}
