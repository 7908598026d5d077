import { ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { TrainingCourse } from './training-course.entity';
import { TrainingEnrollment } from './training-enrollment.entity';
import { TrainingInstitution } from './training-institution.entity';
import { TrainingOutcome } from './training-outcome';

@ObjectType({ description: 'A page of training institutions, by id.' })
export class TrainingInstitutionConnection extends connectionType(TrainingInstitution, 'TrainingInstitution') {}

@ObjectType({ description: 'A page of training courses, by id.' })
export class TrainingCourseConnection extends connectionType(TrainingCourse, 'TrainingCourse') {}

@ObjectType({ description: "A page of a course's trainees, by enrollment id." })
export class TrainingEnrollmentConnection extends connectionType(TrainingEnrollment, 'TrainingEnrollment') {}

@ObjectType({ description: 'A page of outcome figures, one per course, by course id.' })
export class TrainingOutcomeConnection extends connectionType(TrainingOutcome, 'TrainingOutcome') {}
