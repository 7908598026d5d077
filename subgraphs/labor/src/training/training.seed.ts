import type { DataSource } from 'typeorm';
import { buildDemoWorld, type DemoWorld } from '../../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../../shared/seeding';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';
import { CourseKind, EnrollmentStatus } from './training.enums';

const COURSES = [
  { title: '家政服务员培训', kind: CourseKind.REEMPLOYMENT, startsOn: '2003-02-10', endsOn: '2003-03-21' },
  { title: '创业培训（SYB）', kind: CourseKind.ENTREPRENEURSHIP, startsOn: '2003-04-07', endsOn: '2003-04-25' },
];
const PER_COURSE = 6;

/** The first day each demo person worked, from the same world labor's registry is seeded from. */
function firstJobs(world: DemoWorld): Map<number, string> {
  const first = new Map<number, string>();
  const note = (personId: number, on: string) => {
    const known = first.get(personId);
    if (!known || on < known) first.set(personId, on);
  };
  for (const e of world.enterprises) for (const h of e.hires) note(h.personId, h.startedOn);
  for (const p of world.persons) if (p.business) note(p.id, p.business.registeredOn);
  return first;
}

/**
 * One certified training centre per county with a re-employment and an entrepreneurship
 * course; trainees are demo persons registered and still without work when the course
 * starts (the rules of enrollTrainee), so outcomes follow from the demo employment records.
 */
export function seedTrainingDemo(db: DataSource, world: DemoWorld = buildDemoWorld()): Promise<boolean> {
  return seedIfEmpty(db, TrainingInstitution, async (tx) => {
    const jobs = firstJobs(world);
    const enrollments: Partial<TrainingEnrollment>[] = [];
    for (const [index, county] of world.counties.entries()) {
      const { identifiers } = await tx.insert(TrainingInstitution, {
        name: `${county.name}就业训练中心`,
        countyCode: county.code,
        certifiedOn: '2003-01-06',
        certificationNumber: `淮劳培[2003]${index + 1}号`,
      });
      const institutionId = Number(identifiers[0].id);
      const taken = new Set<number>();
      for (const course of COURSES) {
        const inserted = await tx.insert(TrainingCourse, { ...course, institutionId, countyCode: county.code });
        const courseId = Number(inserted.identifiers[0].id);
        const trainees = world.persons
          .filter((p) => p.countyCode === county.code && !taken.has(p.id) && p.registeredOn <= course.startsOn)
          .filter((p) => (jobs.get(p.id) ?? '9999-12-31') > course.startsOn)
          .slice(0, PER_COURSE);
        trainees.forEach((p, i) => {
          taken.add(p.id);
          const completed = i % 5 !== 4;
          enrollments.push({
            courseId,
            personId: p.id,
            countyCode: county.code,
            enrolledOn: course.startsOn,
            status: completed ? EnrollmentStatus.COMPLETED : EnrollmentStatus.DROPPED_OUT,
            resultOn: course.endsOn,
          });
        });
      }
    }
    await insertChunked(tx, TrainingEnrollment, enrollments);
  });
}
