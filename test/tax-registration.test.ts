import { makeCreditCode } from '../shared/checksums';
import { commerceBusiness } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * 税务登记: tax keeps its own registration of each taxpayer with 国税 and 地税, and relief
 * of an individual business finds the holder's registration (named by taxpayerCreditCode,
 * or the holder's only one); every refusal names its field and writes nothing.
 */
const REGISTER = `mutation R($input: RegisterTaxpayerInput!) {
  registerTaxpayer(input: $input) { id creditCode office kind industry registeredOn countyCode owner { id } }
}`;
const REGISTRATIONS =
  'query E($code: ID!) { enterprise(creditCode: $code) { creditCode taxRegistrations { office kind industry registeredOn owner { id } } } }';
const RELIEFS = 'query P($id: ID!) { person(id: $id) { taxReliefs { id taxType } } }';
const OTHER_COUNTY_CLERK = { sub: 'huaiyin-tax', dept: 'tax', scope: 'tax:write', county: '320804' } as const;

describe('tax: taxpayer registration and the registration relief rests on', () => {
  let stack: Stack;
  let serial = 8_000_000;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function holder(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '刘建军',
          idNumber: freshIdNumber('1956-05-06', 'MALE'),
          countyCode: '320803',
          category: 'SOE_UNEMPLOYED',
          registeredOn: '2003-02-01',
        },
      },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    await stack.syncFeeds();
    return { personId, number: issued.data!.issueCertificate.number };
  }

  /** A registration of the holder's business: commerce's entry for it unless `extra` names a code. */
  const individual = async (h: { personId: string; number: string }, extra: Record<string, unknown> = {}) => ({
    creditCode: 'creditCode' in extra ? String(extra.creditCode) : await commerceBusiness(stack, h.personId, { industry: 'REPAIR' }),
    office: 'LOCAL',
    kind: 'INDIVIDUAL_BUSINESS',
    industry: 'REPAIR',
    registeredOn: '2003-04-01',
    countyCode: '320803',
    ownerCertificateNumber: h.number,
    ...extra,
  });
  const register = (input: Record<string, unknown>, caller: Parameters<Stack['query']>[2] = 'tax') =>
    stack.query<{ registerTaxpayer: { id: string; creditCode: string; owner: { id: string } | null } }>(REGISTER, { input }, caller);
  const grant = (certificateNumber: string, extra: Record<string, unknown> = {}, caller: Parameters<Stack['query']>[2] = 'tax') =>
    stack.query(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber,
          taxType: 'BUSINESS_TAX',
          amount: '150.00',
          periodStart: '2003-09-01',
          periodEnd: '2003-12-31',
          ...extra,
        },
      },
      caller,
    );

  function expectRefused(response: GraphQLResponse<unknown>, field: string, message?: RegExp): void {
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message) expect(response.errors?.[0].message).toMatch(message);
  }

  async function reliefCount(personId: string): Promise<number> {
    const { data } = await stack.query<{ person: { taxReliefs: unknown[] } }>(RELIEFS, { id: personId });
    return data!.person.taxReliefs.length;
  }

  it("registers commerce's individual business with both offices, shown on the enterprise", async () => {
    const h = await holder();
    const opened = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
      contractOperation('RegisterIndividualBusiness'),
      {
        input: { ownerId: h.personId, name: '刘记修车', industry: 'REPAIR', countyCode: '320803', registeredOn: '2003-04-01' },
      },
      'commerce',
    );
    const creditCode = opened.data!.registerIndividualBusiness.creditCode;
    await stack.syncFeeds();
    for (const office of ['STATE', 'LOCAL']) {
      const registered = await register(await individual(h, { creditCode, office }));
      expect(registered.errors).toBeUndefined();
      expect(registered.data!.registerTaxpayer).toMatchObject({ creditCode, owner: { id: h.personId } });
    }
    const { data, errors } = await stack.query<{ enterprise: { taxRegistrations: unknown[] } }>(REGISTRATIONS, { code: creditCode });
    expect(errors).toBeUndefined();
    expect(data!.enterprise.taxRegistrations).toEqual([
      { office: 'LOCAL', kind: 'INDIVIDUAL_BUSINESS', industry: 'REPAIR', registeredOn: '2003-04-01', owner: { id: h.personId } },
      { office: 'STATE', kind: 'INDIVIDUAL_BUSINESS', industry: 'REPAIR', registeredOn: '2003-04-01', owner: { id: h.personId } },
    ]);
    expect(await grant(h.number)).toMatchObject({ data: { grantTaxRelief: { taxType: 'BUSINESS_TAX' } } });
    // The business's own relief is on its Enterprise dossier, not only on the owner's Person.
    const dossier = await stack.query<{ enterprise: { taxReliefs: unknown[] } }>(
      'query D($code: ID!) { enterprise(creditCode: $code) { taxReliefs { taxType periodStart periodEnd amount } } }',
      { code: creditCode },
    );
    expect(dossier.errors).toBeUndefined();
    expect(dossier.data!.enterprise.taxReliefs).toEqual([
      { taxType: 'BUSINESS_TAX', periodStart: '2003-09-01', periodEnd: '2003-12-31', amount: '150.00' },
    ]);
  });

  it('refuses bad registrations, naming the field', async () => {
    const h = await holder();
    const good = await individual(h);
    const badCheck = `${good.creditCode.slice(0, 17)}${good.creditCode.endsWith('0') ? '1' : '0'}`;
    expectRefused(await register({ ...good, creditCode: badCheck }), 'input.creditCode', /check character/);
    expectRefused(await register({ ...good, creditCode: makeCreditCode('1', '320803', (serial += 1)) }), 'input.creditCode', /starting 92/);
    expectRefused(await register({ ...good, ownerCertificateNumber: null }), 'input.ownerCertificateNumber', /required/);
    expectRefused(await register({ ...good, ownerCertificateNumber: '3208032003999999' }), 'input.ownerCertificateNumber', /unknown here/);
    expectRefused(
      await register({ ...good, kind: 'ENTERPRISE', creditCode: makeCreditCode('1', '320803', (serial += 1)) }),
      'input.ownerCertificateNumber',
    );
    expectRefused(await register({ ...good, countyCode: '320899' }), 'input.countyCode');
    expectRefused(await register({ ...good, registeredOn: '2003-08-16' }), 'input.registeredOn', /future/);
    expect((await register({ ...good, registeredOn: '2003-08-15' })).errors).toBeUndefined();
    expect((await register({ ...good, registeredOn: '2003-08-15' })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    const other = await holder();
    expectRefused(
      await register({ ...good, office: 'STATE', ownerCertificateNumber: other.number }),
      'input.ownerCertificateNumber',
      /another owner/,
    );
  });

  it("finds the holder's only business, asks to name one of several, and refuses another's", async () => {
    const h = await holder();
    expectRefused(await grant(h.number), 'input.taxpayerCreditCode', /no individual business registered/);
    const first = (await register(await individual(h))).data!.registerTaxpayer.creditCode;
    const second = (await register(await individual(h))).data!.registerTaxpayer.creditCode;
    expectRefused(await grant(h.number), 'input.taxpayerCreditCode', /2 individual businesses: name one/);
    const stranger = await holder();
    const theirs = (await register(await individual(stranger))).data!.registerTaxpayer.creditCode;
    expectRefused(
      await grant(h.number, { taxpayerCreditCode: theirs }),
      'input.taxpayerCreditCode',
      /not an individual business of the holder/,
    );
    expectRefused(
      await grant(h.number, { taxpayerCreditCode: makeCreditCode('2', '320803', (serial += 1)) }),
      'input.taxpayerCreditCode',
      /no tax registration/,
    );
    expect(await reliefCount(h.personId)).toBe(0);
    expect((await grant(h.number, { taxpayerCreditCode: second })).errors).toBeUndefined();
    expect((await grant(h.number, { taxpayerCreditCode: first, taxType: 'INDIVIDUAL_INCOME_TAX' })).errors).toBeUndefined();
    expect(await reliefCount(h.personId)).toBe(2);
  });

  it('relieves business tax only on a registration with 地税, which collects it', async () => {
    const h = await holder();
    const state = await register(await individual(h, { office: 'STATE' }));
    expectRefused(await grant(h.number), 'input.taxpayerCreditCode', /not registered with 地税/);
    const local = await register(await individual(h, { office: 'LOCAL', creditCode: state.data!.registerTaxpayer.creditCode }));
    expect(local.errors).toBeUndefined();
    expect((await grant(h.number)).errors).toBeUndefined();
  });

  it('refuses a clerk of another county, writing nothing', async () => {
    const h = await holder();
    expect((await register(await individual(h), OTHER_COUNTY_CLERK)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await register(await individual(h))).errors).toBeUndefined();
    // Another county's certificate is unknown to the clerk, as one labor never notified.
    expect((await grant(h.number, {}, OTHER_COUNTY_CLERK)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.certificateNumber',
    });
    expect(await reliefCount(h.personId)).toBe(0);
    expect((await grant(h.number)).errors).toBeUndefined();
  });
});
