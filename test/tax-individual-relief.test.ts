import { commerceBusiness } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * Tax relief of a certificate holder's individual business (财税[2002]208号) through the
 * gateway: four tax types, three years from the tax registration, inside 2003–2005, no
 * excluded trade, no overlap; every refusal names its field and writes nothing.
 */
const REGISTER = `mutation R($input: RegisterTaxpayerInput!) {
  registerTaxpayer(input: $input) { id creditCode office kind industry registeredOn owner { id } }
}`;
const RELIEFS = 'query P($id: ID!) { person(id: $id) { taxReliefs { id taxType periodStart periodEnd amount } } }';
const EXCLUDED = ['CONSTRUCTION', 'ENTERTAINMENT', 'ADVERTISING', 'SAUNA', 'MASSAGE', 'INTERNET_CAFE', 'OXYGEN_BAR'];

interface Holder {
  personId: string;
  number: string;
  creditCode: string;
}
type Granted = GraphQLResponse<{ grantTaxRelief: { id: string; taxType: string; amount: string } }>;

describe('tax: relief of an individual business', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function certified(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '陈海燕', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-03-01' },
      },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    return { personId, number: issued.data!.issueCertificate.number };
  }

  /** The person's business as commerce registered it, then registered for tax (tax registers only what commerce did). */
  const registerBusiness = async (person: { personId: string; number: string }, registeredOn: string, industry = 'CATERING') =>
    stack.query<{ registerTaxpayer: { creditCode: string } }>(
      REGISTER,
      {
        input: {
          creditCode: await commerceBusiness(stack, person.personId, { registeredOn, industry }),
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry,
          registeredOn,
          countyCode: '320803',
          ownerCertificateNumber: person.number,
        },
      },
      'tax',
    );

  /** A certified person whose catering business registered with 地税 on `registeredOn`. */
  async function holder(registeredOn = '2003-03-01'): Promise<Holder> {
    const person = await certified();
    await stack.syncFeeds();
    const registered = await registerBusiness(person, registeredOn);
    expect(registered.errors).toBeUndefined();
    return { ...person, creditCode: registered.data!.registerTaxpayer.creditCode };
  }

  const grant = (input: Record<string, unknown>): Promise<Granted> => stack.query(contractOperation('GrantTaxRelief'), { input }, 'tax');
  const business = (number: string, extra: Record<string, unknown> = {}) =>
    grant({
      certificateNumber: number,
      taxType: 'BUSINESS_TAX',
      amount: '300.00',
      periodStart: '2003-09-01',
      periodEnd: '2003-12-31',
      ...extra,
    });

  async function reliefsOf(personId: string): Promise<{ taxType: string; periodStart: string; periodEnd: string }[]> {
    const { data } = await stack.query<{ person: { taxReliefs: { taxType: string; periodStart: string; periodEnd: string }[] } }>(RELIEFS, {
      id: personId,
    });
    return data!.person.taxReliefs;
  }

  function expectRefused(response: GraphQLResponse<unknown>, field: string, message?: RegExp): void {
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message) expect(response.errors?.[0].message).toMatch(message);
  }

  it('relieves the four taxes of an individual business and refuses enterprise income tax', async () => {
    const h = await holder();
    for (const taxType of ['BUSINESS_TAX', 'CITY_CONSTRUCTION_TAX', 'EDUCATION_SURCHARGE', 'INDIVIDUAL_INCOME_TAX']) {
      const granted = await business(h.number, { taxType });
      expect(granted.errors).toBeUndefined();
      expect(granted.data!.grantTaxRelief).toMatchObject({ taxType, amount: '300.00' });
    }
    expectRefused(
      await business(h.number, { taxType: 'ENTERPRISE_INCOME_TAX', periodStart: '2004-01-01', periodEnd: '2004-06-30' }),
      'input.taxType',
    );
    expect(await reliefsOf(h.personId)).toHaveLength(4);
  });

  it('runs three years from the tax registration: the last day passes, the day after fails', async () => {
    const h = await holder('2002-06-10');
    const late = await business(h.number, { periodStart: '2003-09-01', periodEnd: '2005-06-10' });
    expectRefused(late, 'input.periodEnd', /2005-06-09/);
    expect(await reliefsOf(h.personId)).toEqual([]);
    expect((await business(h.number, { periodStart: '2003-09-01', periodEnd: '2005-06-09' })).errors).toBeUndefined();
  });

  it('starts no earlier than the tax registration', async () => {
    // Registered on the certificate's issue date (the stack's business date): the registration is the later bound.
    const h = await holder('2003-08-15');
    expectRefused(
      await business(h.number, { periodStart: '2003-08-14', periodEnd: '2003-12-31' }),
      'input.periodStart',
      /tax registration/,
    );
    expect((await business(h.number, { periodStart: '2003-08-15', periodEnd: '2003-12-31' })).errors).toBeUndefined();
  });

  it('starts no earlier than the certificate was issued, though the business registered before it', async () => {
    // Registered for tax on 2003-03-01; the certificate was issued on 2003-08-15 (the stack's business date).
    const h = await holder('2003-03-01');
    const early = await business(h.number, { periodStart: '2003-03-01', periodEnd: '2003-12-31' });
    expectRefused(early, 'input.periodStart', /before certificate \d{16} was issued \(2003-08-15\)/);
    expectRefused(await business(h.number, { periodStart: '2003-08-14', periodEnd: '2003-12-31' }), 'input.periodStart', /was issued/);
    expect(await reliefsOf(h.personId)).toEqual([]);
    const onIssue = await business(h.number, { periodStart: '2003-08-15', periodEnd: '2003-12-31' });
    expect(onIssue.errors).toBeUndefined();
    expect(await reliefsOf(h.personId)).toMatchObject([{ periodStart: '2003-08-15', periodEnd: '2003-12-31' }]);
  });

  it('keeps inside 2003-01-01 … 2005-12-31', async () => {
    const early = await holder('2002-01-15');
    expectRefused(
      await business(early.number, { periodStart: '2002-12-31', periodEnd: '2003-06-30' }),
      'input.periodStart',
      /2003-01-01 … 2005-12-31/,
    );
    // The window's first day is refused too, by the later issue date of the certificate (2003-08-15).
    expect((await business(early.number, { periodStart: '2003-08-15', periodEnd: '2003-12-31' })).errors).toBeUndefined();
    const late = await holder('2003-07-01');
    expectRefused(
      await business(late.number, { periodStart: '2005-07-01', periodEnd: '2006-01-01' }),
      'input.periodEnd',
      /2003-01-01 … 2005-12-31/,
    );
    expect((await business(late.number, { periodStart: '2005-07-01', periodEnd: '2005-12-31' })).errors).toBeUndefined();
  });

  it('refuses every excluded trade, naming the rule', async () => {
    const person = await certified();
    await stack.syncFeeds();
    for (const industry of EXCLUDED) {
      const registered = await registerBusiness(person, '2003-03-01', industry);
      expect(registered.errors).toBeUndefined();
      const refused = await business(person.number, { taxpayerCreditCode: registered.data!.registerTaxpayer.creditCode });
      expectRefused(refused, 'input.taxpayerCreditCode', new RegExp(`${industry}, excluded from relief`));
    }
    expect(await reliefsOf(person.personId)).toEqual([]);
  });

  it('refuses a period that overlaps relief of the same tax, and allows the next day or another tax', async () => {
    const h = await holder();
    expect((await business(h.number, { periodStart: '2003-09-01', periodEnd: '2003-10-31' })).errors).toBeUndefined();
    expectRefused(await business(h.number, { periodStart: '2003-10-31', periodEnd: '2003-12-31' }), 'input.periodStart', /overlaps/);
    expectRefused(await business(h.number, { periodStart: '2003-08-15', periodEnd: '2005-12-31' }), 'input.periodStart', /overlaps/);
    expect((await business(h.number, { periodStart: '2003-11-01', periodEnd: '2003-12-31' })).errors).toBeUndefined();
    expect(
      (await business(h.number, { taxType: 'INDIVIDUAL_INCOME_TAX', periodStart: '2003-09-01', periodEnd: '2003-09-30' })).errors,
    ).toBeUndefined();
    expect(await reliefsOf(h.personId)).toHaveLength(3);
  });

  it('refuses negative, zero and malformed amounts and malformed or unknown certificates', async () => {
    const h = await holder();
    expectRefused(await business(h.number, { amount: '-1.00' }), 'input.amount');
    expectRefused(await business(h.number, { amount: '0.00' }), 'input.amount');
    // The subgraph refuses the variable before any resolver runs (today the gateway wraps its 400 answer).
    const malformed = await business(h.number, { amount: '12.345' });
    expect(malformed.data?.grantTaxRelief ?? null).toBeNull();
    expect(JSON.stringify(malformed.errors)).toMatch(
      /BAD_USER_INPUT.*Money must be a decimal string|Money must be a decimal string.*BAD_USER_INPUT/,
    );
    expectRefused(await business('32080320030000X1'), 'input.certificateNumber', /16 digits/);
    expectRefused(await business('3208032003999999'), 'input.certificateNumber', /unknown here/);
    expect(await reliefsOf(h.personId)).toEqual([]);
    expect((await business(h.number, { amount: '0.01' })).errors).toBeUndefined();
  });

  it("answers a tax clerk's grant with the certificate's issue date, status and category from tax's replica", async () => {
    const h = await holder();
    // A clerk of tax only: labor's certificate fields need labor:read, tax's record of it does not.
    const clerk = { sub: 'tax-clerk-only', dept: 'tax', scope: 'tax:write', county: '320803' } as const;
    const granted = await stack.query<{
      grantTaxRelief: { id: string; certificate: { number: string }; certificateOnRecord: Record<string, string> };
    }>(
      `mutation G($input: GrantTaxReliefInput!) {
        grantTaxRelief(input: $input) { id certificate { number } certificateOnRecord { number issuedOn status category } }
      }`,
      {
        input: {
          certificateNumber: h.number,
          taxType: 'BUSINESS_TAX',
          amount: '300.00',
          periodStart: '2003-09-01',
          periodEnd: '2003-12-31',
        },
      },
      clerk,
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.grantTaxRelief).toMatchObject({
      certificate: { number: h.number },
      certificateOnRecord: { number: h.number, issuedOn: '2003-08-15', status: 'VALID', category: 'SOE_LAID_OFF' },
    });
    // Labor's own fields stay labor's: refused field by field, the grant's answer stands.
    const labors = await stack.query<{ taxRelief: { id: string; certificate: { issuedOn: string | null } } | null }>(
      'query T($id: ID!) { taxRelief(id: $id) { id certificate { issuedOn } } }',
      { id: granted.data!.grantTaxRelief.id },
      clerk,
    );
    expect(labors.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(labors.data!.taxRelief).toEqual({ id: granted.data!.grantTaxRelief.id, certificate: { issuedOn: null } });
    // Without tax's read scope the record is refused too.
    const commerce = await stack.query<{ taxRelief: unknown }>(
      'query T($id: ID!) { taxRelief(id: $id) { certificateOnRecord { issuedOn } } }',
      { id: granted.data!.grantTaxRelief.id },
      'commerce',
    );
    expect(commerce.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets exactly one of three concurrent identical grants through', async () => {
    const h = await holder();
    const results = await Promise.all([business(h.number), business(h.number), business(h.number)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors)) expectRefused(refused, 'input.periodStart', /overlaps/);
    expect(await reliefsOf(h.personId)).toHaveLength(1);
  });
});
