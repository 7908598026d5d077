import { makeCreditCode, makeRegistrationNumber, parseCreditCode } from '../shared/checksums';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * 企业登记 of kinds other than individual businesses: credit codes assigned or carried over
 * from migrated records (GB 32100 check), historical 15-digit registration numbers
 * (ISO 7064 MOD 11,10), and the employee counts commerce keeps for the statistics.
 */
const REGISTER = `mutation Register($input: RegisterEnterpriseInput!) {
  registerEnterprise(input: $input) { creditCode registrationNumber name kind industry registeredOn employeeCount county { code } }
}`;
const UPDATE = `mutation Update($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { creditCode employeeCount } }`;
const LOOKUP = `query Lookup($code: ID!) { enterprise(creditCode: $code) { creditCode employeeCount } }`;

type Registered = { registerEnterprise: Record<string, unknown> & { creditCode: string } };

/** A code with one character replaced (used to break check characters). */
const replaceAt = (code: string, index: number, ch: string) => code.slice(0, index) + ch + code.slice(index + 1);

describe('commerce: the enterprise register', () => {
  let stack: Stack;
  let serial = 7_000;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const enterprise = (extra: Record<string, unknown> = {}) => ({
    input: {
      name: '淮安楚州食品有限公司',
      kind: 'PRIVATE_ENTERPRISE',
      industry: 'MANUFACTURING',
      countyCode: '320803',
      registeredOn: '2003-06-02',
      employeeCount: 25,
      ...extra,
    },
  });
  const migratedCode = () => makeCreditCode('1', '320803', (serial += 1));
  const onRegister = async (code: string) => (await stack.query<{ enterprise: unknown }>(LOOKUP, { code })).data?.enterprise ?? null;

  it('assigns a valid enterprise credit code (91…) to a new entry', async () => {
    const { data, errors } = await stack.query<Registered>(REGISTER, enterprise(), 'commerce');
    expect(errors).toBeUndefined();
    const code = data!.registerEnterprise.creditCode;
    expect(code).toMatch(/^91320803/);
    expect(parseCreditCode(code)).toEqual({ ok: true, code });
    expect(data!.registerEnterprise).toMatchObject({
      kind: 'PRIVATE_ENTERPRISE',
      employeeCount: 25,
      registrationNumber: null,
      county: { code: '320803' },
    });
  });

  it('keeps the credit code and registration number a migrated record brings', async () => {
    const creditCode = migratedCode();
    const registrationNumber = makeRegistrationNumber('320803', 424_242);
    const { data, errors } = await stack.query<Registered>(
      REGISTER,
      enterprise({ creditCode: creditCode.toLowerCase(), registrationNumber, kind: 'COLLECTIVE' }),
      'commerce',
    );
    expect(errors).toBeUndefined();
    expect(data!.registerEnterprise).toMatchObject({ creditCode, registrationNumber, kind: 'COLLECTIVE' });

    // The dossier joins the new entry with tax and labor (nothing there yet).
    const dossier = await stack.query<{ enterprise: Record<string, unknown> }>(contractOperation('EnterpriseDossier'), { creditCode });
    expect(dossier.errors).toBeUndefined();
    expect(dossier.data!.enterprise).toMatchObject({
      creditCode,
      kind: 'COLLECTIVE',
      county: { code: '320803', name: '楚州区' },
      owner: null,
      taxReliefs: [],
      hires: [],
    });
  });

  const valid = makeCreditCode('1', '320803', 8_888);
  it.each([
    ['a wrong check character', replaceAt(valid, 17, valid[17] === '0' ? '1' : '0'), /check character does not match/],
    ['a letter outside the alphabet (O)', replaceAt(valid, 17, 'O'), /other than I, O, S, V, Z/],
    ['a broken organisation code', replaceAt(valid, 16, valid[16] === '0' ? '1' : '0'), /organisation code fails its check/],
    ['17 characters', valid.slice(0, 17), /must be 18 characters/],
    ['an individual-business code (92…)', makeCreditCode('2', '320803', 8_889), /beginning 91/],
  ])('refuses a credit code with %s, writing nothing', async (_case, creditCode, reason) => {
    const refused = await stack.query(REGISTER, enterprise({ creditCode }), 'commerce');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditCode' });
    expect(refused.errors?.[0].message).toMatch(reason);
    expect(await onRegister(creditCode)).toBeNull();
  });

  it('refuses a registration number with a wrong check digit or length', async () => {
    const good = makeRegistrationNumber('320803', 515_151);
    const badDigit = replaceAt(good, 14, String((Number(good[14]) + 1) % 10));
    const creditCode = migratedCode();
    for (const [registrationNumber, reason] of [
      [badDigit, /MOD 11,10/],
      [good.slice(0, 14), /15 digits/],
    ] as const) {
      const refused = await stack.query(REGISTER, enterprise({ creditCode, registrationNumber }), 'commerce');
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registrationNumber' });
      expect(refused.errors?.[0].message).toMatch(reason);
    }
    expect(await onRegister(creditCode)).toBeNull();
    expect((await stack.query(REGISTER, enterprise({ creditCode, registrationNumber: good }), 'commerce')).errors).toBeUndefined();
  });

  it('refuses a code or registration number already on the register as CONFLICT', async () => {
    const creditCode = migratedCode();
    const registrationNumber = makeRegistrationNumber('320803', 616_161);
    expect((await stack.query(REGISTER, enterprise({ creditCode, registrationNumber }), 'commerce')).errors).toBeUndefined();
    const sameCode = await stack.query(REGISTER, enterprise({ creditCode }), 'commerce');
    expect(sameCode.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const sameNumber = await stack.query(REGISTER, enterprise({ registrationNumber }), 'commerce');
    expect(sameNumber.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    ['input.kind', { kind: 'INDIVIDUAL_BUSINESS' }],
    ['input.employeeCount', { employeeCount: -1 }],
    ['input.employeeCount', { employeeCount: 1_000_001 }],
    ['input.registeredOn', { registeredOn: '2003-08-16' }],
    ['input.ownerId', { ownerId: 'x1' }],
  ])('refuses bad input naming %s', async (field, extra) => {
    const creditCode = migratedCode();
    const refused = await stack.query(REGISTER, enterprise({ creditCode, ...extra }), 'commerce');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await onRegister(creditCode)).toBeNull();
  });

  it('accepts the limits themselves: no employees, a million, registration today', async () => {
    for (const extra of [{ employeeCount: 0 }, { employeeCount: 1_000_000, registeredOn: '2003-08-15' }]) {
      expect((await stack.query(REGISTER, enterprise(extra), 'commerce')).errors).toBeUndefined();
    }
  });

  it('updates the employee count forward in time only', async () => {
    const creditCode = migratedCode();
    await stack.query(REGISTER, enterprise({ creditCode, registeredOn: '2003-05-10', employeeCount: 30 }), 'commerce');
    const update = (employeeCount: number, effectiveOn?: string) =>
      stack.query(UPDATE, { input: { creditCode, employeeCount, effectiveOn } }, 'commerce');

    expect((await update(34, '2003-07-01')).data).toEqual({ updateEmployeeCount: { creditCode, employeeCount: 34 } });
    for (const [count, on, field] of [
      [35, '2003-06-30', 'input.effectiveOn'], // before the last recorded count
      [35, '2003-05-09', 'input.effectiveOn'], // before registration
      [35, '2003-08-16', 'input.effectiveOn'], // in the future
      [-3, '2003-08-01', 'input.employeeCount'],
    ] as const) {
      expect((await update(count, on)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await onRegister(creditCode)).toEqual({ creditCode, employeeCount: 34 });
    // Same day as the last count, and the business date by default.
    expect((await update(36, '2003-07-01')).errors).toBeUndefined();
    expect((await update(0)).data).toEqual({ updateEmployeeCount: { creditCode, employeeCount: 0 } });
  });

  it('refuses an unknown entry, other departments, and other counties', async () => {
    const unknown = await stack.query(UPDATE, { input: { creditCode: migratedCode(), employeeCount: 3 } }, 'commerce');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const { data } = await stack.query<Registered>(REGISTER, enterprise(), 'commerce');
    const creditCode = data!.registerEnterprise.creditCode;
    expect((await stack.query(UPDATE, { input: { creditCode, employeeCount: 3 } }, 'labor')).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const elsewhere = { sub: 'xuyi-clerk', dept: 'commerce' as const, scope: 'commerce:write', county: '320830' };
    expect((await stack.query(UPDATE, { input: { creditCode, employeeCount: 3 } }, elsewhere)).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await stack.query(REGISTER, enterprise(), elsewhere)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
