import { freshIdNumber } from './helpers/fixtures';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * "4050" as of the business date (统一台帐, 动态管理: ages kept current), not the registration
 * date: a woman registered at 39 is 4050 once she turns 40, in her dossier, in the registry
 * and for public-welfare posts; an employment record keeps whether she was 4050 on the
 * job's first day, which is what hardshipReemployed counts in that month.
 */
const COUNTY = '320829';
const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id hardship { fortyFifty } } }';
const RECORD = 'mutation R($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id hardship } }';
const LIST = `query L($code: ID!, $after: String) {
  hardshipPersons(countyCode: $code, flag: FORTY_FIFTY, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const PROGRESS = `query P($code: ID!, $m: Int!) { county(code: $code) { employmentProgress(year: 2003, month: $m) { month { reemployed hardshipReemployed } } } }`;
const REPORT = 'mutation($input: ReportVacancyInput!) { reportPublicWelfareVacancy(input: $input) { id } }';
const FILL = 'mutation($input: FillPostInput!) { fillPublicWelfarePost(input: $input) { id status } }';

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('labor: 4050 as of the business date (2003-08-15)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  /** A single person (no household) registered on 2003-07-20. */
  async function register(birthDate: string, gender: 'MALE' | 'FEMALE'): Promise<{ id: string; fortyFifty: boolean }> {
    const input = {
      name: '钱玉兰',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: COUNTY,
      category: 'SOE_UNEMPLOYED',
      registeredOn: '2003-07-20',
    };
    const { registerPerson } = ok(
      await stack.query<{ registerPerson: { id: string; hardship: { fortyFifty: boolean } } }>(REGISTER, { input }, 'labor'),
    );
    return { id: registerPerson.id, fortyFifty: registerPerson.hardship.fortyFifty };
  }

  async function listed(): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { hardshipPersons: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const page: Page = ok(await stack.query<Page>(LIST, { code: COUNTY, after }, 'labor'));
      ids.push(...page.hardshipPersons.edges.map((e) => e.node.id));
      if (!page.hardshipPersons.pageInfo.hasNextPage) return ids;
      after = page.hardshipPersons.pageInfo.endCursor;
    }
  }

  it('flags a woman who turned 40 after registering, and a man who turned 50; not a day younger', async () => {
    const agedIn = await register('1963-08-01', 'FEMALE'); // 39 on 2003-07-20, 40 on 2003-08-15
    const tooYoung = await register('1963-08-16', 'FEMALE');
    const man = await register('1953-08-15', 'MALE');
    const youngMan = await register('1953-08-16', 'MALE');
    expect([agedIn, tooYoung, man, youngMan].map((p) => p.fortyFifty)).toEqual([true, false, true, false]);
    const registry = await listed();
    expect([agedIn, tooYoung, man, youngMan].map((p) => registry.includes(p.id))).toEqual([true, false, true, false]);
  });

  it("keeps on the record whether the person was 4050 on the job's first day, and counts it in that month", async () => {
    const progress = async (m: number) =>
      ok(
        await stack.query<{ county: { employmentProgress: { month: { reemployed: number; hardshipReemployed: number } } } }>(PROGRESS, {
          code: COUNTY,
          m,
        }),
      ).county.employmentProgress.month;
    const [july, august] = [await progress(7), await progress(8)];
    const before = await register('1963-08-01', 'FEMALE');
    const after = await register('1963-08-01', 'FEMALE');
    const job = async (personId: string, startedOn: string) =>
      ok(
        await stack.query<{ recordEmployment: { hardship: boolean } }>(
          RECORD,
          { input: { personId, kind: 'FLEXIBLE', startedOn } },
          'labor',
        ),
      ).recordEmployment.hardship;
    expect(await job(before.id, '2003-07-25')).toBe(false);
    expect(await job(after.id, '2003-08-01')).toBe(true);
    const [july2, august2] = [await progress(7), await progress(8)];
    expect({
      july: [july2.reemployed - july.reemployed, july2.hardshipReemployed - july.hardshipReemployed],
      august: [august2.reemployed - august.reemployed, august2.hardshipReemployed - august.hardshipReemployed],
    }).toEqual({ july: [1, 0], august: [1, 1] });
  });

  it('gives a woman who aged into 4050 priority for a public-welfare post, and refuses a younger person while she waits', async () => {
    const report = async () =>
      ok(
        await stack.query<{ reportPublicWelfareVacancy: { id: string } }>(
          REPORT,
          { input: { countyCode: COUNTY, workKind: 'CLEANING', fundedBy: '县财政', community: '东风社区', reportedOn: '2003-08-01' } },
          'labor',
        ),
      ).reportPublicWelfareVacancy.id;
    const agedIn = await register('1963-08-02', 'FEMALE');
    const young = await register('1975-03-03', 'MALE');
    const post = await report();
    const refused = await stack.query(FILL, { input: { postId: post, personId: young.id, startedOn: '2003-08-10' } }, 'labor');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    const filled = await stack.query<{ fillPublicWelfarePost: { status: string } }>(
      FILL,
      { input: { postId: post, personId: agedIn.id, startedOn: '2003-08-10' } },
      'labor',
    );
    expect(ok(filled).fillPublicWelfarePost.status).toBe('FILLED');
  });
});
