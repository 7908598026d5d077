import { ReadinessItem, ReadinessStatus } from './platform.enums';
import { isLate, type ReadinessDates, readinessOf } from './readiness';

const allOn = (day: string): ReadinessDates => ({
  organizationOn: day,
  staffOn: day,
  fundingOn: day,
  premisesOn: day,
  rulesOn: day,
  operationsOn: day,
});

describe('六个到位 readiness against the 2003-07-31 deadline', () => {
  it('is on time when the last item is in place on the deadline, late from the day after', () => {
    expect(readinessOf({ ...allOn('2003-06-01'), rulesOn: '2003-07-31' }, '2003-08-15')).toEqual({
      status: ReadinessStatus.READY_ON_TIME,
      missing: [],
      completedOn: '2003-07-31',
    });
    const late = readinessOf({ ...allOn('2003-06-01'), rulesOn: '2003-08-01' }, '2003-08-15');
    expect(late).toMatchObject({ status: ReadinessStatus.READY_LATE, completedOn: '2003-08-01' });
    expect(isLate(late.status)).toBe(true);
  });

  it('is overdue when an item is missing after the deadline, in progress up to it', () => {
    const partial = { ...allOn('2003-06-01'), fundingOn: null };
    expect(readinessOf(partial, '2003-07-31')).toEqual({
      status: ReadinessStatus.IN_PROGRESS,
      missing: [ReadinessItem.FUNDING],
      completedOn: null,
    });
    expect(isLate(ReadinessStatus.IN_PROGRESS)).toBe(false);
    expect(readinessOf(partial, '2003-08-01').status).toBe(ReadinessStatus.OVERDUE);
    expect(isLate(ReadinessStatus.OVERDUE)).toBe(true);
  });

  it('counts an item only from its date on, as of the business date', () => {
    const platform = { ...allOn('2003-06-01'), staffOn: '2003-07-20' };
    expect(readinessOf(platform, '2003-07-19')).toMatchObject({ status: ReadinessStatus.IN_PROGRESS, missing: [ReadinessItem.STAFF] });
    expect(readinessOf(platform, '2003-07-20')).toMatchObject({ status: ReadinessStatus.READY_ON_TIME, completedOn: '2003-07-20' });
  });
});
