import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';

export function createTrainingLoaders(db: DataSource) {
  const institutions = db.getRepository(TrainingInstitution);
  const courses = db.getRepository(TrainingCourse);
  const enrollments = db.getRepository(TrainingEnrollment);
  return {
    trainingInstitutionById: rowLoader(
      (ids: readonly number[]) => institutions.findBy({ id: In([...ids]) }),
      (i) => i.id,
    ),
    trainingCourseById: rowLoader(
      (ids: readonly number[]) => courses.findBy({ id: In([...ids]) }),
      (c) => c.id,
    ),
    trainingEnrollmentsByPerson: groupLoader(
      (personIds: readonly number[]) =>
        enrollments.find({ where: { personId: In([...personIds]) }, order: { enrolledOn: 'ASC', id: 'ASC' } }),
      (e) => e.personId,
    ),
  };
}
