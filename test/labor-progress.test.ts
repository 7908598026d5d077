import { COUNTIES } from '../demo/world';
import { makeCreditCode } from '../shared/checksums';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const FIG = '{ jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }';
const PROGRESS = `query($y: Int!, $m: Int!) { county(code: "320830") { urbanLaborForce(year: $y)
  employmentProgress(year: $y, month: $m) { month ${FIG} yearToDate ${FIG} registeredUnemployed registeredUnemploymentRate expectedYearToDate ${FIG} behindSchedule }
  certificateStats(year: $y, month: $m) { issuedInMonth issuedYearToDate valid } } }`;
type Figures = {
  jobsCreated: number;
  netNewEmployment: number;
  reemployed: number;
  hardshipReemployed: number;
  ruralLaborExported: number;
};
type Progress = {
  county: {
    urbanLaborForce: number;
    employmentProgress: {
      month: Figures;
      yearToDate: Figures;
      registeredUnemployed: number;
      registeredUnemploymentRate: number | null;
      expectedYearToDate: Figures | null;
      behindSchedule: string[];
    };
    certificateStats: { issuedInMonth: number; issuedYearToDate: number; valid: number };
  };
};

/** 按月进度: a county's month and year to date counted from employment records, against pro-rated targets. */
describe('labor employment progress and certificate stats', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const progress = async (month = 8, caller: Parameters<Stack['query']>[2] = 'reporter') => {
    const res = await stack.query<Progress>(PROGRESS, { y: 2003, m: month }, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.county;
  };
  async function person(birthDate: string, gender: 'MALE' | 'FEMALE'): Promise<string> {
    const input = {
      name: '马德明',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: '320830',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor');
    return res.data!.registerPerson.id;
  }
  async function job(personId: string, kind: string, startedOn: string): Promise<string> {
    const res = await stack.query<{ recordEmployment: { id: string } }>(
      'mutation($i: RecordEmploymentInput!) { recordEmployment(input: $i) { id } }',
      { i: { personId, kind, startedOn } },
      'labor',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.recordEmployment.id;
  }
  const minus = (a: Figures, b: Figures) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - b[k as keyof Figures]]));

  it('counts the month and the year to date from the records, and the unemployment rate at month end', async () => {
    const before = await progress();
    const july = await progress(7);
    // The demo world has no records after July: August starts empty.
    expect(before.employmentProgress.month).toEqual({
      jobsCreated: 0,
      netNewEmployment: 0,
      reemployed: 0,
      hardshipReemployed: 0,
      ruralLaborExported: 0,
    });
    const [woman45, hired, exported, selfEmployed, shortJob] = [
      await person('1958-01-01', 'FEMALE'),
      await person('1973-01-01', 'MALE'),
      await person('1978-01-01', 'MALE'),
      await person('1980-01-01', 'MALE'),
      await person('1976-01-01', 'MALE'),
    ];
    await job(woman45, 'FLEXIBLE', '2003-08-05');
    const hire = await stack.query(
      'mutation($i: RecordEmploymentInput!) { recordEmployment(input: $i) { id } }',
      {
        i: { personId: hired, kind: 'ENTERPRISE_HIRE', startedOn: '2003-08-06', employerCreditCode: makeCreditCode('1', '320830', 777) },
      },
      'labor',
    );
    expect(hire.errors).toBeUndefined();
    await job(exported, 'LABOR_EXPORT', '2003-08-07');
    await job(selfEmployed, 'SELF_EMPLOYMENT', '2003-07-20');
    const short = await job(shortJob, 'FLEXIBLE', '2003-08-01');
    expect(
      (await stack.query('mutation($id: ID!) { endEmployment(recordId: $id, endedOn: "2003-08-10") { id } }', { id: short }, 'labor'))
        .errors,
    ).toBeUndefined();

    const after = await progress();
    const p = after.employmentProgress;
    // jobs: flexible, hire, short job (export is not a local job); net: minus the short job; persons: those four and the exported one.
    expect(p.month).toEqual({ jobsCreated: 3, netNewEmployment: 2, reemployed: 4, hardshipReemployed: 1, ruralLaborExported: 1 });
    expect(minus(p.yearToDate, before.employmentProgress.yearToDate)).toEqual({
      jobsCreated: 4,
      netNewEmployment: 3,
      reemployed: 5,
      hardshipReemployed: 1,
      ruralLaborExported: 1,
    });
    // Five registered, four at work at the end of August (the short job ended).
    expect(p.registeredUnemployed).toBe(before.employmentProgress.registeredUnemployed + 1);
    expect(p.registeredUnemploymentRate).toBe(Math.round((p.registeredUnemployed * 10_000) / after.urbanLaborForce) / 100);
    expect(after.urbanLaborForce).toBe(COUNTIES.find((c) => c.code === '320830')!.urbanLaborForce);
    // July sees its one new job (the self-employment), none of August's.
    expect(minus((await progress(7)).employmentProgress.month, july.employmentProgress.month)).toEqual({
      jobsCreated: 1,
      netNewEmployment: 1,
      reemployed: 1,
      hardshipReemployed: 0,
      ruralLaborExported: 0,
    });
  });

  it('flags the indicators behind target × month ÷ 12 and a rate above the ceiling', async () => {
    const ytd = (await progress()).employmentProgress.yearToDate;
    const xuyi = {
      jobsCreated: 0,
      netNewEmployment: 12 * (ytd.netNewEmployment + 1),
      reemployed: Math.floor((ytd.reemployed * 12) / 8),
      hardshipReemployed: 0,
      ruralLaborExported: 0,
      registeredUnemploymentRate: 0.01,
    };
    const counties = COUNTIES.map((c) =>
      c.code === '320830'
        ? { countyCode: c.code, ...xuyi }
        : {
            countyCode: c.code,
            jobsCreated: 0,
            netNewEmployment: 0,
            reemployed: 0,
            hardshipReemployed: 0,
            ruralLaborExported: 0,
            registeredUnemploymentRate: 4.5,
          },
    );
    const set = await stack.query(
      'mutation($i: SetEmploymentTargetsInput!) { setEmploymentTargets(input: $i) { year } }',
      { i: { year: 2003, city: { ...xuyi, registeredUnemploymentRate: 4.5 }, counties } },
      'jointOffice',
    );
    expect(set.errors).toBeUndefined();
    const p = (await progress()).employmentProgress;
    expect(p.expectedYearToDate).toMatchObject({
      jobsCreated: 0,
      netNewEmployment: 8 * (ytd.netNewEmployment + 1),
      reemployed: Math.ceil((xuyi.reemployed * 8) / 12),
    });
    expect(p.expectedYearToDate!.reemployed).toBeLessThanOrEqual(ytd.reemployed);
    expect(p.registeredUnemploymentRate).toBeGreaterThan(0.01);
    expect(p.behindSchedule).toEqual(['netNewEmployment', 'registeredUnemploymentRate']);
  });

  it('counts certificates issued in the month, the year to date, and those valid', async () => {
    const before = (await progress()).certificateStats;
    expect(before.issuedInMonth).toBe(0);
    const numbers: string[] = [];
    for (const birth of ['1960-01-01', '1961-01-01']) {
      const res = await stack.query<{ issueCertificate: { number: string } }>(
        contractOperation('IssueCertificate'),
        { personId: await person(birth, 'MALE') },
        'labor',
      );
      numbers.push(res.data!.issueCertificate.number);
    }
    await stack.query(contractOperation('RevokeCertificate'), { number: numbers[0], reason: '骗取' }, 'labor');
    expect((await progress()).certificateStats).toEqual({
      issuedInMonth: 2,
      issuedYearToDate: before.issuedYearToDate + 2,
      valid: before.valid + 1,
    });
    expect((await progress(7)).certificateStats.issuedYearToDate).toBe(before.issuedYearToDate);
  });

  it('refuses a bad month or year and readers without an aggregate scope', async () => {
    for (const [m, field] of [
      [13, 'month'],
      [0, 'month'],
    ] as const) {
      const res = await stack.query(PROGRESS, { y: 2003, m }, 'reporter');
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await stack.query(PROGRESS, { y: 1989, m: 1 }, 'reporter')).errors?.[0].extensions).toMatchObject({ field: 'year' });
    expect((await stack.query(PROGRESS, { y: 2003, m: 8 }, 'feedPartner')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same SQL statements for the whole county table as for one county', async () => {
    const fields = `targets(year: 2003) { jobsCreated } employmentProgress(year: 2003, month: 8) { month ${FIG} yearToDate ${FIG} registeredUnemploymentRate behindSchedule } certificateStats(year: 2003, month: 8) { valid }`;
    const count = async (query: string) => {
      stack.subgraphs.labor.queries.reset();
      const res = await stack.query(query, {}, 'reporter');
      expect(res.errors).toBeUndefined();
      return stack.subgraphs.labor.queries.total;
    };
    const one = await count(`{ county(code: "320830") { code ${fields} } }`);
    const all = await count(`{ counties { code ${fields} } }`);
    expect(all).toBe(one);
    expect(all).toBeLessThanOrEqual(6);
  });
});
