import { makeResidentId } from '../shared/checksums';
import { freshIdNumber } from './helpers/fixtures';
import { type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

/**
 * 户 — the household roster (members who are not registered), corrections of households
 * with their history, and the hardship flags over the whole family, through the gateway.
 */
const COUNTY = '320803';
const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const ADD = `mutation($household: ID!, $input: AddHouseholdMemberInput!) { addHouseholdMember(householdId: $household, input: $input) {
  id role situation situationConfirmedOn gender birthYear } }`;
const UPDATE =
  'mutation($id: ID!, $input: UpdateHouseholdMemberInput!) { updateHouseholdMember(id: $id, input: $input) { id role situation } }';
const REMOVE = 'mutation($id: ID!, $reason: String!) { removeHouseholdMember(id: $id, reason: $reason) { id } }';
const CORRECT = `mutation($person: ID!, $input: CorrectHouseholdInput!) { correctHousehold(personId: $person, input: $input) {
  id householdId householdRole } }`;
const FLAGS = 'query($id: ID!) { person(id: $id) { hardship { doubleLaidOff doubleUnemployed zeroEmploymentHousehold } } }';
const HOUSEHOLD = `query($id: ID!) { household(id: $id) {
  id members { id }
  roster { registered role situation person { id } member { id name birthDate birthYear idNumber gender } }
  history { householdId personId memberId fromHouseholdId fromRole toHouseholdId toRole reason changedOn actor } } }`;
const ZERO = `query($first: Int!) { zeroEmploymentHouseholds(countyCode: "${COUNTY}", first: $first) { edges { node { id } } } }`;

type Flags = { doubleLaidOff: boolean; doubleUnemployed: boolean; zeroEmploymentHousehold: boolean };
interface HistoryRow {
  householdId: string;
  personId: string | null;
  memberId: string | null;
  fromHouseholdId: string | null;
  fromRole: string | null;
  toHouseholdId: string | null;
  toRole: string | null;
  reason: string;
  changedOn: string;
  actor: string;
}
interface HouseholdView {
  id: string;
  members: { id: string }[];
  roster: {
    registered: boolean;
    role: string;
    situation: string;
    person: { id: string } | null;
    member: {
      id: string;
      name: string | null;
      birthDate: string | null;
      birthYear: number;
      idNumber: string | null;
      gender: string;
    } | null;
  }[];
  history: HistoryRow[];
}

const OTHER_COUNTY_CLERK = { sub: 'huaiyin-clerk', dept: 'labor' as const, scope: 'labor:write pii:read', county: '320804' };
const READER_WITHOUT_PII = { sub: 'chuzhou-reader', dept: 'labor' as const, scope: 'labor:read', county: COUNTY };

describe('labor households: roster, corrections with history, flags over the whole family', () => {
  let stack: Stack;
  let serial = 0;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const householdId = (what: string) => `T-HH-${what}-${(serial += 1)}`;

  async function register(household: string, role: string, birthDate: string, gender: 'MALE' | 'FEMALE', category = 'SOE_UNEMPLOYED') {
    const input = {
      name: '陈志强',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: COUNTY,
      category,
      registeredOn: '2003-07-01',
      householdId: household,
      householdRole: role,
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(REGISTER, { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }

  async function flags(id: string): Promise<Flags> {
    const res = await stack.query<{ person: { hardship: Flags } }>(FLAGS, { id }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.person.hardship;
  }

  async function household(id: string, caller: Parameters<Stack['query']>[2] = 'labor') {
    return stack.query<{ household: HouseholdView | null }>(HOUSEHOLD, { id }, caller);
  }

  async function zeroHouseholds(): Promise<string[]> {
    const res = await stack.query<{ zeroEmploymentHouseholds: { edges: { node: { id: string } }[] } }>(ZERO, { first: 100 }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.zeroEmploymentHouseholds.edges.map((e) => e.node.id);
  }

  const spouseInput = (situation: string) => ({
    name: '李桂芳',
    gender: 'FEMALE',
    birthDate: '1966-03-08',
    role: 'SPOUSE',
    situation,
    reason: '入户调查',
  });

  it('clears zero-employment and double unemployed for the whole household when a roster spouse is at work', async () => {
    const h = householdId('SPOUSE');
    const head = await register(h, 'HEAD', '1964-02-02', 'MALE');
    const son = await register(h, 'OTHER', '1982-05-05', 'MALE', 'OTHER_UNEMPLOYED');
    expect(await flags(head)).toEqual({ doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: true });
    expect(await flags(son)).toMatchObject({ zeroEmploymentHousehold: true });
    expect(await zeroHouseholds()).toContain(h);

    // Unemployed, not registered: the couple is double unemployed, the family still has nobody at work.
    const added = await stack.query<{ addHouseholdMember: { id: string; situationConfirmedOn: string; birthYear: number } }>(
      ADD,
      { household: h, input: spouseInput('UNEMPLOYED') },
      'labor',
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addHouseholdMember).toMatchObject({ situationConfirmedOn: TEST_BUSINESS_DATE, birthYear: 1966 });
    expect(await flags(head)).toEqual({ doubleLaidOff: false, doubleUnemployed: true, zeroEmploymentHousehold: true });

    // She finds work in a factory: neither flag holds any more, for anyone of the household.
    const memberId = added.data!.addHouseholdMember.id;
    const update = await stack.query(UPDATE, { id: memberId, input: { situation: 'EMPLOYED' } }, 'labor');
    expect(update.errors).toBeUndefined();
    expect(await flags(head)).toEqual({ doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: false });
    expect(await flags(son)).toMatchObject({ zeroEmploymentHousehold: false });
    expect(await zeroHouseholds()).not.toContain(h);

    const view = (await household(h)).data!.household!;
    expect(view.members.map((m) => m.id)).toEqual([head, son]);
    expect(view.roster.map((r) => [r.registered, r.role, r.situation])).toEqual([
      [true, 'HEAD', 'UNEMPLOYED'],
      [false, 'SPOUSE', 'EMPLOYED'],
      [true, 'OTHER', 'UNEMPLOYED'],
    ]);
    expect(view.history.find((row) => row.memberId === memberId)).toMatchObject({
      toRole: 'SPOUSE',
      reason: '入户调查',
      actor: 'labor-clerk',
    });

    // Removed again (she moved away): the household is zero-employment once more.
    const removed = await stack.query(REMOVE, { id: memberId, reason: '迁出' }, 'labor');
    expect(removed.errors).toBeUndefined();
    expect(await flags(son)).toMatchObject({ zeroEmploymentHousehold: true });
    const after = (await household(h)).data!.household!;
    expect(after.roster.some((r) => !r.registered)).toBe(false);
    expect(after.history[0]).toMatchObject({ memberId, fromRole: 'SPOUSE', toHouseholdId: null, reason: '迁出' });
  });

  it('moves a registered person to another household: both recomputed, history in both, CORRECTED on the person feed', async () => {
    const from = householdId('FROM');
    const to = householdId('TO');
    const head = await register(from, 'HEAD', '1960-01-01', 'MALE');
    const wife = await register(from, 'SPOUSE', '1962-01-01', 'FEMALE');
    const other = await register(to, 'HEAD', '1975-01-01', 'MALE');
    expect(await flags(head)).toMatchObject({ doubleUnemployed: true, zeroEmploymentHousehold: true });
    // The target household has a member at work on its roster.
    const worker = { name: '周伟', gender: 'MALE', birthDate: '1980-06-06', role: 'OTHER', situation: 'EMPLOYED', reason: '入户调查' };
    expect((await stack.query(ADD, { household: to, input: worker }, 'labor')).errors).toBeUndefined();
    expect(await flags(other)).toMatchObject({ zeroEmploymentHousehold: false });
    const feedBefore = await feedEnd();

    const moved = await stack.query<{ correctHousehold: { householdId: string; householdRole: string } }>(
      CORRECT,
      { person: wife, input: { householdId: to, role: 'SPOUSE', reason: '户籍登记有误' } },
      'labor',
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.correctHousehold).toEqual({ id: wife, householdId: to, householdRole: 'SPOUSE' });
    // The head is alone now: no spouse, still nobody at work. The wife joins a household with a worker.
    expect(await flags(head)).toEqual({ doubleLaidOff: false, doubleUnemployed: false, zeroEmploymentHousehold: true });
    expect(await flags(wife)).toMatchObject({ doubleUnemployed: true, zeroEmploymentHousehold: false });

    for (const id of [from, to]) {
      const rows = (await household(id)).data!.household!.history.filter((row) => row.personId === wife);
      expect(rows[0]).toMatchObject({
        householdId: id,
        fromHouseholdId: from,
        fromRole: 'SPOUSE',
        toHouseholdId: to,
        toRole: 'SPOUSE',
        reason: '户籍登记有误',
        changedOn: TEST_BUSINESS_DATE,
        actor: 'labor-clerk',
      });
    }
    expect((await household(from)).data!.household!.members.map((m) => m.id)).toEqual([head]);

    const changes = await feedAfter(feedBefore);
    expect(changes).toEqual([{ event: 'CORRECTED', personId: wife, householdId: to, householdRole: 'SPOUSE', reason: '户籍登记有误' }]);
  });

  async function feedEnd(): Promise<string | null> {
    let after: string | null = null;
    for (;;) {
      type Page = { personChanges: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      const res: { data?: Page | null } = await stack.query<Page>(
        'query($after: String) { personChanges(first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }',
        { after },
        'labor',
      );
      const page: Page['personChanges'] = res.data!.personChanges;
      after = page.pageInfo.endCursor ?? after;
      if (!page.pageInfo.hasNextPage) return after;
    }
  }

  async function feedAfter(after: string | null) {
    const res = await stack.query<{ personChanges: { edges: { node: Record<string, unknown> }[] } }>(
      'query($after: String) { personChanges(first: 100, after: $after) { edges { node { event personId householdId householdRole reason } } } }',
      { after },
      'labor',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.personChanges.edges.map((e) => e.node);
  }

  it.each([
    [
      'correctHousehold',
      'input.reason',
      () => CORRECT,
      (ids: Ids) => ({ person: ids.person, input: { householdId: ids.other, reason: '  ' } }),
    ],
    [
      'addHouseholdMember',
      'input.reason',
      () => ADD,
      (ids: Ids) => ({ household: ids.household, input: { ...spouseInput('EMPLOYED'), reason: '' } }),
    ],
    ['removeHouseholdMember', 'reason', () => REMOVE, (ids: Ids) => ({ id: ids.member, reason: ' ' })],
    ['updateHouseholdMember (a new role)', 'input.reason', () => UPDATE, (ids: Ids) => ({ id: ids.member, input: { role: 'OTHER' } })],
  ])('refuses %s without a reason, naming %s, and writes nothing', async (_what, field, operation, variables) => {
    const h = householdId('REASON');
    const person = await register(h, 'HEAD', '1965-01-01', 'MALE');
    const added = await stack.query<{ addHouseholdMember: { id: string } }>(
      ADD,
      { household: h, input: spouseInput('UNEMPLOYED') },
      'labor',
    );
    const ids: Ids = { household: h, person, member: added.data!.addHouseholdMember.id, other: householdId('ELSEWHERE') };
    const before = (await household(h)).data!.household!;
    const flagsBefore = await flags(person);
    const res = await stack.query(operation(), variables(ids), 'labor');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await household(h)).data!.household).toEqual(before);
    expect(await flags(person)).toEqual(flagsBefore);
  });

  it("keeps another county's token out: it can neither read nor change the household", async () => {
    const h = householdId('COUNTY');
    const person = await register(h, 'HEAD', '1966-01-01', 'MALE');
    const added = await stack.query<{ addHouseholdMember: { id: string } }>(ADD, { household: h, input: spouseInput('EMPLOYED') }, 'labor');
    const member = added.data!.addHouseholdMember.id;
    const before = (await household(h)).data!.household!;

    expect((await household(h, OTHER_COUNTY_CLERK)).data?.household).toBeNull();
    const attempts = [
      stack.query(ADD, { household: h, input: { ...spouseInput('EMPLOYED'), role: 'OTHER' } }, OTHER_COUNTY_CLERK),
      stack.query(UPDATE, { id: member, input: { situation: 'UNEMPLOYED' } }, OTHER_COUNTY_CLERK),
      stack.query(REMOVE, { id: member, reason: '迁出' }, OTHER_COUNTY_CLERK),
      stack.query(CORRECT, { person, input: { householdId: null, reason: '户籍登记有误' } }, OTHER_COUNTY_CLERK),
    ];
    for (const res of await Promise.all(attempts)) expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await household(h)).data!.household).toEqual(before);
  });

  it('takes a roster member off the roster when they register into the same household, and records both in the history', async () => {
    const h = householdId('JOIN');
    const head = await register(h, 'HEAD', '1964-04-04', 'MALE');
    const idNumber = makeResidentId('320803', '1966-06-06', 622);
    const input = { name: '刘秀英', idNumber, role: 'SPOUSE', situation: 'UNEMPLOYED', reason: '入户调查' };
    const added = await stack.query<{ addHouseholdMember: { id: string } }>(ADD, { household: h, input }, 'labor');
    expect(added.errors).toBeUndefined();
    const registration = { name: '刘秀英', idNumber, countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn: '2003-08-01' };
    const elsewhere = await stack.query(REGISTER, { input: { ...registration, householdId: householdId('ELSEWHERE') } }, 'labor');
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
    const res = await stack.query<{ registerPerson: { id: string } }>(
      REGISTER,
      { input: { ...registration, householdId: h, householdRole: 'SPOUSE' } },
      'labor',
    );
    expect(res.errors?.[0]?.message).toBeUndefined();
    const wife = res.data!.registerPerson.id;
    const view = (await household(h)).data!.household!;
    expect(view.roster.map((r) => [r.registered, r.role])).toEqual([
      [true, 'HEAD'],
      [true, 'SPOUSE'],
    ]);
    expect(view.history.slice(0, 2)).toEqual([
      expect.objectContaining({ personId: wife, toRole: 'SPOUSE', reason: 'registration', changedOn: '2003-08-01' }),
      expect.objectContaining({ memberId: added.data!.addHouseholdMember.id, toHouseholdId: null, reason: `registered as person ${wife}` }),
    ]);
    expect(await flags(head)).toMatchObject({ doubleUnemployed: true });
  });

  it('hides the names, birth dates and ID numbers of roster members without pii:read', async () => {
    const h = householdId('PII');
    await register(h, 'HEAD', '1963-01-01', 'MALE');
    const idNumber = makeResidentId('320803', '1990-09-01', 512);
    const child = { name: '陈小红', idNumber, role: 'OTHER', situation: 'STUDENT', reason: '入户调查' };
    const added = await stack.query<{ addHouseholdMember: { gender: string; birthYear: number } }>(
      ADD,
      { household: h, input: child },
      'labor',
    );
    expect(added.errors).toBeUndefined();
    // Gender and birth date come from the ID number, as at registration.
    expect(added.data!.addHouseholdMember).toMatchObject({ gender: 'FEMALE', birthYear: 1990 });

    const full = (await household(h)).data!.household!.roster.find((r) => !r.registered)!.member!;
    expect(full).toMatchObject({ name: '陈小红', birthDate: '1990-09-01', idNumber, birthYear: 1990, gender: 'FEMALE' });

    const res = await household(h, READER_WITHOUT_PII);
    const masked = res.data!.household!.roster.find((r) => !r.registered)!.member!;
    expect(masked).toMatchObject({ name: null, birthDate: null, birthYear: 1990, gender: 'FEMALE' });
    expect(masked.idNumber).not.toBe(idNumber);
    expect(masked.idNumber).toMatch(/^320803\*+/);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses a bad ID number, a second spouse, and a registrant put on a roster, each naming the field', async () => {
    const h = householdId('RULES');
    const head = await register(h, 'HEAD', '1961-01-01', 'MALE');
    await register(h, 'SPOUSE', '1963-01-01', 'FEMALE');
    const badId = await stack.query(
      ADD,
      { household: h, input: { ...spouseInput('EMPLOYED'), role: 'OTHER', idNumber: '110105194912310021' } },
      'labor',
    );
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    const second = await stack.query(ADD, { household: h, input: spouseInput('EMPLOYED') }, 'labor');
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.role' });
    const noHousehold = await stack.query(ADD, { household: householdId('NOBODY'), input: spouseInput('EMPLOYED') }, 'labor');
    expect(noHousehold.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    // A registrant joins a household through correctHousehold, never through the roster.
    const registrant = makeResidentId('320803', '1970-10-10', 733);
    await stack.query(
      REGISTER,
      { input: { name: '吴建军', idNumber: registrant, countyCode: COUNTY, category: 'SOE_UNEMPLOYED', registeredOn: '2003-07-01' } },
      'labor',
    );
    const onRoster = await stack.query(
      ADD,
      { household: h, input: { name: '吴建军', idNumber: registrant, role: 'OTHER', situation: 'UNEMPLOYED', reason: '入户调查' } },
      'labor',
    );
    expect(onRoster.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
    // Nor does a registration take a roster member's ID number by correction.
    const rosterId = makeResidentId('320803', '1985-05-05', 811);
    const child = { name: '陈伟', idNumber: rosterId, role: 'OTHER', situation: 'EMPLOYED', reason: '入户调查' };
    expect((await stack.query(ADD, { household: h, input: child }, 'labor')).errors).toBeUndefined();
    const taken = await stack.query(
      'mutation($id: ID!, $input: CorrectPersonInput!) { correctPerson(id: $id, input: $input) { id } }',
      {
        id: head,
        input: { idNumber: rosterId },
      },
      'labor',
    );
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
    const nothing = await stack.query(CORRECT, { person: head, input: { householdId: h, role: 'HEAD', reason: '核对' } }, 'labor');
    expect(nothing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
  });
});

interface Ids {
  household: string;
  person: string;
  member: string;
  other: string;
}
