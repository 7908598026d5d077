import { EmploymentRecord } from '../subgraphs/labor/src/employment/employment-record.entity';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';
import { makeCreditCode } from '../shared/checksums';

/**
 * Several jobs at once (§5 of the notice: 与一个或一个以上的用人单位订立劳动合同, flexible work
 * paid by the hour): flexible work beside any job and beside more flexible work, one
 * full-time job at a time; the person is re-employed once however many jobs they take.
 */
const COUNTY = '320831';
const RECORD = 'mutation R($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id kind } }';
const END = 'mutation E($id: ID!, $on: Date!) { endEmployment(recordId: $id, endedOn: $on) { id } }';
const PERSON = 'query P($id: ID!) { person(id: $id) { employmentStatus employmentRecords { kind endedOn } } }';
const PROGRESS = `query Progress($code: ID!) {
  county(code: $code) {
    employmentProgress(year: 2003, month: 8) { month { jobsCreated reemployed } communityAndFlexibleEmployed }
    registrationStats(year: 2003, month: 8) { privateEconomyEmployees }
  }
}`;

interface Progress {
  jobsCreated: number;
  reemployed: number;
  flexible: number;
  commerce: number;
}

let serial = 300_000 + Math.floor(Math.random() * 100_000);
const employer = () => makeCreditCode('1', COUNTY, (serial += 1));

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('labor: several jobs per person', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function register(): Promise<string> {
    const input = {
      name: '吴国强',
      idNumber: freshIdNumber('1960-05-05', 'MALE'),
      countyCode: COUNTY,
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
    };
    return ok(await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor')).registerPerson
      .id;
  }

  const job = (personId: string, kind: string, startedOn = '2003-08-02') =>
    stack.query<{ recordEmployment: { id: string } }>(
      RECORD,
      {
        input: { personId, kind, startedOn, ...(kind === 'ENTERPRISE_HIRE' ? { employerCreditCode: employer(), contractMonths: 12 } : {}) },
      },
      'labor',
    );

  async function person(id: string): Promise<{ employmentStatus: string; employmentRecords: { kind: string; endedOn: string | null }[] }> {
    return ok(
      await stack.query<{ person: { employmentStatus: string; employmentRecords: { kind: string; endedOn: string | null }[] } }>(
        PERSON,
        { id },
        'labor',
      ),
    ).person;
  }

  async function progress(): Promise<Progress> {
    type Answer = {
      county: {
        employmentProgress: { month: { jobsCreated: number; reemployed: number }; communityAndFlexibleEmployed: number };
        registrationStats: { privateEconomyEmployees: number };
      };
    };
    const { county } = ok(await stack.query<Answer>(PROGRESS, { code: COUNTY }));
    return {
      ...county.employmentProgress.month,
      flexible: county.employmentProgress.communityAndFlexibleEmployed,
      commerce: county.registrationStats.privateEconomyEmployees,
    };
  }

  it('records flexible work beside a contract and beside more flexible work; the person is re-employed once', async () => {
    const before = await progress();
    const personId = await register();
    ok(await job(personId, 'ENTERPRISE_HIRE'));
    ok(await job(personId, 'FLEXIBLE', '2003-08-05'));
    ok(await job(personId, 'FLEXIBLE', '2003-08-09'));
    const view = await person(personId);
    expect(view.employmentStatus).toBe('EMPLOYED');
    expect(view.employmentRecords.map((r) => [r.kind, r.endedOn]).sort()).toEqual([
      ['ENTERPRISE_HIRE', null],
      ['FLEXIBLE', null],
      ['FLEXIBLE', null],
    ]);
    const after = await progress();
    // Three jobs, one person re-employed; the hire makes the person unit employment, not labor's.
    expect({
      jobs: after.jobsCreated - before.jobsCreated,
      reemployed: after.reemployed - before.reemployed,
      flexible: after.flexible - before.flexible,
    }).toEqual({
      jobs: 3,
      reemployed: 1,
      flexible: 0,
    });
  });

  it('records a full-time job beside flexible work', async () => {
    const personId = await register();
    ok(await job(personId, 'FLEXIBLE'));
    ok(await job(personId, 'ENTERPRISE_HIRE', '2003-08-06'));
    expect((await person(personId)).employmentRecords.map((r) => r.kind).sort()).toEqual(['ENTERPRISE_HIRE', 'FLEXIBLE']);
  });

  it('refuses a second full-time job naming input.kind, and writes nothing', async () => {
    const personId = await register();
    ok(await job(personId, 'ENTERPRISE_HIRE'));
    const records = stack.subgraphs.labor.db.getRepository(EmploymentRecord);
    const count = await records.countBy({ personId: Number(personId) });
    for (const kind of ['ENTERPRISE_HIRE', 'SELF_EMPLOYMENT', 'LABOR_EXPORT']) {
      const refused = await job(personId, kind, '2003-08-07');
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
      expect(refused.errors?.[0].message).toMatch(/full-time work open \(ENTERPRISE_HIRE/);
    }
    expect(await records.countBy({ personId: Number(personId) })).toBe(count);
  });

  it('keeps the person employed while a job is open: unemployed only when the last one ends', async () => {
    const personId = await register();
    const hire = ok(await job(personId, 'ENTERPRISE_HIRE')).recordEmployment.id;
    const flexible = ok(await job(personId, 'FLEXIBLE', '2003-08-03')).recordEmployment.id;
    ok(await stack.query(END, { id: hire, on: '2003-08-10' }, 'labor'));
    expect((await person(personId)).employmentStatus).toBe('EMPLOYED');
    ok(await stack.query(END, { id: flexible, on: '2003-08-11' }, 'labor'));
    expect((await person(personId)).employmentStatus).toBe('UNEMPLOYED');
  });

  it("counts a business owner with flexible work beside the business once: commerce's, not labor's", async () => {
    const personId = await register();
    const { issueCertificate } = ok(
      await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor'),
    );
    await stack.syncFeeds();
    const before = await progress();
    const input = {
      ownerId: personId,
      certificateNumber: issueCertificate.number,
      name: '吴记修理部',
      industry: 'REPAIR',
      countyCode: COUNTY,
      registeredOn: '2003-08-15',
    };
    ok(
      await stack.query(
        'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
        { input },
        'commerce',
      ),
    );
    await stack.syncFeeds();
    // Flexible work beside the business (allowed), and a second full-time occupation refused.
    ok(await job(personId, 'FLEXIBLE', '2003-08-15'));
    expect((await job(personId, 'ENTERPRISE_HIRE', '2003-08-15')).errors?.[0].extensions).toMatchObject({ field: 'input.kind' });
    const after = await progress();
    expect({
      flexible: after.flexible - before.flexible,
      commerce: after.commerce - before.commerce,
      reemployed: after.reemployed - before.reemployed,
    }).toEqual({
      flexible: 0,
      commerce: 1,
      reemployed: 1,
    });
  });
});
