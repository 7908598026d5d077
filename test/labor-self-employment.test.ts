import { FeedCursor } from '../shared/feeds/cursor.entity';
import { FeedEvent } from '../shared/feeds/event';
import { appendRegisterChange } from '../subgraphs/commerce/src/register-feed/register-feed';
import { EmploymentRecord } from '../subgraphs/labor/src/employment/employment-record.entity';
import { RegisterReplica } from '../subgraphs/labor/src/register-replica/register-replica.entity';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * 自谋职业 from commerce's register: a registered person's individual or private business,
 * once labor's register replica applies it, is a SELF_EMPLOYMENT record carrying the
 * business's credit code, from the registration date, written in the apply's transaction;
 * its closure ends it. In the statistics the owner is commerce's (个体私营经济从业人员), never
 * labor's as well.
 */
const COUNTY = '320830';
const PERSON = `query Person($id: ID!) {
  person(id: $id) { employmentStatus employmentRecords { id kind startedOn endedOn employer { creditCode } } }
}`;
const STATS = `query Stats($code: ID!) {
  county(code: $code) {
    employmentProgress(year: 2003, month: 8) { communityAndFlexibleEmployed }
    registrationStats(year: 2003, month: 8) { privateEconomyEmployees }
  }
}`;

interface Job {
  id: string;
  kind: string;
  startedOn: string;
  endedOn: string | null;
  employer: { creditCode: string } | null;
}
interface PersonView {
  employmentStatus: string;
  employmentRecords: Job[];
}

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('labor: self-employment from the business register', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function register(registeredOn = '2003-07-01'): Promise<string> {
    const input = { name: '孙桂兰', idNumber: freshIdNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn };
    return ok(await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor')).registerPerson
      .id;
  }

  /** A registered person with a certificate commerce has seen. */
  async function holder(): Promise<{ personId: string; number: string }> {
    const personId = await register();
    const issued = ok(
      await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor'),
    );
    await stack.syncFeeds();
    return { personId, number: issued.issueCertificate.number };
  }

  async function openBusiness(ownerId: string, certificateNumber: string | null, registeredOn = '2003-08-15'): Promise<string> {
    const input = { ownerId, certificateNumber, name: '孙记小吃', industry: 'CATERING', countyCode: COUNTY, registeredOn };
    const res = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
      'mutation Open($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
      { input },
      'commerce',
    );
    return ok(res).registerIndividualBusiness.creditCode;
  }

  async function person(id: string): Promise<PersonView> {
    return ok(await stack.query<{ person: PersonView }>(PERSON, { id }, 'labor')).person;
  }

  const selfEmployment = (view: PersonView) => view.employmentRecords.filter((r) => r.kind === 'SELF_EMPLOYMENT');

  it("records a holder's business as self-employment with its credit code, and the owner is employed", async () => {
    const { personId, number } = await holder();
    expect((await person(personId)).employmentStatus).toBe('UNEMPLOYED');
    const code = await openBusiness(personId, number);
    await stack.syncFeeds();
    const view = await person(personId);
    expect(view.employmentStatus).toBe('EMPLOYED');
    expect(selfEmployment(view)).toEqual([
      { id: expect.any(String), kind: 'SELF_EMPLOYMENT', startedOn: '2003-08-15', endedOn: null, employer: { creditCode: code } },
    ]);
  });

  it('applies a replayed page once: one record per business', async () => {
    const labor = stack.subgraphs.labor;
    await stack.syncFeeds();
    const cursors = labor.db.getRepository(FeedCursor);
    const saved = await cursors.findOneByOrFail({ feed: 'commerce.registerChanges' });
    const { personId, number } = await holder();
    const code = await openBusiness(personId, number);
    await stack.syncFeeds();
    // Rewind the cursor and drop the replica row: the same change is applied again.
    await cursors.update({ feed: saved.feed }, { lastSequence: saved.lastSequence, lastCursor: saved.lastCursor });
    await labor.db.getRepository(RegisterReplica).delete({ creditCode: code });
    const worker = labor.feeds.find((f) => f.feed === 'commerce.registerChanges')!;
    expect(await worker.syncOnce()).toBeGreaterThan(0);
    const records = await labor.db.getRepository(EmploymentRecord).findBy({ employerCreditCode: code });
    expect(records.map((r) => [String(r.personId), r.kind, r.endedOn])).toEqual([[personId, 'SELF_EMPLOYMENT', null]]);
  });

  it('takes an open self-employment entered by hand as the business: no second record', async () => {
    const { personId, number } = await holder();
    const manual = ok(
      await stack.query<{ recordEmployment: { id: string } }>(
        'mutation R($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
        { input: { personId, kind: 'SELF_EMPLOYMENT', startedOn: '2003-08-01' } },
        'labor',
      ),
    ).recordEmployment.id;
    const code = await openBusiness(personId, number);
    await stack.syncFeeds();
    expect(selfEmployment(await person(personId))).toEqual([
      { id: manual, kind: 'SELF_EMPLOYMENT', startedOn: '2003-08-01', endedOn: null, employer: { creditCode: code } },
    ]);
  });

  it('counts a registered owner without a certificate, from their own registration when the business is older', async () => {
    const personId = await register('2003-08-10');
    const code = await openBusiness(personId, null, '2003-06-01');
    await stack.syncFeeds();
    const view = await person(personId);
    expect(view.employmentStatus).toBe('EMPLOYED');
    expect(selfEmployment(view).map((r) => [r.startedOn, r.employer?.creditCode])).toEqual([['2003-08-10', code]]);
  });

  it('records nothing for an enterprise without a registered owner', async () => {
    const res = await stack.query<{ registerEnterprise: { creditCode: string } }>(
      'mutation E($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }',
      {
        input: {
          name: '盱眙县农机厂',
          kind: 'PRIVATE_ENTERPRISE',
          industry: 'MANUFACTURING',
          countyCode: COUNTY,
          registeredOn: '2003-08-01',
          employeeCount: 9,
        },
      },
      'commerce',
    );
    const code = ok(res).registerEnterprise.creditCode;
    await stack.syncFeeds();
    expect(await stack.subgraphs.labor.db.getRepository(EmploymentRecord).countBy({ employerCreditCode: code })).toBe(0);
  });

  it('ends the self-employment when the business leaves the register, and the owner is unemployed again', async () => {
    const { personId, number } = await holder();
    const code = await openBusiness(personId, number);
    await stack.syncFeeds();
    // Commerce has no closure mutation yet: its feed's DELETED change, as a closure would append it.
    await stack.subgraphs.commerce.db.transaction((tx) => appendRegisterChange(tx, code, FeedEvent.DELETED));
    await stack.syncFeeds();
    await stack.syncFeeds();
    const view = await person(personId);
    expect(view.employmentStatus).toBe('UNEMPLOYED');
    // Closed on the business date the closure reached labor (the test stack's 2003-08-15).
    expect(selfEmployment(view).map((r) => [r.endedOn, r.employer?.creditCode])).toEqual([['2003-08-15', code]]);
  });

  it("counts each person once across labor's and commerce's statistics of the county", async () => {
    const stats = async () => {
      const county = ok(
        await stack.query<{
          county: { employmentProgress: { communityAndFlexibleEmployed: number }; registrationStats: { privateEconomyEmployees: number } };
        }>(STATS, { code: COUNTY }),
      ).county;
      return { labor: county.employmentProgress.communityAndFlexibleEmployed, commerce: county.registrationStats.privateEconomyEmployees };
    };
    const before = await stats();
    // An owner (commerce counts them: employeeCount 1, the owner), a flexible worker and a
    // street vendor on no registered business (labor counts both).
    const owner = await holder();
    await openBusiness(owner.personId, owner.number);
    const record = (personId: string, kind: string) =>
      stack.query(
        'mutation R($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
        { input: { personId, kind, startedOn: '2003-08-02' } },
        'labor',
      );
    ok(await record(await register(), 'FLEXIBLE'));
    ok(await record(await register(), 'SELF_EMPLOYMENT'));
    await stack.syncFeeds();
    const after = await stats();
    expect({ labor: after.labor - before.labor, commerce: after.commerce - before.commerce }).toEqual({ labor: 2, commerce: 1 });
  });
});
