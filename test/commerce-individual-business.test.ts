import { parseCreditCode } from '../shared/checksums';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * 个体工商户登记 with the fee exemption: a holder's business in a non-excluded trade is
 * exempt for three years from approval, recorded on the certificate; asking for the
 * exemption with a certificate or trade that does not qualify refuses the registration.
 */
const REGISTER = `mutation Register($input: RegisterIndividualBusinessInput!) {
  registerIndividualBusiness(input: $input) {
    creditCode kind industry registeredOn employeeCount owner { id }
    feeExemption { validFrom validUntil registrationFee licenceFee managementFee totalWaived certificate { number } }
  }
}`;

const HOLDINGS = `query Holdings($id: ID!) {
  person(id: $id) {
    businesses { creditCode feeExemption { validFrom } }
    certificate { number feeExemptions { validFrom validUntil totalWaived enterprise { creditCode name } } }
  }
}`;

interface Registered {
  registerIndividualBusiness: { creditCode: string; feeExemption: Record<string, unknown> | null } & Record<string, unknown>;
}
interface Holdings {
  person: { businesses: { creditCode: string }[]; certificate: { number: string; feeExemptions: Record<string, unknown>[] } | null };
}

describe('commerce: individual businesses and the fee exemption', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  /** A certified person whose certificate the feed has carried to commerce (issued on the business date, 2003-08-15). */
  async function holder(sync = true): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '周海燕', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-20' },
      },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    if (sync) await stack.syncFeeds();
    return { personId, number: issued.data!.issueCertificate.number };
  }

  const business = (ownerId: string, extra: Record<string, unknown> = {}) => ({
    input: { ownerId, name: '周记裁缝铺', industry: 'LAUNDRY_TAILORING', countyCode: '320803', registeredOn: '2003-08-15', ...extra },
  });

  async function holdings(personId: string): Promise<Holdings['person']> {
    const { data, errors } = await stack.query<Holdings>(HOLDINGS, { id: personId });
    expect(errors).toBeUndefined();
    return data!.person;
  }

  it("registers a holder's business with a valid code and a three-year exemption recorded on the certificate", async () => {
    const { personId, number } = await holder();
    const { data, errors } = await stack.query<Registered>(REGISTER, business(personId, { certificateNumber: number }), 'commerce');
    expect(errors).toBeUndefined();
    const registered = data!.registerIndividualBusiness;
    expect(registered.creditCode).toMatch(/^92320803/);
    expect(parseCreditCode(registered.creditCode)).toEqual({ ok: true, code: registered.creditCode });
    expect(registered).toMatchObject({
      kind: 'INDIVIDUAL_BUSINESS',
      registeredOn: '2003-08-15',
      employeeCount: 1,
      owner: { id: personId },
    });
    // 2003 schedule: registration ¥20, licence ¥10, management ¥20 a month for 36 months.
    expect(registered.feeExemption).toEqual({
      validFrom: '2003-08-15',
      validUntil: '2006-08-14',
      registrationFee: '20.00',
      licenceFee: '10.00',
      managementFee: '720.00',
      totalWaived: '750.00',
      certificate: { number },
    });

    // Labor's certificate, commerce's exemption: one query through the gateway.
    const person = await holdings(personId);
    expect(person.certificate!.feeExemptions).toEqual([
      {
        validFrom: '2003-08-15',
        validUntil: '2006-08-14',
        totalWaived: '750.00',
        enterprise: { creditCode: registered.creditCode, name: '周记裁缝铺' },
      },
    ]);
  });

  it('registers without the exemption when no certificate is given, in any trade', async () => {
    const { personId } = await holder();
    const { data, errors } = await stack.query<Registered>(
      REGISTER,
      business(personId, { industry: 'SAUNA', name: '周记浴室' }),
      'commerce',
    );
    expect(errors).toBeUndefined();
    expect(data!.registerIndividualBusiness).toMatchObject({ industry: 'SAUNA', feeExemption: null });
    expect((await holdings(personId)).certificate!.feeExemptions).toEqual([]);
  });

  it.each(['CONSTRUCTION', 'ENTERTAINMENT', 'ADVERTISING', 'SAUNA', 'MASSAGE', 'INTERNET_CAFE', 'OXYGEN_BAR'])(
    'refuses the exemption for the excluded trade %s, registering nothing',
    async (industry) => {
      const { personId, number } = await holder();
      const refused = await stack.query(REGISTER, business(personId, { certificateNumber: number, industry }), 'commerce');
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.industry' });
      expect(refused.errors?.[0].message).toMatch(/excluded from the fee exemption/);
      const person = await holdings(personId);
      expect(person.businesses).toEqual([]);
      expect(person.certificate!.feeExemptions).toEqual([]);
    },
  );

  it('gives the exemption to a trade outside the list (OTHER)', async () => {
    const { personId, number } = await holder();
    const { data, errors } = await stack.query<Registered>(
      REGISTER,
      business(personId, { certificateNumber: number, industry: 'OTHER' }),
      'commerce',
    );
    expect(errors).toBeUndefined();
    expect(data!.registerIndividualBusiness.feeExemption).toMatchObject({ certificate: { number } });
  });

  it('refuses a certificate the feed has not carried yet, or held by someone else', async () => {
    const unsynced = await holder(false);
    const unknown = await stack.query(REGISTER, business(unsynced.personId, { certificateNumber: unsynced.number }), 'commerce');
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    expect(unknown.errors?.[0].message).toMatch(/unknown here/);

    const other = await holder();
    const notHers = await stack.query(REGISTER, business(unsynced.personId, { certificateNumber: other.number }), 'commerce');
    expect(notHers.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    expect(notHers.errors?.[0].message).toMatch(/not held by person/);
    expect((await holdings(unsynced.personId)).businesses).toEqual([]);
    expect((await holdings(other.personId)).certificate!.feeExemptions).toEqual([]);
  });

  it('refuses a business approved before the certificate was issued', async () => {
    const { personId, number } = await holder();
    const early = await stack.query(REGISTER, business(personId, { certificateNumber: number, registeredOn: '2003-08-14' }), 'commerce');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registeredOn' });
    expect(early.errors?.[0].message).toMatch(/before certificate .* was issued \(2003-08-15\)/);
    expect((await holdings(personId)).businesses).toEqual([]);
  });

  it('grants the exemption only on an approval within 2003-01-01 … 2005-12-31 (财税[2002]208号)', async () => {
    const { personId, number } = await holder();
    const early = await stack.query(REGISTER, business(personId, { certificateNumber: number, registeredOn: '2002-12-31' }), 'commerce');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.registeredOn' });
    expect(early.errors?.[0].message).toMatch(/within 2003-01-01 … 2005-12-31/);
    expect((await holdings(personId)).businesses).toEqual([]);
    // The same approval date without the exemption is an ordinary registration.
    const plain = await stack.query<Registered>(REGISTER, business(personId, { registeredOn: '2002-12-31' }), 'commerce');
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.registerIndividualBusiness.feeExemption).toBeNull();
    const within = await stack.query<Registered>(REGISTER, business(personId, { certificateNumber: number, name: '周记二店' }), 'commerce');
    expect(within.errors).toBeUndefined();
    expect(within.data!.registerIndividualBusiness.feeExemption).toMatchObject({ validFrom: '2003-08-15' });
  });

  it('gives one exemption per certificate: a second business asks in vain, and registers without it', async () => {
    const { personId, number } = await holder();
    expect((await stack.query(REGISTER, business(personId, { certificateNumber: number }), 'commerce')).errors).toBeUndefined();
    const again = await stack.query(REGISTER, business(personId, { certificateNumber: number, name: '周记二店' }), 'commerce');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    expect(again.errors?.[0].message).toMatch(/already carries the fee exemption/);
    expect((await holdings(personId)).businesses).toHaveLength(1);
    const plain = await stack.query<Registered>(REGISTER, business(personId, { name: '周记二店' }), 'commerce');
    expect(plain.data!.registerIndividualBusiness.feeExemption).toBeNull();
    expect((await holdings(personId)).certificate!.feeExemptions).toHaveLength(1);
  });

  it("shows a commerce clerk the certificate's issue date, status and category from commerce's replica", async () => {
    const { personId, number } = await holder();
    const clerk = { sub: 'commerce-clerk-only', dept: 'commerce', scope: 'commerce:write', county: '320803' } as const;
    const { data, errors } = await stack.query<{
      registerIndividualBusiness: { feeExemption: { certificateOnRecord: Record<string, string> } };
    }>(
      `mutation R($input: RegisterIndividualBusinessInput!) {
        registerIndividualBusiness(input: $input) { feeExemption { certificateOnRecord { number issuedOn status category } } }
      }`,
      business(personId, { certificateNumber: number }),
      clerk,
    );
    expect(errors).toBeUndefined();
    expect(data!.registerIndividualBusiness.feeExemption.certificateOnRecord).toEqual({
      number,
      issuedOn: '2003-08-15',
      status: 'VALID',
      category: 'SOE_LAID_OFF',
    });
    const taxClerk = await stack.query(
      'query P($id: ID!) { person(id: $id) { businesses { feeExemption { certificateOnRecord { issuedOn } } } } }',
      { id: personId },
      'tax',
    );
    expect(JSON.stringify(taxClerk.errors)).toMatch(/FORBIDDEN/);
  });

  it('lets an individual business employ the owner, 2 helpers and 5 apprentices, and no more', async () => {
    const { personId } = await holder();
    const { data } = await stack.query<Registered>(REGISTER, business(personId), 'commerce');
    const creditCode = data!.registerIndividualBusiness.creditCode;
    const update = (employeeCount: number) =>
      stack.query<{ updateEmployeeCount: { employeeCount: number } }>(
        'mutation U($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { employeeCount } }',
        { input: { creditCode, employeeCount } },
        'commerce',
      );
    const nine = await update(9);
    expect(nine.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.employeeCount' });
    expect(nine.errors?.[0].message).toMatch(/at most 8: the owner, 2 helpers \(帮手\) and 5 apprentices \(学徒\)/);
    expect((await holdings(personId)).businesses).toEqual([{ creditCode, feeExemption: null }]);
    const onRegister = async () =>
      (
        await stack.query<{ enterprise: { employeeCount: number } }>('query E($c: ID!) { enterprise(creditCode: $c) { employeeCount } }', {
          c: creditCode,
        })
      ).data!.enterprise.employeeCount;
    expect(await onRegister()).toBe(1);
    expect((await update(8)).data).toEqual({ updateEmployeeCount: { employeeCount: 8 } });
    expect(await onRegister()).toBe(8);
  });

  it.each([
    ['input.registeredOn', { registeredOn: '2003-08-16' }],
    ['input.name', { name: '   ' }],
    ['input.countyCode', { countyCode: '320899' }],
    ['input.ownerId', { ownerId: 'abc' }],
  ])('refuses bad input naming %s', async (field, extra) => {
    const refused = await stack.query(REGISTER, business('9001', extra), 'commerce');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets only commerce write, and a county token only in its county', async () => {
    const personId = '9002';
    expect((await stack.query(REGISTER, business(personId), 'tax')).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const county = { sub: 'huaiyin-clerk', dept: 'commerce' as const, scope: 'commerce:write', county: '320804' };
    expect((await stack.query(REGISTER, business(personId), county)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const own = await stack.query(REGISTER, business(personId, { countyCode: '320804' }), county);
    expect(own.errors).toBeUndefined();
  });
});
