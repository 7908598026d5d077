import { freshIdNumber } from './helpers/fixtures';
import { type Stack, startStack } from './helpers/stack';

const REGISTER =
  'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id hardship { fortyFifty doubleLaidOff doubleUnemployed } } }';
const REPORT =
  'mutation($input: ReportVacancyInput!) { reportPublicWelfareVacancy(input: $input) { id status countyCode workKind fundedBy reportedOn } }';
const FILL = `mutation($input: FillPostInput!) { fillPublicWelfarePost(input: $input) {
  id status filledOn filledBy { id employmentStatus employmentRecords { kind startedOn } } } }`;
const POSTS = 'query($s: PostStatus) { publicWelfarePosts(countyCode: "320811", first: 50, status: $s) { edges { node { id status } } } }';

/** 公益性岗位: vacancy reports, and the priority of 4050, double laid-off and double unemployed persons. */
describe('labor public-welfare posts', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const vacancy = { countyCode: '320811', workKind: 'CLEANING', fundedBy: '区财政', community: '人民路社区', reportedOn: '2003-08-01' };
  async function report(extra: Record<string, unknown> = {}): Promise<string> {
    const res = await stack.query<{ reportPublicWelfareVacancy: { id: string } }>(REPORT, { input: { ...vacancy, ...extra } }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.reportPublicWelfareVacancy.id;
  }
  async function register(birthDate: string, gender: 'MALE' | 'FEMALE', extra: Record<string, unknown> = {}) {
    const input = {
      name: '郭爱华',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: '320811',
      category: 'SOE_UNEMPLOYED',
      registeredOn: '2003-07-01',
      ...extra,
    };
    const res = await stack.query<{ registerPerson: { id: string; hardship: Record<string, boolean> } }>(REGISTER, { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson;
  }
  const fill = (postId: string, personId: string, startedOn = '2003-08-10') =>
    stack.query<{
      fillPublicWelfarePost: {
        status: string;
        filledOn: string;
        filledBy: { id: string; employmentStatus: string; employmentRecords: { kind: string }[] };
      };
    }>(FILL, { input: { postId, personId, startedOn } }, 'labor');

  it('records a vacancy report and refuses a bad one naming the field', async () => {
    const res = await stack.query(REPORT, { input: vacancy }, 'labor');
    expect(res.data).toEqual({
      reportPublicWelfareVacancy: {
        id: expect.any(String),
        status: 'OPEN',
        countyCode: '320811',
        workKind: 'CLEANING',
        fundedBy: '区财政',
        reportedOn: '2003-08-01',
      },
    });
    for (const [field, bad] of [
      ['input.countyCode', { countyCode: '110105' }],
      ['input.fundedBy', { fundedBy: ' ' }],
      ['input.reportedOn', { reportedOn: '2003-08-16' }],
    ] as const) {
      const refused = await stack.query(REPORT, { input: { ...vacancy, ...bad } }, 'labor');
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const limited = { sub: 'huaiyin', dept: 'labor' as const, scope: 'labor:write', county: '320804' };
    expect((await stack.query(REPORT, { input: vacancy }, limited)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses anyone else while a priority person of the county waits, then places the priority person', async () => {
    const young = await register('1975-05-05', 'MALE');
    const woman45 = await register('1958-05-05', 'FEMALE');
    expect(woman45.hardship.fortyFifty).toBe(true);
    const postId = await report();

    const refused = await fill(postId, young.id);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(refused.errors?.[0].message).toMatch(/4050, double laid-off or double unemployed.*waiting/);
    expect(
      (
        await stack.query<{ publicWelfarePosts: { edges: { node: { id: string } }[] } }>(POSTS, { s: 'OPEN' })
      ).data!.publicWelfarePosts.edges.map((e) => e.node.id),
    ).toContain(postId);

    const placed = await fill(postId, woman45.id);
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.fillPublicWelfarePost).toMatchObject({
      status: 'FILLED',
      filledOn: '2003-08-10',
      filledBy: { id: woman45.id, employmentStatus: 'EMPLOYED', employmentRecords: [{ kind: 'PUBLIC_WELFARE_POST' }] },
    });
    expect((await fill(postId, young.id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.postId' });
  });

  it('gives double laid-off and double unemployed couples the same priority', async () => {
    const other = await register('1978-01-01', 'FEMALE', { category: 'OTHER_UNEMPLOYED' });
    const head = await register('1972-01-01', 'MALE', { householdId: 'QP-1', householdRole: 'HEAD', category: 'SOE_LAID_OFF' });
    const spouse = await register('1974-01-01', 'FEMALE', { householdId: 'QP-1', householdRole: 'SPOUSE', category: 'SOE_LAID_OFF' });
    expect(spouse.hardship.doubleLaidOff).toBe(true);
    const first = await report();
    expect((await fill(first, other.id)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await fill(first, head.id)).errors).toBeUndefined();
    // With the head at work the spouse is no longer double laid-off: nobody waits with priority.
    const second = await report();
    const free = await fill(second, other.id);
    expect(free.errors).toBeUndefined();
    expect(free.data!.fillPublicWelfarePost.filledBy.id).toBe(other.id);
    expect(
      (
        await stack.query<{ person: { hardship: { doubleLaidOff: boolean } } }>(
          'query($id: ID!) { person(id: $id) { hardship { doubleLaidOff } } }',
          { id: spouse.id },
        )
      ).data!.person.hardship.doubleLaidOff,
    ).toBe(false);
  });

  it('refuses a person of another county, an employed person, an early start and unknown ids', async () => {
    const postId = await report();
    const input = {
      name: '林淑珍',
      idNumber: freshIdNumber('1955-01-01', 'FEMALE'),
      countyCode: '320830',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
    };
    const outsider = (await stack.query<{ registerPerson: { id: string } }>(REGISTER, { input }, 'labor')).data!.registerPerson.id;
    expect((await fill(postId, outsider)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    const waiting = await register('1950-01-01', 'MALE');
    expect((await fill(postId, waiting.id, '2003-07-31')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startedOn',
    });
    expect((await fill(postId, waiting.id, '2003-08-16')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startedOn',
    });
    expect((await fill('99999', waiting.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fill(postId, '99999')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fill(postId, waiting.id, '2003-08-01')).errors).toBeUndefined();
    const another = await report();
    expect((await fill(another, waiting.id)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.personId' });
  });

  it('reopens the post when the job ends', async () => {
    const person = await register('1952-02-02', 'MALE');
    const postId = await report();
    expect((await fill(postId, person.id)).errors).toBeUndefined();
    const records = await stack.query<{ person: { employmentRecords: { id: string }[] } }>(
      'query($id: ID!) { person(id: $id) { employmentRecords { id } } }',
      { id: person.id },
    );
    const recordId = records.data!.person.employmentRecords[0].id;
    const ended = await stack.query(
      'mutation($id: ID!) { endEmployment(recordId: $id, endedOn: "2003-08-14") { endedOn } }',
      { id: recordId },
      'labor',
    );
    expect(ended.errors).toBeUndefined();
    const open = await stack.query<{ publicWelfarePosts: { edges: { node: { id: string; status: string } }[] } }>(POSTS, { s: 'OPEN' });
    expect(open.data!.publicWelfarePosts.edges.map((e) => e.node.id)).toContain(postId);
  });
});
