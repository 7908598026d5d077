import { AuditEntry } from '../shared/audit/audit.entity';
import { makeCreditCode } from '../shared/checksums';
import { EnterpriseReliefAssessment } from '../subgraphs/tax/src/assessment/assessment.entity';
import { commerceEnterprise } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * An enterprise assessment (认定, 财税[2002]208号) is judged from the records: new (新办) by
 * commerce's registration date, staff from commerce's register, hires from labor's
 * employment records (tax's replicas of both feeds). Typed-in figures are an override with
 * a recorded, audited reason. On 2003-10-15, so hires from September can be recorded;
 * certificates are issued on that day, so assessments are effective from it.
 */
const BUSINESS_DATE = '2003-10-15';
const COUNTY = '320803';
const ASSESS = `mutation A($input: AssessEnterpriseReliefInput!) {
  assessEnterpriseRelief(input: $input) {
    id staffCount hiredCount reachesThirtyPercent reliefTaxTypes source overrideReason recordedStaffCount recordedHiredCount
    effectiveFrom hiredCertificates { number }
  }
}`;

interface Assessment {
  id: string;
  staffCount: number;
  hiredCount: number;
  reachesThirtyPercent: boolean;
  reliefTaxTypes: string[];
  source: 'RECORDS' | 'OVERRIDE';
  overrideReason: string | null;
  recordedStaffCount: number | null;
  recordedHiredCount: number | null;
  effectiveFrom: string;
  hiredCertificates: { number: string }[];
}
type Assessed = GraphQLResponse<{ assessEnterpriseRelief: Assessment }>;

function expectRefused(response: Assessed, field: string, rule: string | null, message: RegExp): void {
  expect(response.data?.assessEnterpriseRelief ?? null).toBeNull();
  expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(rule ? { rule } : {}) });
  expect(response.errors?.[0].message).toMatch(message);
}

/** The labor and commerce facts an assessment is judged on, written through the gateway. */
function records(stack: Stack) {
  async function holder(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      { input: { name: '陈秀英', idNumber: freshIdNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn: '2003-06-01' } },
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

  /** A certificate holder hired by `employer` (labor's ENTERPRISE_HIRE record); returns the certificate number. */
  async function hire(employer: string, startedOn: string, contractMonths: number | null): Promise<string> {
    const h = await holder();
    const input = { personId: h.personId, kind: 'ENTERPRISE_HIRE', startedOn, employerCreditCode: employer, contractMonths };
    const res = await stack.query(
      'mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      { input },
      'labor',
    );
    expect(res.errors).toBeUndefined();
    return h.number;
  }

  const enterprise = (registeredOn: string, employeeCount: number) =>
    commerceEnterprise(stack, { registeredOn, employeeCount, countyCode: COUNTY, industry: 'CATERING', taxOffices: ['STATE', 'LOCAL'] });

  const assess = (enterpriseCreditCode: string, extra: Record<string, unknown> = {}): Promise<Assessed> =>
    stack.query(ASSESS, { input: { enterpriseCreditCode, kind: 'NEW_SERVICE_ENTERPRISE', ...extra } }, 'tax');

  return { holder, hire, enterprise, assess };
}

describe('tax: a new enterprise assessed from the records', () => {
  let stack: Stack;
  let r: ReturnType<typeof records>;
  let serial = 9_300_000;
  beforeAll(async () => {
    stack = await startStack({ demoData: false, businessDate: BUSINESS_DATE });
    r = records(stack);
  });
  afterAll(() => stack?.stop());

  const assessments = (enterpriseCreditCode: string) =>
    stack.subgraphs.tax.db.getRepository(EnterpriseReliefAssessment).countBy({ enterpriseCreditCode });
  const audited = () => stack.subgraphs.tax.db.getRepository(AuditEntry).countBy({ operation: 'assessEnterpriseRelief', outcome: 'OK' });

  it('refuses an enterprise commerce registered in 2002 as not new, whatever it hired', async () => {
    const code = await r.enterprise('2002-11-20', 5);
    await r.hire(code, '2003-07-01', 36);
    await r.hire(code, '2003-07-02', 36);
    await stack.syncFeeds();
    expectRefused(
      await r.assess(code),
      'input.enterpriseCreditCode',
      'NOT_A_NEW_ENTERPRISE',
      /registered .* on 2002-11-20, before 2003-01-01/,
    );
    expectRefused(
      await r.assess(code, { staffCount: 5, overrideReason: '企业申报' }),
      'input.enterpriseCreditCode',
      'NOT_A_NEW_ENTERPRISE',
      /新办/,
    );
    expect(await assessments(code)).toBe(0);
  });

  it("refuses an enterprise commerce never registered, saying how old tax's copy of the register is", async () => {
    const code = makeCreditCode('1', COUNTY, (serial += 1));
    const registered = await stack.query(
      'mutation T($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { id } }',
      {
        input: {
          creditCode: code,
          office: 'LOCAL',
          kind: 'ENTERPRISE',
          industry: 'CATERING',
          registeredOn: '2003-03-01',
          countyCode: COUNTY,
        },
      },
      'tax',
    );
    expect(registered.errors).toBeUndefined();
    expectRefused(
      await r.assess(code),
      'input.enterpriseCreditCode',
      'NOT_REGISTERED_BY_COMMERCE',
      /commerce has not registered .* synced/,
    );
    expect(await assessments(code)).toBe(0);
  });

  it("assesses a 2003 enterprise from the records: two qualifying hires of the register's staff of 5", async () => {
    const code = await r.enterprise('2003-03-10', 5);
    const hired = [await r.hire(code, '2003-07-01', 36), await r.hire(code, '2003-08-05', 36)].sort();
    await stack.syncFeeds();
    const { data, errors } = await r.assess(code);
    expect(errors).toBeUndefined();
    expect(data!.assessEnterpriseRelief).toMatchObject({
      staffCount: 5,
      hiredCount: 2,
      reachesThirtyPercent: true,
      reliefTaxTypes: ['BUSINESS_TAX', 'CITY_CONSTRUCTION_TAX', 'EDUCATION_SURCHARGE', 'ENTERPRISE_INCOME_TAX'],
      source: 'RECORDS',
      overrideReason: null,
      recordedStaffCount: 5,
      recordedHiredCount: 2,
      effectiveFrom: BUSINESS_DATE,
    });
    expect(data!.assessEnterpriseRelief.hiredCertificates.map((c) => c.number)).toEqual(hired);
  });

  it('counts a 12-month contract from September 2003 but not a 24-month one from July', async () => {
    const code = await r.enterprise('2003-04-01', 10);
    await r.hire(code, '2003-07-10', 24);
    const september = await r.hire(code, '2003-09-01', 12);
    await stack.syncFeeds();
    const { data, errors } = await r.assess(code);
    expect(errors).toBeUndefined();
    expect(data!.assessEnterpriseRelief).toMatchObject({ hiredCount: 1, staffCount: 10, reachesThirtyPercent: false });
    // Below 30 %: income tax reduced by (1 ÷ 10) × 2 = 20 %.
    expect(data!.assessEnterpriseRelief.reliefTaxTypes).toEqual(['ENTERPRISE_INCOME_TAX']);
    expect(data!.assessEnterpriseRelief.hiredCertificates).toEqual([{ number: september }]);
  });

  it('does not count a hire whose certificate labor revoked, once the feed carried the revocation', async () => {
    const code = await r.enterprise('2003-05-01', 4);
    const kept = await r.hire(code, '2003-07-01', 36);
    const revoked = await r.hire(code, '2003-07-01', 36);
    const revocation = await stack.query(contractOperation('RevokeCertificate'), { number: revoked, reason: '虚假材料' }, 'labor');
    expect(revocation.errors).toBeUndefined();
    await stack.syncFeeds();
    const { data } = await r.assess(code);
    expect(data!.assessEnterpriseRelief).toMatchObject({ hiredCount: 1, recordedHiredCount: 1, staffCount: 4 });
    expect(data!.assessEnterpriseRelief.hiredCertificates).toEqual([{ number: kept }]);
  });

  it("refuses a register's staff smaller than the hires counted, unless a staff is typed in with a reason", async () => {
    const code = await r.enterprise('2003-05-01', 1);
    await r.hire(code, '2003-07-01', 36);
    await r.hire(code, '2003-07-01', 36);
    await stack.syncFeeds();
    expectRefused(await r.assess(code), 'input.staffCount', 'STAFF_BELOW_HIRES', /a staff of 1, fewer than the 2 hires/);
    expect(await assessments(code)).toBe(0);
    const typed = await r.assess(code, { staffCount: 4, overrideReason: '工商登记人数未变更' });
    expect(typed.data!.assessEnterpriseRelief).toMatchObject({
      staffCount: 4,
      hiredCount: 2,
      recordedStaffCount: 1,
      recordedHiredCount: 2,
    });
  });

  it('refuses an enterprise without a qualifying hire in the records, writing nothing', async () => {
    const code = await r.enterprise('2003-05-01', 8);
    await r.hire(code, '2003-07-01', 24);
    await stack.syncFeeds();
    expectRefused(await r.assess(code), 'input.enterpriseCreditCode', 'NO_QUALIFYING_HIRE', /no qualifying hire .* was synced \d+ s ago/);
    expect(await assessments(code)).toBe(0);
  });

  it('refuses typed-in figures without a reason, writing nothing, and records and audits them with one', async () => {
    const code = await r.enterprise('2003-06-01', 12);
    const recorded = await r.hire(code, '2003-07-01', 36);
    const unrecorded = (await r.holder()).number;
    await stack.syncFeeds();
    const auditedBefore = await audited();

    expectRefused(
      await r.assess(code, { staffCount: 3 }),
      'input.overrideReason',
      null,
      /required when staffCount or hiredCertificateNumbers/,
    );
    expectRefused(
      await r.assess(code, { hiredCertificateNumbers: [recorded, unrecorded], overrideReason: '  ' }),
      'input.overrideReason',
      null,
      /required/,
    );
    expect(await assessments(code)).toBe(0);
    expect(await audited()).toBe(auditedBefore);

    const reason = '劳动合同已签订，劳动部门尚未录入 (contract seen on file)';
    const { data, errors } = await r.assess(code, {
      staffCount: 6,
      hiredCertificateNumbers: [recorded, unrecorded],
      overrideReason: reason,
    });
    expect(errors).toBeUndefined();
    expect(data!.assessEnterpriseRelief).toMatchObject({
      source: 'OVERRIDE',
      overrideReason: reason,
      staffCount: 6,
      hiredCount: 2,
      recordedStaffCount: 12,
      recordedHiredCount: 1,
      reachesThirtyPercent: true,
    });
    expect(await assessments(code)).toBe(1);
    const trail = await stack.subgraphs.tax.db
      .getRepository(AuditEntry)
      .findOneByOrFail({ operation: 'assessEnterpriseRelief', outcome: 'OK', detail: `override: ${reason}` });
    expect(trail.entityIds).toEqual([data!.assessEnterpriseRelief.id]);

    // Only the staff typed in: the hires still come from the records.
    const staffOnly = await r.assess(code, { staffCount: 2, overrideReason: '登记人数未更新' });
    expect(staffOnly.data!.assessEnterpriseRelief).toMatchObject({
      source: 'OVERRIDE',
      staffCount: 2,
      hiredCount: 1,
      recordedStaffCount: 12,
    });
  });

  it('still checks a typed-in hire against the certificate replica', async () => {
    const code = await r.enterprise('2003-06-01', 12);
    const h = await r.holder();
    await stack.query(contractOperation('RevokeCertificate'), { number: h.number, reason: '已就业' }, 'labor');
    await stack.syncFeeds();
    expectRefused(
      await r.assess(code, { hiredCertificateNumbers: [h.number], overrideReason: '企业申报' }),
      'input.hiredCertificateNumbers',
      null,
      /REVOKED, not VALID/,
    );
    expect(await assessments(code)).toBe(0);
  });
});

/** Labor stopped: its own stack, so no other test runs without labor. */
describe('tax: assessing from the replicas while labor is stopped', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false, businessDate: BUSINESS_DATE });
  });
  afterAll(() => stack?.stop());

  it("counts the hires tax's copy of labor's employment records holds, and reports the copy's age", async () => {
    const r = records(stack);
    const code = await r.enterprise('2003-02-01', 3);
    const hired = await r.hire(code, '2003-07-01', 36);
    await stack.syncFeeds();
    const ready = async () => {
      const res = await fetch(`${stack.subgraphs.tax.url.replace(/\/graphql$/, '')}/ready`);
      return (await res.json()) as { checks: { feeds: Record<string, { lastSequence: number; lagSeconds: number | null }> } };
    };
    const synced = (await ready()).checks.feeds['labor.employmentChanges'];
    expect(synced.lastSequence).toBeGreaterThan(0);

    await stack.subgraphs.labor.stop();
    const employment = stack.subgraphs.tax.feeds.find((worker) => worker.feed === 'labor.employmentChanges')!;
    await expect(employment.syncOnce()).rejects.toThrow();

    const { data, errors } = await r.assess(code);
    expect(errors).toBeUndefined();
    expect(data!.assessEnterpriseRelief).toMatchObject({ source: 'RECORDS', staffCount: 3, hiredCount: 1 });
    expect(data!.assessEnterpriseRelief.hiredCertificates).toEqual([{ number: hired }]);
    expect((await ready()).checks.feeds['labor.employmentChanges'].lastSequence).toBe(synced.lastSequence);
  });
});
