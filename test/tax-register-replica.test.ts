import { makeCreditCode } from '../shared/checksums';
import { RegisterReplica } from '../subgraphs/tax/src/register-replica/register-replica.entity';
import { TaxRegistration } from '../subgraphs/tax/src/taxpayer/tax-registration.entity';
import { Industry, TaxOffice, TaxpayerKind } from '../subgraphs/tax/src/taxpayer/taxpayer.enums';
import { commerceBusiness } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * Tax registers, and relieves, an individual business only as commerce registered it: the
 * entry must be in tax's copy of commerce's register feed, as an individual business of the
 * certificate's holder. Refusals name the credit code field and the rule, and write nothing.
 */
const REGISTER = `mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode owner { id } } }`;
const REPLICA_COUNTY = '320829';

describe("tax: an individual business as commerce's register records it", () => {
  let stack: Stack;
  let serial = 9_100_000;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function holder(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '吴桂英',
          idNumber: freshIdNumber(),
          countyCode: REPLICA_COUNTY,
          category: 'SOE_LAID_OFF',
          registeredOn: '2003-03-01',
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

  const register = (creditCode: string, ownerCertificateNumber: string) =>
    stack.query<{ registerTaxpayer: { creditCode: string; owner: { id: string } } }>(
      REGISTER,
      {
        input: {
          creditCode,
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'CATERING',
          registeredOn: '2003-04-01',
          countyCode: REPLICA_COUNTY,
          ownerCertificateNumber,
        },
      },
      'tax',
    );
  const grant = (certificateNumber: string, taxpayerCreditCode?: string) =>
    stack.query(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber,
          taxpayerCreditCode,
          taxType: 'BUSINESS_TAX',
          amount: '120.00',
          periodStart: '2003-09-01',
          periodEnd: '2003-12-31',
        },
      },
      'tax',
    );
  const business = (ownerId: string) => commerceBusiness(stack, ownerId, { countyCode: REPLICA_COUNTY });
  const registrations = (creditCode: string) => stack.subgraphs.tax.db.getRepository(TaxRegistration).countBy({ creditCode });

  function expectNotRegistered(response: GraphQLResponse<unknown>, field: string, message: RegExp): void {
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, rule: 'NOT_REGISTERED_BY_COMMERCE' });
    expect(response.errors?.[0].message).toMatch(message);
  }

  it('registers and relieves the business commerce registered to the holder', async () => {
    const h = await holder();
    const creditCode = await business(h.personId);
    const registered = await register(creditCode, h.number);
    expect(registered.errors).toBeUndefined();
    expect(registered.data!.registerTaxpayer).toEqual({ creditCode, owner: { id: h.personId } });
    expect((await grant(h.number)).errors).toBeUndefined();
  });

  it('refuses a business commerce never registered, and one not yet synced until the feed carries it', async () => {
    const h = await holder();
    const unknown = makeCreditCode('2', REPLICA_COUNTY, (serial += 1));
    expectNotRegistered(await register(unknown, h.number), 'input.creditCode', /commerce has not registered .* was synced \d+ s ago/);
    expect(await registrations(unknown)).toBe(0);

    const opened = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
      contractOperation('RegisterIndividualBusiness'),
      { input: { ownerId: h.personId, name: '吴记面馆', industry: 'CATERING', countyCode: REPLICA_COUNTY, registeredOn: '2003-04-01' } },
      'commerce',
    );
    const creditCode = opened.data!.registerIndividualBusiness.creditCode;
    expectNotRegistered(await register(creditCode, h.number), 'input.creditCode', /has not registered/);
    await stack.syncFeeds();
    expect((await register(creditCode, h.number)).errors).toBeUndefined();
  });

  it('refuses a business commerce registered to another owner', async () => {
    const owner = await holder();
    const stranger = await holder();
    const creditCode = await business(owner.personId);
    expectNotRegistered(await register(creditCode, stranger.number), 'input.creditCode', /to another owner/);
    expect(await registrations(creditCode)).toBe(0);
  });

  it('refuses relief of a tax registration that commerce does not back', async () => {
    const h = await holder();
    // A registration made before tax checked commerce's register (no such entry at commerce).
    const creditCode = makeCreditCode('2', REPLICA_COUNTY, (serial += 1));
    await stack.subgraphs.tax.db.getRepository(TaxRegistration).insert({
      creditCode,
      office: TaxOffice.LOCAL,
      kind: TaxpayerKind.INDIVIDUAL_BUSINESS,
      industry: Industry.CATERING,
      registeredOn: '2003-04-01',
      countyCode: REPLICA_COUNTY,
      ownerId: Number(h.personId),
    });
    expectNotRegistered(await grant(h.number, creditCode), 'input.taxpayerCreditCode', /commerce has not registered/);
    const { data } = await stack.query<{ person: { taxReliefs: unknown[] } }>('query($id: ID!) { person(id: $id) { taxReliefs { id } } }', {
      id: h.personId,
    });
    expect(data!.person.taxReliefs).toEqual([]);
  });
});

describe("tax: the demo world's individual businesses are commerce's", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it("finds every demo individual taxpayer in tax's copy of commerce's register, with the same owner", async () => {
    const db = stack.subgraphs.tax.db;
    const taxpayers = await db.getRepository(TaxRegistration).findBy({ kind: TaxpayerKind.INDIVIDUAL_BUSINESS });
    expect(taxpayers.length).toBeGreaterThan(0);
    const register = new Map((await db.getRepository(RegisterReplica).find()).map((e) => [e.creditCode, e]));
    const unmatched = taxpayers.filter((t) => {
      const entry = register.get(t.creditCode);
      return !entry || entry.kind !== 'INDIVIDUAL_BUSINESS' || entry.ownerId !== t.ownerId;
    });
    expect(unmatched.map((t) => t.creditCode)).toEqual([]);
  });
});
