import { commerceBusiness } from './helpers/commerce-register';
import { contractOperation } from './helpers/operations';
import { freshIdNumber } from './helpers/fixtures';
import { type Stack, startStack } from './helpers/stack';

/**
 * The notice's core flow, one department after another, through the gateway: labor
 * registers and certifies, the feed carries the certificate, and tax, commerce and finance
 * grant their benefits on it; once revoked, they refuse new ones.
 */
describe('core flow across departments', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function registerAndCertify(): Promise<{ personId: string; number: string }> {
    const registered = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '王秀英', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-20' },
      },
      'labor',
    );
    expect(registered.errors).toBeUndefined();
    const personId = registered.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    expect(issued.errors).toBeUndefined();
    return { personId, number: issued.data!.issueCertificate.number };
  }

  /** Tax relief rests on the business's tax registration (税务登记), which tax keeps, of a business commerce registered. */
  async function registerForTax(number: string, creditCode: string): Promise<void> {
    const registered = await stack.query(
      'mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }',
      {
        input: {
          creditCode,
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'CATERING',
          registeredOn: '2003-08-15',
          countyCode: '320803',
          ownerCertificateNumber: number,
        },
      },
      'tax',
    );
    expect(registered.errors).toBeUndefined();
  }

  it('registers a person from a 15-digit ID number and derives gender, birth date and 4050', async () => {
    const { data, errors } = await stack.query<{ registerPerson: Record<string, unknown> }>(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '张建国',
          idNumber: '130503670401001',
          countyCode: '320803',
          category: 'SOE_UNEMPLOYED',
          registeredOn: '2003-07-20',
        },
      },
      'labor',
    );
    expect(errors).toBeUndefined();
    // GB 11643 conversion example; born 1967-04-01, a man of 36: not "4050".
    expect(data!.registerPerson).toMatchObject({
      idNumber: '130503196704010016',
      category: 'SOE_UNEMPLOYED',
      hardship: { fortyFifty: false },
    });
  });

  it('refuses a bad ID number naming the field, and a second registration as CONFLICT', async () => {
    const input = {
      name: '李桂兰',
      idNumber: '320803196203040021',
      countyCode: '320803',
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-20',
    };
    const bad = await stack.query(contractOperation('RegisterPerson'), { input: { ...input, idNumber: '320803196203040022' } }, 'labor');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    const idNumber = freshIdNumber();
    expect((await stack.query(contractOperation('RegisterPerson'), { input: { ...input, idNumber } }, 'labor')).errors).toBeUndefined();
    const again = await stack.query(contractOperation('RegisterPerson'), { input: { ...input, idNumber } }, 'labor');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('issues a certificate numbered county + year + sequence, once per person', async () => {
    const { personId, number } = await registerAndCertify();
    expect(number).toMatch(/^3208032003\d{6}$/);
    const second = await stack.query(contractOperation('IssueCertificate'), { personId }, 'labor');
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('registers a business, grants relief and takes a loan on the replicated certificate', async () => {
    const { personId, number } = await registerAndCertify();
    await stack.syncFeeds();
    const business = await stack.query<{ registerIndividualBusiness: { creditCode: string; owner: { id: string } } }>(
      contractOperation('RegisterIndividualBusiness'),
      {
        input: {
          ownerId: personId,
          certificateNumber: number,
          name: '王记早点',
          industry: 'CATERING',
          countyCode: '320803',
          registeredOn: '2003-08-15',
        },
      },
      'commerce',
    );
    expect(business.errors).toBeUndefined();
    expect(business.data!.registerIndividualBusiness.creditCode).toMatch(/^92320803[0-9A-Z]{10}$/);

    await stack.syncFeeds();
    await registerForTax(number, business.data!.registerIndividualBusiness.creditCode);

    const relief = await stack.query<{ grantTaxRelief: Record<string, unknown> }>(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber: number,
          taxType: 'BUSINESS_TAX',
          amount: '1200.50',
          periodStart: '2003-08-15',
          periodEnd: '2004-07-31',
        },
      },
      'tax',
    );
    expect(relief.errors).toBeUndefined();
    expect(relief.data!.grantTaxRelief).toMatchObject({ taxType: 'BUSINESS_TAX', amount: '1200.50', certificate: { number } });

    const loan = await stack.query<{ applyForLoan: Record<string, unknown> }>(
      contractOperation('ApplyForLoan'),
      {
        input: {
          applicantId: personId,
          certificateNumber: number,
          amount: '20000.00',
          termMonths: 24,
          purpose: '早点铺',
          lowProfitProject: true,
        },
      },
      'finance',
    );
    expect(loan.errors).toBeUndefined();
    expect(loan.data!.applyForLoan).toMatchObject({ amount: '20000.00', status: 'APPLIED', applicant: { id: personId } });

    const dossier = await stack.query<{ person: { loans: unknown[]; taxReliefs: unknown[]; businesses: unknown[] } }>(
      contractOperation('PersonDossier'),
      { id: personId },
    );
    expect(dossier.data!.person.loans).toHaveLength(1);
    expect(dossier.data!.person.taxReliefs).toHaveLength(1);
    expect(dossier.data!.person.businesses).toHaveLength(1);
  });

  it('refuses overlapping relief and over-limit loans, writing nothing', async () => {
    const { personId, number } = await registerAndCertify();
    await stack.syncFeeds();
    await registerForTax(number, await commerceBusiness(stack, personId, { registeredOn: '2003-08-15' }));
    const input = {
      certificateNumber: number,
      taxType: 'CITY_CONSTRUCTION_TAX',
      amount: '80.00',
      periodStart: '2003-08-15',
      periodEnd: '2003-12-31',
    };
    expect((await stack.query(contractOperation('GrantTaxRelief'), { input }, 'tax')).errors).toBeUndefined();
    const overlap = await stack.query(
      contractOperation('GrantTaxRelief'),
      { input: { ...input, periodStart: '2003-12-01', periodEnd: '2004-03-31' } },
      'tax',
    );
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.periodStart' });

    const tooMuch = await stack.query(
      contractOperation('ApplyForLoan'),
      {
        input: {
          applicantId: personId,
          certificateNumber: number,
          amount: '20000.01',
          termMonths: 12,
          purpose: '修车',
          lowProfitProject: true,
        },
      },
      'finance',
    );
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const dossier = await stack.query<{ person: { loans: unknown[]; taxReliefs: unknown[] } }>(contractOperation('PersonDossier'), {
      id: personId,
    });
    expect(dossier.data!.person.loans).toHaveLength(0);
    expect(dossier.data!.person.taxReliefs).toHaveLength(1);
  });

  it('stops new benefits once the feed has carried a revocation', async () => {
    const { personId, number } = await registerAndCertify();
    await stack.syncFeeds();
    const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');
    expect(revoked.data).toEqual({ revokeCertificate: { number, status: 'REVOKED' } });
    await stack.syncFeeds();
    const loan = await stack.query(
      contractOperation('ApplyForLoan'),
      {
        input: {
          applicantId: personId,
          certificateNumber: number,
          amount: '10000.00',
          termMonths: 12,
          purpose: '洗衣店',
          lowProfitProject: true,
        },
      },
      'finance',
    );
    expect(loan.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.certificateNumber' } });
    expect(loan.errors?.[0].message).toMatch(/REVOKED/);
  });
});
