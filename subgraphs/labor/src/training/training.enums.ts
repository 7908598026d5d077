import { registerEnumType } from 'type-graphql';

export enum CourseKind {
  REEMPLOYMENT = 'REEMPLOYMENT',
  ENTREPRENEURSHIP = 'ENTREPRENEURSHIP',
}
registerEnumType(CourseKind, {
  name: 'TrainingCourseKind',
  valuesConfig: {
    REEMPLOYMENT: { description: '免费再就业培训 — free re-employment (vocational) training' },
    ENTREPRENEURSHIP: { description: '创业培训 — entrepreneurship training' },
  },
});

export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
}
registerEnumType(EnrollmentStatus, {
  name: 'TrainingEnrollmentStatus',
  valuesConfig: {
    ENROLLED: { description: '在训 — enrolled, no result yet' },
    COMPLETED: { description: '结业 — completed the course' },
    DROPPED_OUT: { description: '中途退学 — left before the end' },
  },
});
