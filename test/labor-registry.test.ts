import { makeResidentId } from '../shared/checksums';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/** 下岗失业人员登记: ID-number rules, one person per number, and the derived hardship flags. */
describe('labor registry: registerPerson', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const base = { name: '王秀英', countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-20' };
  const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) {
    id idNumber gender birthDate category householdRole employmentStatus
    hardship { fortyFifty doubleLaidOff doubleUnemployed zeroEmploymentHousehold } } }`;
  type Registered = { registerPerson: Record<string, unknown> & { id: string; hardship: Record<string, boolean> } };
  const register = (input: Record<string, unknown>) => stack.query<Registered>(REGISTER, { input: { ...base, ...input } }, 'labor');

  async function registryCount(): Promise<number> {
    const res = await stack.query<{ persons: { edges: unknown[] } }>('{ persons(countyCode: "320803", first: 100) { edges { cursor } } }');
    return res.data!.persons.edges.length;
  }

  it('accepts the GB 11643-1999 example with a lower-case x, stores it upper-case and reads gender and birth date', async () => {
    const { data, errors } = await register({ idNumber: '11010519491231002x' });
    expect(errors).toBeUndefined();
    expect(data!.registerPerson).toMatchObject({
      idNumber: '11010519491231002X',
      gender: 'FEMALE',
      birthDate: '1949-12-31',
      employmentStatus: 'UNEMPLOYED',
    });
  });

  it('converts a 15-digit number to 18 digits, and then knows it as the same person', async () => {
    // GB 11643 conversion example: 19 inserted before the year, check character computed.
    const { data, errors } = await register({ idNumber: '130503670401001' });
    expect(errors).toBeUndefined();
    expect(data!.registerPerson).toMatchObject({ idNumber: '130503196704010016', gender: 'MALE', birthDate: '1967-04-01' });
    const again = await register({ idNumber: '130503196704010016' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
  });

  it.each([
    ['a wrong check character', '110105194912310021', /check character/],
    ['an impossible birth date', makeResidentId('320803', '1963-02-30', 12), /not a real date/],
    ['an unknown province prefix', makeResidentId('990803', '1963-02-03', 12), /province/],
    ['a birth date after the business date', makeResidentId('320803', '2003-09-01', 12), /out of range/],
    ['a 16-digit number', '3208031963020301', /18 characters/],
  ])('refuses %s naming input.idNumber and writes nothing', async (_what, idNumber, reason) => {
    const before = await registryCount();
    const { errors, data } = await register({ idNumber });
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    expect(errors?.[0].message).toMatch(reason);
    expect(await registryCount()).toBe(before);
  });

  it.each([
    ['input.name', { name: '  ' }],
    ['input.countyCode', { countyCode: '320500' }],
    ['input.registeredOn', { registeredOn: '2003-08-16' }],
    ['input.registeredOn', { idNumber: makeResidentId('320803', '1987-07-21', 12) }],
    ['input.householdRole', { householdRole: 'SPOUSE' }],
  ])('refuses a bad %s', async (field, input) => {
    const { errors } = await register({ idNumber: freshIdNumber(), ...input });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts the limits: registered on the business date, aged exactly 16', async () => {
    const { errors } = await register({ idNumber: makeResidentId('320803', '1987-08-15', 14), registeredOn: '2003-08-15' });
    expect(errors).toBeUndefined();
  });

  it('flags 4050 on the business date (2003-08-15): a woman of 40 and a man of 50, not a day younger', async () => {
    const woman40 = await register({ idNumber: freshIdNumber('1963-08-15', 'FEMALE') });
    const woman39 = await register({ idNumber: freshIdNumber('1963-08-16', 'FEMALE') });
    const man50 = await register({ idNumber: freshIdNumber('1953-08-15', 'MALE') });
    const man49 = await register({ idNumber: freshIdNumber('1953-08-16', 'MALE') });
    expect([woman40, woman39, man50, man49].map((r) => r.data!.registerPerson.hardship.fortyFifty)).toEqual([true, false, true, false]);
  });

  it('derives double laid-off for a couple of laid-off workers, and keeps one head and one spouse per household', async () => {
    const householdId = 'T-COUPLE-1';
    const head = await register({ idNumber: freshIdNumber('1965-01-01', 'MALE'), householdId, householdRole: 'HEAD' });
    expect(head.data!.registerPerson.hardship).toMatchObject({ doubleLaidOff: false, zeroEmploymentHousehold: true });
    const spouse = await register({ idNumber: freshIdNumber('1966-01-01', 'FEMALE'), householdId, householdRole: 'SPOUSE' });
    expect(spouse.data!.registerPerson.hardship).toMatchObject({ doubleLaidOff: true, doubleUnemployed: false });
    const headNow = await stack.query<{ person: { hardship: Record<string, boolean> } }>(
      'query($id: ID!) { person(id: $id) { hardship { doubleLaidOff } } }',
      { id: head.data!.registerPerson.id },
    );
    expect(headNow.data!.person.hardship.doubleLaidOff).toBe(true);

    const second = await register({ idNumber: freshIdNumber('1967-01-01', 'FEMALE'), householdId, householdRole: 'SPOUSE' });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.householdRole' });
    const elsewhere = await register({ idNumber: freshIdNumber('1980-01-01', 'FEMALE'), householdId, countyCode: '320804' });
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.householdId' });
    const child = await register({ idNumber: freshIdNumber('1984-01-01', 'MALE'), householdId, category: 'OTHER_UNEMPLOYED' });
    expect(child.data!.registerPerson).toMatchObject({
      householdRole: 'OTHER',
      hardship: { doubleLaidOff: false, doubleUnemployed: false },
    });
  });

  it('derives double unemployed for a couple without work who are not both laid-off', async () => {
    const householdId = 'T-COUPLE-2';
    await register({ idNumber: freshIdNumber('1970-01-01', 'MALE'), householdId, householdRole: 'HEAD', category: 'SOE_UNEMPLOYED' });
    const spouse = await register({ idNumber: freshIdNumber('1971-01-01', 'FEMALE'), householdId, householdRole: 'SPOUSE' });
    expect(spouse.data!.registerPerson.hardship).toMatchObject({
      doubleLaidOff: false,
      doubleUnemployed: true,
      zeroEmploymentHousehold: true,
    });
  });

  it('refuses a county-limited token outside its county', async () => {
    const caller = { sub: 'chuzhou-clerk', dept: 'labor' as const, scope: 'labor:write', county: '320804' };
    const { errors } = await stack.query(REGISTER, { input: { ...base, idNumber: freshIdNumber() } }, caller);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers the contract RegisterPerson operation', async () => {
    const { data, errors } = await stack.query<Registered>(
      contractOperation('RegisterPerson'),
      {
        input: { ...base, idNumber: freshIdNumber('1960-05-05', 'MALE'), category: 'SOE_CLOSURE_RESETTLED' },
      },
      'labor',
    );
    expect(errors).toBeUndefined();
    expect(data!.registerPerson).toMatchObject({ category: 'SOE_CLOSURE_RESETTLED', hardship: { fortyFifty: false } });
  });
});
