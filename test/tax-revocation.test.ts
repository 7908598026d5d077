import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabases } from './helpers/databases';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * A revocation ends tax relief and commerce's fee exemption from its date (labor's business
 * date of the revocation, carried by the certificate feed). The stack grants on 2004-01-10;
 * restarted on the same databases on 2004-03-01, labor revokes one certificate, revokes
 * another before its relief began, and suspends and reinstates a third; the reads and the
 * statistics of tax and commerce reflect each.
 */
const COUNTY = '320831';
const GRANTED_ON = '2004-01-10';
const REVOKED_ON = '2004-03-01';

const REGISTER_BUSINESS = `mutation B($input: RegisterIndividualBusinessInput!) {
  registerIndividualBusiness(input: $input) { creditCode feeExemption { id } }
}`;
const REGISTER_TAXPAYER = `mutation T($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }`;
const RELIEF = `query R($id: ID!) {
  taxRelief(id: $id) { amount periodEnd endedOn endedBecause effectivePeriodEnd effectiveAmount certificateOnRecord { status revokedOn } }
}`;
const EXEMPTION = `query E($code: ID!) {
  enterprise(creditCode: $code) { feeExemption { validUntil totalWaived endedOn endedBecause effectiveUntil } }
}`;
const STATS = `query S($year: Int!, $month: Int!) {
  counties {
    code
    taxReliefStats(year: $year, month: $month) { month { persons amount } yearToDate { persons amount } }
    registrationStats(year: $year, month: $month) { month { feeExemptions feeExemptedAmount } yearToDate { feeExemptions feeExemptedAmount } }
  }
}`;

interface Holder {
  number: string;
  creditCode: string;
  reliefId: string;
}
interface Figures {
  persons: number;
  amount: string;
}
interface CountyStats {
  code: string;
  taxReliefStats: { month: Figures; yearToDate: Figures };
  registrationStats: {
    month: { feeExemptions: number; feeExemptedAmount: string };
    yearToDate: { feeExemptions: number; feeExemptedAmount: string };
  };
}

describe('tax and commerce: a revocation ends relief and exemptions from its date', () => {
  const mariadb = testDatabases();
  const dir = mkdtempSync(join(tmpdir(), 'reemp-revocation-'));
  const url = async (name: string) =>
    process.env.TEST_MARIADB_URL ? mariadb.urlFor(`revocation_${name}`) : `sqlite:${join(dir, `${name}.sqlite`)}`;
  let stack: Stack | undefined;
  afterAll(async () => {
    await stack?.stop();
    await mariadb.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A holder certified on GRANTED_ON with a business (and its fee exemption) in commerce and tax, relieved of business tax over `period`. */
  async function relievedHolder(on: Stack, period: { start: string; end: string; amount: string }): Promise<Holder> {
    const person = await on.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      { input: { name: '孙立华', idNumber: freshIdNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn: '2003-12-01' } },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await on.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor');
    const number = issued.data!.issueCertificate.number;
    await on.syncFeeds();
    const business = await on.query<{ registerIndividualBusiness: { creditCode: string; feeExemption: { id: string } | null } }>(
      REGISTER_BUSINESS,
      {
        input: {
          ownerId: personId,
          name: '孙记早点',
          industry: 'CATERING',
          countyCode: COUNTY,
          registeredOn: GRANTED_ON,
          certificateNumber: number,
        },
      },
      'commerce',
    );
    expect(business.errors).toBeUndefined();
    expect(business.data!.registerIndividualBusiness.feeExemption).not.toBeNull();
    const creditCode = business.data!.registerIndividualBusiness.creditCode;
    await on.syncFeeds();
    const taxpayer = await on.query(
      REGISTER_TAXPAYER,
      {
        input: {
          creditCode,
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'CATERING',
          registeredOn: GRANTED_ON,
          countyCode: COUNTY,
          ownerCertificateNumber: number,
        },
      },
      'tax',
    );
    expect(taxpayer.errors).toBeUndefined();
    const relief = await on.query<{ grantTaxRelief: { id: string } }>(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber: number,
          taxType: 'BUSINESS_TAX',
          amount: period.amount,
          periodStart: period.start,
          periodEnd: period.end,
        },
      },
      'tax',
    );
    expect(relief.errors).toBeUndefined();
    return { number, creditCode, reliefId: relief.data!.grantTaxRelief.id };
  }

  async function stats(on: Stack, month: number): Promise<CountyStats> {
    const res = await on.query<{ counties: CountyStats[] }>(STATS, { year: 2004, month }, 'reporter');
    expect(res.errors).toBeUndefined();
    return res.data!.counties.find((c) => c.code === COUNTY)!;
  }

  const reliefOf = async (on: Stack, holder: Holder) => {
    const res = await on.query<{ taxRelief: Record<string, unknown> }>(RELIEF, { id: holder.reliefId }, 'tax');
    expect(res.errors).toBeUndefined();
    return res.data!.taxRelief;
  };
  const exemptionOf = async (on: Stack, holder: Holder) => {
    const res = await on.query<{ enterprise: { feeExemption: Record<string, unknown> } }>(EXEMPTION, { code: holder.creditCode });
    expect(res.errors).toBeUndefined();
    return res.data!.enterprise.feeExemption;
  };

  it('ends the revoked holder’s relief and exemption, keeps the reinstated one’s, and keeps circulated months', async () => {
    const databaseUrls = { labor: await url('labor'), tax: await url('tax'), commerce: await url('commerce') };
    stack = await startStack({ demoData: false, businessDate: GRANTED_ON, databaseUrls });
    // 2004-02-01 … 2004-12-31 is 335 days: ¥10 a day.
    const revoked = await relievedHolder(stack, { start: '2004-02-01', end: '2004-12-31', amount: '3350.00' });
    const reinstated = await relievedHolder(stack, { start: '2004-02-01', end: '2004-12-31', amount: '3350.00' });
    // Its relief begins after the revocation: nothing of it stands.
    const revokedEarly = await relievedHolder(stack, { start: '2004-04-01', end: '2004-12-31', amount: '2750.00' });
    const january = await stats(stack, 1);
    expect(january.taxReliefStats.month).toEqual({ persons: 3, amount: '9450.00' });
    expect(january.registrationStats.month).toEqual({ feeExemptions: 3, feeExemptedAmount: '2250.00' });
    await stack.stop();

    stack = await startStack({ demoData: false, businessDate: REVOKED_ON, databaseUrls });
    for (const number of [revoked.number, revokedEarly.number]) {
      const res = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '骗取优惠证' }, 'labor');
      expect(res.errors).toBeUndefined();
    }
    const suspended = await stack.query(
      'mutation($n: ID!) { suspendCertificate(number: $n, reason: "核查中") { status } }',
      { n: reinstated.number },
      'labor',
    );
    expect(suspended.errors).toBeUndefined();
    const back = await stack.query<{ reinstateCertificate: { status: string } }>(
      'mutation($n: ID!) { reinstateCertificate(number: $n) { status } }',
      { n: reinstated.number },
      'labor',
    );
    expect(back.data?.reinstateCertificate.status).toBe('VALID');
    await stack.syncFeeds();

    // Relieved 2004-02-01 … 2004-02-29: 29 of 335 days.
    expect(await reliefOf(stack, revoked)).toEqual({
      amount: '3350.00',
      periodEnd: '2004-12-31',
      endedOn: REVOKED_ON,
      endedBecause: `certificate ${revoked.number} was revoked on ${REVOKED_ON}`,
      effectivePeriodEnd: '2004-02-29',
      effectiveAmount: '290.00',
      certificateOnRecord: { status: 'REVOKED', revokedOn: REVOKED_ON },
    });
    expect(await reliefOf(stack, revokedEarly)).toMatchObject({ endedOn: REVOKED_ON, effectivePeriodEnd: null, effectiveAmount: '0.00' });
    expect(await reliefOf(stack, reinstated)).toEqual({
      amount: '3350.00',
      periodEnd: '2004-12-31',
      endedOn: null,
      endedBecause: null,
      effectivePeriodEnd: '2004-12-31',
      effectiveAmount: '3350.00',
      certificateOnRecord: { status: 'VALID', revokedOn: null },
    });

    // The one-off fees (¥30) stay waived; the management fee (¥20 a month) for the two months begun before the revocation.
    expect(await exemptionOf(stack, revoked)).toEqual({
      validUntil: '2007-01-09',
      totalWaived: '70.00',
      endedOn: REVOKED_ON,
      endedBecause: `certificate ${revoked.number} was revoked on ${REVOKED_ON}`,
      effectiveUntil: '2004-02-29',
    });
    expect(await exemptionOf(stack, reinstated)).toEqual({
      validUntil: '2007-01-09',
      totalWaived: '750.00',
      endedOn: null,
      endedBecause: null,
      effectiveUntil: '2007-01-09',
    });

    // January was reported before the revocation and stays as circulated.
    expect(await stats(stack, 1)).toEqual(january);
    // From March the revoked relief counts its days before the revocation; the early one nothing and no one.
    const march = await stats(stack, 3);
    expect(march.taxReliefStats).toEqual({ month: { persons: 0, amount: '0.00' }, yearToDate: { persons: 2, amount: '3640.00' } });
    expect(march.registrationStats.yearToDate).toEqual({ feeExemptions: 3, feeExemptedAmount: '890.00' });
  });
});
