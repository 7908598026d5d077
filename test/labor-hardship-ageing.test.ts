import { refreshAgedHouseholds } from '../subgraphs/labor/src/person/hardship-refresh.service';
import { freshIdNumber } from './helpers/fixtures';
import { type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

/**
 * 动态管理 — the stored household flags follow the members' ages: the ageing refresh
 * (labor's periodic job, run here directly) recomputes the households whose members
 * entered or left working age since its last run, as of the new business date.
 */
const COUNTY = '320803';
const REGISTER = 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }';
const ADD =
  'mutation($household: ID!, $input: AddHouseholdMemberInput!) { addHouseholdMember(householdId: $household, input: $input) { id } }';
const FLAGS = 'query($id: ID!) { person(id: $id) { hardship { zeroEmploymentHousehold } } }';
const ZERO = `query { zeroEmploymentHouseholds(countyCode: "${COUNTY}", first: 100) { edges { node { id } } } }`;

describe('labor hardship ageing: household flags as the business date moves', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function register(householdId: string, birthDate: string, gender: 'MALE' | 'FEMALE'): Promise<string> {
    const input = {
      name: '王德胜',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: COUNTY,
      category: 'SOE_UNEMPLOYED',
      registeredOn: '2003-08-01',
      householdId,
      householdRole: 'HEAD',
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(REGISTER, { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }

  async function addToRoster(householdId: string, member: Record<string, string>): Promise<void> {
    const res = await stack.query(ADD, { household: householdId, input: { role: 'OTHER', reason: '入户调查', ...member } }, 'labor');
    expect(res.errors).toBeUndefined();
  }

  async function zeroEmployment(id: string): Promise<boolean> {
    const res = await stack.query<{ person: { hardship: { zeroEmploymentHousehold: boolean } } }>(FLAGS, { id }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.person.hardship.zeroEmploymentHousehold;
  }

  async function zeroHouseholds(): Promise<string[]> {
    const res = await stack.query<{ zeroEmploymentHouseholds: { edges: { node: { id: string } }[] } }>(ZERO, {}, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.zeroEmploymentHouseholds.edges.map((e) => e.node.id);
  }

  it('recomputes a household when its only working-age member retires and when a working boy turns 16', async () => {
    expect(TEST_BUSINESS_DATE).toBe('2003-08-15');
    // He turns 60 on 2003-08-20; his mother is retired: nobody of working age will be left.
    const retiring = 'T-HH-AGEING-RETIRE';
    const man = await register(retiring, '1943-08-20', 'MALE');
    await addToRoster(retiring, { name: '王老太', gender: 'FEMALE', birthDate: '1925-05-05', situation: 'RETIRED' });
    // Her son works already and turns 16 on 2003-08-22: from then on he counts, in work.
    const joining = 'T-HH-AGEING-SIXTEEN';
    const mother = await register(joining, '1965-01-01', 'FEMALE');
    await addToRoster(joining, { name: '王小军', gender: 'MALE', birthDate: '1987-08-22', situation: 'EMPLOYED' });

    expect(await zeroEmployment(man)).toBe(true);
    expect(await zeroEmployment(mother)).toBe(true);
    expect(await zeroHouseholds()).toEqual(expect.arrayContaining([retiring, joining]));

    // Up to the day before either birthday: nobody crossed a boundary, nothing changes.
    await refreshAgedHouseholds(stack.subgraphs.labor.db, '2003-08-19');
    expect(await zeroEmployment(man)).toBe(true);
    expect(await zeroEmployment(mother)).toBe(true);

    // Past both birthdays: both households are recomputed as of the new date.
    const run = await refreshAgedHouseholds(stack.subgraphs.labor.db, '2003-08-25');
    expect(run).toMatchObject({ from: '2003-08-19', to: '2003-08-25' });
    expect(run.households).toBeGreaterThanOrEqual(2);
    expect(await zeroEmployment(man)).toBe(false);
    expect(await zeroEmployment(mother)).toBe(false);
    const listed = await zeroHouseholds();
    expect(listed).not.toContain(retiring);
    expect(listed).not.toContain(joining);

    // Idempotent: the same days again cover nothing twice. On MariaDB two runs at once wait on
    // the state row (one SQLite data source shares one connection, so runs there never overlap).
    const db = stack.subgraphs.labor.db;
    const rerun = () => refreshAgedHouseholds(db, '2003-08-25');
    const again = db.options.type === 'mariadb' ? await Promise.all([rerun(), rerun()]) : [await rerun(), await rerun()];
    expect(again.map((r) => r.households)).toEqual([0, 0]);
    expect(await zeroEmployment(man)).toBe(false);
  });
});
