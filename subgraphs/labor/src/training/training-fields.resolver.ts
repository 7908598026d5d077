import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canAccessCounty } from '../../../../shared/auth/viewer';
import type { LaborContext } from '../context';
import { County } from '../county/county.entity';
import { Person } from '../person/person.entity';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';
import { isSubsidyEligible, TrainingOutcome } from './training-outcome';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => TrainingInstitution)
export class TrainingInstitutionFieldsResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => County)
  county(@Root() institution: TrainingInstitution, @Ctx() { loaders }: LaborContext): Promise<County | null> {
    return loaders.countyByCode.load(institution.countyCode);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Boolean, { description: '已通过资质认定' })
  certified(@Root() institution: TrainingInstitution): boolean {
    return institution.certifiedOn !== null;
  }
}

@Resolver(() => TrainingCourse)
export class TrainingCourseFieldsResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => TrainingInstitution)
  institution(@Root() course: TrainingCourse, @Ctx() { loaders }: LaborContext): Promise<TrainingInstitution | null> {
    return loaders.trainingInstitutionById.load(course.institutionId);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Boolean, { description: '可申领补贴: the institution was certified (资质认定) on or before the course started.' })
  async subsidyEligible(@Root() course: TrainingCourse, @Ctx() { loaders }: LaborContext): Promise<boolean> {
    const institution = await loaders.trainingInstitutionById.load(course.institutionId);
    return isSubsidyEligible(institution?.certifiedOn ?? null, course.startsOn);
  }
}

@Resolver(() => TrainingEnrollment)
export class TrainingEnrollmentFieldsResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => TrainingCourse)
  course(@Root() enrollment: TrainingEnrollment, @Ctx() { loaders }: LaborContext): Promise<TrainingCourse | null> {
    return loaders.trainingCourseById.load(enrollment.courseId);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Person)
  person(@Root() enrollment: TrainingEnrollment, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(enrollment.personId);
  }
}

@Resolver(() => TrainingOutcome)
export class TrainingOutcomeFieldsResolver {
  @Access({ scopes: [] })
  @FieldResolver(() => TrainingCourse)
  course(@Root() outcome: TrainingOutcome, @Ctx() { loaders }: LaborContext): Promise<TrainingCourse | null> {
    return loaders.trainingCourseById.load(outcome.courseId);
  }
}

@Resolver(() => Person)
export class PersonTrainingResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [TrainingEnrollment], {
    nullable: true,
    description: "参加培训 — the courses this person enrolled in (those the token's county may see).",
  })
  async trainingEnrollments(@Root() person: Person, @Ctx() { loaders, viewer }: LaborContext): Promise<TrainingEnrollment[]> {
    const enrollments = await loaders.trainingEnrollmentsByPerson.load(person.id);
    return enrollments.filter((e) => canAccessCounty(viewer, e.countyCode));
  }
}
