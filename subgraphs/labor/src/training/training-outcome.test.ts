import { addMonths } from '../../../../shared/calendar';
import { isSubsidyEligible } from './training-outcome';
import { validateCourse, validateEnrollment } from './training.inputs';
import { CourseKind } from './training.enums';

describe('training outcome rules', () => {
  it('adds calendar months, clamping to the end of a shorter month as MariaDB does', () => {
    expect(addMonths('2003-01-31', 6)).toBe('2003-07-31');
    expect(addMonths('2003-01-31', 1)).toBe('2003-02-28');
    expect(addMonths('2003-08-31', 6)).toBe('2004-02-29');
    expect(addMonths('2003-03-15', 12)).toBe('2004-03-15');
    expect(addMonths('2002-12-31', 24)).toBe('2004-12-31');
  });

  it('subsidises a course only if the institution was certified on or before its start', () => {
    expect(isSubsidyEligible('2003-03-01', '2003-03-01')).toBe(true);
    expect(isSubsidyEligible('2003-03-02', '2003-03-01')).toBe(false);
    expect(isSubsidyEligible(null, '2003-03-01')).toBe(false);
  });
});

describe('training input rules', () => {
  const course = { institutionId: '1', title: '家政', kind: CourseKind.REEMPLOYMENT, startsOn: '2003-05-01', endsOn: '2003-05-01' };

  it('takes a course of one day up to 365 days', () => {
    expect(validateCourse(course)).toMatchObject({ institutionId: 1, startsOn: '2003-05-01', endsOn: '2003-05-01' });
    expect(validateCourse({ ...course, endsOn: '2004-04-30' }).endsOn).toBe('2004-04-30');
    expect(() => validateCourse({ ...course, endsOn: '2004-05-01' })).toThrow(/input.endsOn/);
    expect(() => validateCourse({ ...course, endsOn: '2003-04-30' })).toThrow(/input.endsOn/);
    expect(() => validateCourse({ ...course, institutionId: 'x' })).toThrow(/input.institutionId/);
  });

  it('enrolls on the business date by default, never in the future', () => {
    expect(validateEnrollment({ courseId: '2', personId: '3' }, '2003-08-15')).toEqual({
      courseId: 2,
      personId: 3,
      enrolledOn: '2003-08-15',
    });
    expect(() => validateEnrollment({ courseId: '2', personId: '3', enrolledOn: '2003-08-16' }, '2003-08-15')).toThrow(/input.enrolledOn/);
  });
});
