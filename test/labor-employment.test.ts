import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const RECORD = `mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) {
  id kind startedOn contractMonths hardship employer { creditCode } person { id employmentStatus } } }`;
const END = 'mutation($id: ID!, $on: Date!) { endEmployment(recordId: $id, endedOn: $on) { id endedOn person { employmentStatus } } }';
const FLAGS =
  'query($id: ID!) { person(id: $id) { employmentStatus hardship { doubleLaidOff doubleUnemployed zeroEmploymentHousehold } employmentRecords { id } } }';

/** 就业再就业登记 and the dynamic management of the hardship registry it drives. */
describe('labor employment records', () => {
  let stack: Stack;
  let employer: string;
  beforeAll(async () => {
    stack = await startStack();
    const list = await stack.query<{ enterprises: { edges: { node: { creditCode: string; kind: string } }[] } }>(
      '{ enterprises(countyCode: "320831", first: 100) { edges { node { creditCode kind } } } }',
    );
    employer = list.data!.enterprises.edges.find((e) => e.node.kind === 'PRIVATE_ENTERPRISE')!.node.creditCode;
  });
  afterAll(() => stack?.stop());

  async function register(
    extra: Record<string, unknown> = {},
    birthDate = '1968-02-02',
    gender: 'MALE' | 'FEMALE' = 'MALE',
  ): Promise<string> {
    const input = {
      name: '赵卫东',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: '320831',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-06-01',
      ...extra,
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(REGISTER, { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }
  const record = (input: Record<string, unknown>) =>
    stack.query<{ recordEmployment: Record<string, unknown> & { id: string } }>(RECORD, { input }, 'labor');
  const flags = async (id: string) =>
    (
      await stack.query<{ person: { employmentStatus: string; hardship: Record<string, boolean>; employmentRecords: unknown[] } }>(FLAGS, {
        id,
      })
    ).data!.person;

  it.each([
    ['input.employerCreditCode', { kind: 'ENTERPRISE_HIRE', employerCreditCode: null }],
    ['input.employerCreditCode', { kind: 'ENTERPRISE_HIRE', employerCreditCode: '91320831000100000X' }],
    ['input.employerCreditCode', { kind: 'ENTERPRISE_HIRE', employerCreditCode: '9132083100010000' }],
    ['input.kind', { kind: 'PUBLIC_WELFARE_POST' }],
    ['input.startedOn', { kind: 'FLEXIBLE', startedOn: '2003-08-16' }],
    ['input.startedOn', { kind: 'FLEXIBLE', startedOn: '2003-05-31' }],
    ['input.contractMonths', { kind: 'FLEXIBLE', contractMonths: 0 }],
    ['input.contractMonths', { kind: 'FLEXIBLE', contractMonths: 121 }],
    ['input.personId', { kind: 'FLEXIBLE', personId: 'x1' }],
  ])('refuses a bad %s and writes nothing', async (field, input) => {
    const personId = await register();
    const { errors } = await record({ personId, startedOn: '2003-07-01', ...input });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await flags(personId)).toMatchObject({ employmentStatus: 'UNEMPLOYED', employmentRecords: [] });
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const { errors } = await record({ personId: '987654', kind: 'FLEXIBLE', startedOn: '2003-07-01' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("records an enterprise hire (credit code validated and normalized) and shows it in the dossier with commerce's name", async () => {
    const personId = await register();
    const { data, errors } = await record({
      personId,
      kind: 'ENTERPRISE_HIRE',
      startedOn: '2003-06-01',
      employerCreditCode: employer.toLowerCase(),
      contractMonths: 120,
    });
    expect(errors).toBeUndefined();
    expect(data!.recordEmployment).toMatchObject({
      kind: 'ENTERPRISE_HIRE',
      contractMonths: 120,
      employer: { creditCode: employer },
      person: { id: personId, employmentStatus: 'EMPLOYED' },
    });
    const dossier = await stack.query<{
      person: {
        employmentStatus: string;
        employmentRecords: { kind: string; startedOn: string; employer: { creditCode: string; name: string } }[];
      };
    }>(contractOperation('PersonDossier'), { id: personId });
    expect(dossier.data!.person.employmentStatus).toBe('EMPLOYED');
    expect(dossier.data!.person.employmentRecords).toEqual([
      { kind: 'ENTERPRISE_HIRE', startedOn: '2003-06-01', employer: { creditCode: employer, name: expect.stringMatching(/有限公司$/) } },
    ]);
    const hires = await stack.query<{ enterprise: { hires: { person: { id: string } }[] } }>(contractOperation('EnterpriseDossier'), {
      creditCode: employer,
    });
    expect(hires.data!.enterprise.hires.map((h) => h.person.id)).toContain(personId);

    // A second full-time contract is refused (several jobs: test/labor-several-jobs.test.ts).
    const again = await record({ personId, kind: 'ENTERPRISE_HIRE', startedOn: '2003-07-01', employerCreditCode: employer });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });

  it("updates the household in the same transaction: one spouse employed clears the couple's flags, the job ending restores them", async () => {
    const householdId = 'T-JINHU-7';
    const head = await register({ householdId, householdRole: 'HEAD' });
    const spouse = await register({ householdId, householdRole: 'SPOUSE' }, '1970-03-03', 'FEMALE');
    expect((await flags(head)).hardship).toEqual({ doubleLaidOff: true, doubleUnemployed: false, zeroEmploymentHousehold: true });

    const job = await record({ personId: spouse, kind: 'SELF_EMPLOYMENT', startedOn: '2003-07-01' });
    expect(job.data!.recordEmployment.hardship).toBe(true);
    for (const id of [head, spouse])
      expect((await flags(id)).hardship).toEqual({ doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: false });
    const households = await stack.query<{ zeroEmploymentHouseholds: { edges: { node: { id: string } }[] } }>(
      '{ zeroEmploymentHouseholds(countyCode: "320831", first: 100) { edges { node { id } } } }',
    );
    expect(households.data!.zeroEmploymentHouseholds.edges.map((e) => e.node.id)).not.toContain(householdId);

    const early = await stack.query(END, { id: job.data!.recordEmployment.id, on: '2003-06-30' }, 'labor');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endedOn' });
    const ended = await stack.query(END, { id: job.data!.recordEmployment.id, on: '2003-08-01' }, 'labor');
    expect(ended.errors).toBeUndefined();
    expect((await flags(head)).hardship).toEqual({ doubleLaidOff: true, doubleUnemployed: false, zeroEmploymentHousehold: true });
    const twice = await stack.query(END, { id: job.data!.recordEmployment.id, on: '2003-08-02' }, 'labor');
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('lists hardship persons and zero-employment households of a county, cursor-paged without gaps or repeats', async () => {
    type Page = {
      edges: {
        cursor: string;
        node: { id: string; employmentStatus?: string; hardship?: Record<string, boolean>; members?: { householdId: string }[] };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const personsQuery = `query($first: Int!, $after: String, $flag: HardshipFlag, $status: EmploymentStatus) {
      hardshipPersons(countyCode: "320831", first: $first, after: $after, flag: $flag, employmentStatus: $status) {
        edges { cursor node { id employmentStatus hardship { fortyFifty doubleLaidOff doubleUnemployed zeroEmploymentHousehold } } }
        pageInfo { hasNextPage endCursor } } }`;
    async function pages(query: string, field: string, vars: Record<string, unknown>): Promise<Page['edges'][number]['node'][]> {
      const nodes: Page['edges'][number]['node'][] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i += 1) {
        const res: GraphQLResponse<Record<string, Page>> = await stack.query<Record<string, Page>>(query, { ...vars, first: 3, after });
        expect(res.errors).toBeUndefined();
        nodes.push(...res.data![field].edges.map((e) => e.node));
        if (!res.data![field].pageInfo.hasNextPage) return nodes;
        after = res.data![field].pageInfo.endCursor;
      }
      throw new Error('too many pages');
    }
    // A double laid-off couple of its own, waiting: the demo world need not have one in this county.
    await register({ householdId: 'T-JINHU-8', householdRole: 'HEAD' });
    await register({ householdId: 'T-JINHU-8', householdRole: 'SPOUSE' }, '1970-04-04', 'FEMALE');
    const all = await pages(personsQuery, 'hardshipPersons', {});
    const once = await stack.query<Record<string, Page>>(personsQuery, { first: 100 });
    expect(all.map((p) => p.id)).toEqual(once.data!.hardshipPersons.edges.map((e) => e.node.id));
    expect(all.length).toBeGreaterThan(3);
    for (const p of all) expect(Object.values(p.hardship!)).toContain(true);

    const laidOffWaiting = await pages(personsQuery, 'hardshipPersons', { flag: 'DOUBLE_LAID_OFF', status: 'UNEMPLOYED' });
    expect(laidOffWaiting.length).toBeGreaterThan(0);
    for (const p of laidOffWaiting) expect(p).toMatchObject({ employmentStatus: 'UNEMPLOYED', hardship: { doubleLaidOff: true } });

    const householdsQuery = `query($first: Int!, $after: String) { zeroEmploymentHouseholds(countyCode: "320831", first: $first, after: $after) {
      edges { cursor node { id members { householdId employmentStatus } } } pageInfo { hasNextPage endCursor } } }`;
    const households = await pages(householdsQuery, 'zeroEmploymentHouseholds', {});
    expect(households.length).toBeGreaterThan(3);
    expect(new Set(households.map((h) => h.id)).size).toBe(households.length);
    for (const h of households) for (const m of h.members!) expect(m.householdId).toBe(h.id);

    const bad = await stack.query(personsQuery, { first: 101 });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
