import type { DataSource } from 'typeorm';
import { buildDemoWorld, COUNTIES } from '../demo/world';
import { type ReportingPeriod, reportingPeriod, yearSeries } from '../shared/reporting-period';
import { certificateFigures, recordFigures, registeredUnemployed } from '../subgraphs/labor/src/progress/progress.queries';
import { rebuildLaborSummary } from '../subgraphs/labor/src/summary/labor-summary.rebuild';
import { registrationStatsFor } from '../subgraphs/commerce/src/registration-stats/registration-stats.queries';
import { rebuildCommerceSummary } from '../subgraphs/commerce/src/summary/commerce-summary.rebuild';
import { freshIdNumber } from './helpers/fixtures';
import { commerceEnterprise } from './helpers/commerce-register';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

/**
 * Issue 14: the monthly report reads labor_monthly_summary, which the services keep in
 * the write transaction. After writes through the gateway (a backdated registration and
 * job, a full-time job and a flexible one beside a job still open, an ended job, a labor
 * export, a self-employment labor records from commerce's register, a correction that
 * makes a person 4050, an issue and a revocation) every county's figures for every month
 * and quarter equal a recount grouped from the records by progress.queries.ts (the rules
 * the records path counts by), and a rebuild from the records (the migration's backfill)
 * gives the very rows kept incrementally. Tax relief and fee exemptions are grouped from
 * the records when read (a revocation changes them by date): their blocks check that.
 */
const FIG = '{ jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }';
const PROGRESS = `{ month ${FIG} yearToDate ${FIG} registeredUnemployed }`;
const CERTS = '{ issuedInMonth issuedYearToDate valid }';
const REPORT = `query($y: Int!) { counties { code
  employmentSeries(year: $y) ${PROGRESS} certificateSeries(year: $y) ${CERTS}
  q1: employmentProgress(year: $y, quarter: 1) ${PROGRESS} q2: employmentProgress(year: $y, quarter: 2) ${PROGRESS}
  q3: employmentProgress(year: $y, quarter: 3) ${PROGRESS} q4: employmentProgress(year: $y, quarter: 4) ${PROGRESS}
  c1: certificateStats(year: $y, quarter: 1) ${CERTS} c2: certificateStats(year: $y, quarter: 2) ${CERTS}
  c3: certificateStats(year: $y, quarter: 3) ${CERTS} } }`;
const REPORT_2003 = REPORT.replace(/\s+q4: [^\n]*/, '');

type Figures = {
  jobsCreated: number;
  netNewEmployment: number;
  reemployed: number;
  hardshipReemployed: number;
  ruralLaborExported: number;
};
type Progress = { month: Figures; yearToDate: Figures; registeredUnemployed: number };
type Certs = { issuedInMonth: number; issuedYearToDate: number; valid: number };
type CountyReport = { code: string; employmentSeries: Progress[]; certificateSeries: Certs[] } & Record<string, Progress | Certs>;

/** A summary table's rows with any non-zero figure (a +1 then -1 leaves a row of zeros that a rebuild does not write). */
async function summaryRows(db: DataSource, table: string): Promise<Record<string, string | number>[]> {
  const rows = await db.query<Record<string, string | number>[]>(`SELECT * FROM ${table} ORDER BY countyCode, year, month`);
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'countyCode' ? String(v) : Number(v)])))
    .filter((row) => Object.entries(row).some(([k, v]) => !['countyCode', 'year', 'month'].includes(k) && v !== 0));
}

const COUNTY = '320830';
const OTHER = COUNTIES.find((c) => c.code !== COUNTY)!.code;

describe('monthly summary tables', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function report(year: number): Promise<Map<string, CountyReport>> {
    const res = await stack.query<{ counties: CountyReport[] }>(year === 2003 ? REPORT_2003 : REPORT, { y: year }, 'reporter');
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.counties.map((c) => [c.code, c]));
  }

  /** The figures grouped from the records themselves, for every county and period. */
  async function recount(year: number) {
    const codes = COUNTIES.map((c) => c.code);
    const quarters = [1, 2, 3, 4]
      .map((quarter) => ({ year, quarter }))
      .filter(({ quarter }) => `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` <= TEST_BUSINESS_DATE)
      .map((args) => reportingPeriod(args, TEST_BUSINESS_DATE));
    const periods: ReportingPeriod[] = [...yearSeries(year, TEST_BUSINESS_DATE), ...quarters];
    const db = stack.subgraphs.labor.db;
    const [records, unemployed, certificates] = await Promise.all([
      recordFigures(db, codes, periods),
      registeredUnemployed(db, codes, periods),
      certificateFigures(db, codes, periods),
    ]);
    const zero = { jobsCreated: 0, netNewEmployment: 0, reemployed: 0, hardshipReemployed: 0, ruralLaborExported: 0 };
    return (period: ReportingPeriod, code: string) => ({
      progress: {
        ...(records.get(period.id)?.get(code) ?? { month: zero, yearToDate: zero }),
        registeredUnemployed: unemployed.get(period.id)?.get(code) ?? 0,
      },
      certificates: certificates.get(period.id)?.get(code) ?? { issuedInMonth: 0, issuedYearToDate: 0, valid: 0 },
    });
  }

  async function expectSummaryEqualsRecount(year: number): Promise<void> {
    const [answered, counted] = await Promise.all([report(year), recount(year)]);
    let compared = 0;
    for (const { code } of COUNTIES) {
      const county = answered.get(code)!;
      yearSeries(year, TEST_BUSINESS_DATE).forEach((period, i) => {
        const expected = counted(period, code);
        expect({ code, period: period.id, ...county.employmentSeries[i] }).toEqual({ code, period: period.id, ...expected.progress });
        expect({ code, period: period.id, ...county.certificateSeries[i] }).toEqual({ code, period: period.id, ...expected.certificates });
        compared += 1;
      });
      for (const quarter of [1, 2, 3, 4]) {
        const progress = county[`q${quarter}`];
        if (!progress) continue;
        const expected = counted(reportingPeriod({ year, quarter }, TEST_BUSINESS_DATE), code);
        expect({ code, quarter, ...progress }).toEqual({ code, quarter, ...expected.progress });
        if (county[`c${quarter}`]) expect({ code, quarter, ...county[`c${quarter}`] }).toEqual({ code, quarter, ...expected.certificates });
      }
    }
    expect(compared).toBe(COUNTIES.length * (year === 2003 ? 8 : 12));
  }

  async function register(registeredOn: string, birthDate = '1975-03-01', gender: 'MALE' | 'FEMALE' = 'MALE'): Promise<string> {
    const input = {
      name: '周立新',
      idNumber: freshIdNumber(birthDate, gender),
      countyCode: COUNTY,
      category: 'SOE_LAID_OFF',
      registeredOn,
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }
  async function job(personId: string, kind: string, startedOn: string): Promise<string> {
    const res = await stack.query<{ recordEmployment: { id: string } }>(
      'mutation($i: RecordEmploymentInput!) { recordEmployment(input: $i) { id } }',
      { i: { personId, kind, startedOn } },
      'labor',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.recordEmployment.id;
  }
  async function end(recordId: string, endedOn: string): Promise<void> {
    const res = await stack.query(
      'mutation($id: ID!, $on: Date!) { endEmployment(recordId: $id, endedOn: $on) { id } }',
      { id: recordId, on: endedOn },
      'labor',
    );
    expect(res.errors).toBeUndefined();
  }
  const minus = <T extends object>(a: T, b: T) =>
    Object.fromEntries(Object.entries(a).map(([k, v]) => [k, (v as number) - (b[k as keyof T] as number)]));

  it('holds the same figures as a recount from the records after writes of every kind, with the expected changes', async () => {
    await expectSummaryEqualsRecount(2003);
    const before = await report(2003);
    const otherCertificate = buildDemoWorld().persons.find(
      (p) => p.countyCode === OTHER && p.certificate && p.certificate.issuedOn < '2003-07-01',
    )!.certificate!.number;

    // A registration backdated to February (another withdrawn); a job in March, ended in May; a
    // full-time job backdated into March beside it (no re-employment: the person was at work);
    // a flexible job in July beside that one (no re-employment either); a woman of 45 (a
    // hardship case) exported in June; a certificate issued today; a revocation.
    const worker = await register('2003-02-10');
    // A registration withdrawn as made in error counts nowhere, in no month.
    const mistaken = await register('2003-04-01');
    const withdrawn = await stack.query(
      'mutation($id: ID!) { withdrawPersonRegistration(id: $id, reason: "登记错误") { id } }',
      { id: mistaken },
      'labor',
    );
    expect(withdrawn.errors).toBeUndefined();
    const first = await job(worker, 'FLEXIBLE', '2003-03-05');
    await end(first, '2003-05-20');
    await job(worker, 'SELF_EMPLOYMENT', '2003-03-20');
    await job(worker, 'FLEXIBLE', '2003-07-01');
    const exported = await register('2003-06-01', '1958-01-01', 'FEMALE');
    await job(exported, 'LABOR_EXPORT', '2003-06-10');
    const issued = await stack.query(contractOperation('IssueCertificate'), { personId: worker }, 'labor');
    expect(issued.errors).toBeUndefined();
    const revoked = await stack.query(contractOperation('RevokeCertificate'), { number: otherCertificate, reason: '骗取优惠证' }, 'labor');
    expect(revoked.errors).toBeUndefined();
    // A holder's business on commerce's register: labor records the owner's self-employment
    // from it when the register feed is applied (register-sync.ts, the replica's transaction).
    const owner = await register('2003-08-01');
    const certified = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId: owner },
      'labor',
    );
    expect(certified.errors).toBeUndefined();
    await stack.syncFeeds();
    const business = await stack.query(
      'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
      {
        input: {
          ownerId: owner,
          certificateNumber: certified.data!.issueCertificate.number,
          name: '周记面馆',
          industry: 'CATERING',
          countyCode: COUNTY,
          registeredOn: '2003-08-15',
        },
      },
      'commerce',
    );
    expect(business.errors).toBeUndefined();
    await stack.syncFeeds();

    const after = await report(2003);
    const month = (code: string, m: number, at = after) => at.get(code)!.employmentSeries[m - 1];
    const certs = (code: string, m: number, at = after) => at.get(code)!.certificateSeries[m - 1];
    const none = { jobsCreated: 0, netNewEmployment: 0, reemployed: 0, hardshipReemployed: 0, ruralLaborExported: 0 };
    expect(minus(month(COUNTY, 3).month, month(COUNTY, 3, before).month)).toEqual({
      ...none,
      jobsCreated: 2,
      netNewEmployment: 2,
      reemployed: 1,
    });
    expect(minus(month(COUNTY, 5).month, month(COUNTY, 5, before).month)).toEqual({ ...none, netNewEmployment: -1 });
    expect(minus(month(COUNTY, 7).month, month(COUNTY, 7, before).month)).toEqual({ ...none, jobsCreated: 1, netNewEmployment: 1 });
    expect(minus(month(COUNTY, 8).month, month(COUNTY, 8, before).month)).toEqual({
      ...none,
      jobsCreated: 1,
      netNewEmployment: 1,
      reemployed: 1,
    });
    expect(minus(month(COUNTY, 6).month, month(COUNTY, 6, before).month)).toEqual({
      ...none,
      reemployed: 1,
      hardshipReemployed: 1,
      ruralLaborExported: 1,
    });
    expect(minus((after.get(COUNTY)!.q1 as Progress).month, (before.get(COUNTY)!.q1 as Progress).month)).toEqual({
      ...none,
      jobsCreated: 2,
      netNewEmployment: 2,
      reemployed: 1,
    });
    expect(minus(month(COUNTY, 8).yearToDate, month(COUNTY, 8, before).yearToDate)).toEqual({
      jobsCreated: 4,
      netNewEmployment: 3,
      reemployed: 3,
      hardshipReemployed: 1,
      ruralLaborExported: 1,
    });
    // Unemployed at the end of February only: from March on the worker has a job open.
    expect([2, 3, 5, 6, 8].map((m) => month(COUNTY, m).registeredUnemployed - month(COUNTY, m, before).registeredUnemployed)).toEqual([
      1, 0, 0, 0, 0,
    ]);
    // Two issued in August; the revocation (dated now) leaves the ended months as reported.
    expect(minus(certs(COUNTY, 8), certs(COUNTY, 8, before))).toEqual({ issuedInMonth: 2, issuedYearToDate: 2, valid: 2 });
    expect(minus(certs(OTHER, 8), certs(OTHER, 8, before))).toEqual({ issuedInMonth: 0, issuedYearToDate: 0, valid: -1 });
    expect(minus(certs(OTHER, 7), certs(OTHER, 7, before))).toEqual({ issuedInMonth: 0, issuedYearToDate: 0, valid: 0 });

    await expectSummaryEqualsRecount(2003);

    // A corrected ID number makes the worker a woman of 45 (4050): the jobs keep whether she
    // was a hardship case on their first days (the records' snapshots), so no figure moves.
    const corrected = await stack.query<{ correctPerson: { hardship: { fortyFifty: boolean } } }>(
      'mutation C($id: ID!, $input: CorrectPersonInput!) { correctPerson(id: $id, input: $input) { hardship { fortyFifty } } }',
      { id: worker, input: { idNumber: freshIdNumber('1958-02-02', 'FEMALE') } },
      'labor',
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctPerson.hardship.fortyFifty).toBe(true);
    expect((await report(2003)).get(COUNTY)).toEqual(after.get(COUNTY));
    await expectSummaryEqualsRecount(2003);
    await expectSummaryEqualsRecount(2002);
  });

  it('is rebuilt from the records (the migration backfill) into the rows the services kept', async () => {
    const db = stack.subgraphs.labor.db;
    const rows = () => summaryRows(db, 'labor_monthly_summary');
    const kept = await rows();
    expect(kept.length).toBeGreaterThan(COUNTIES.length);
    await db.transaction((tx) => rebuildLaborSummary(tx));
    expect(await rows()).toEqual(kept);
  });

  it('reads the joint meeting report from a fixed number of labor statements', async () => {
    const labor = stack.subgraphs.labor;
    labor.queries.reset();
    const res = await stack.query(contractOperation('JointMeetingReport'), { year: 2003, month: 7 }, 'reporter');
    expect(res.errors).toBeUndefined();
    // The counties, the targets, the year's labour force, one read of the year's summary rows.
    expect(labor.queries.total).toBe(4);
  });
  describe('tax', () => {
    const TAX = `query($y: Int!, $m: Int!, $q: Int!) { counties { code
      m: taxReliefStats(year: $y, month: $m) { month { persons enterprises amount } yearToDate { persons enterprises amount } }
      q: taxReliefStats(year: $y, quarter: $q) { month { persons enterprises amount } yearToDate { persons enterprises amount } } } }`;
    type Totals = { persons: number; enterprises: number; amount: string };
    type Stats = { month: Totals; yearToDate: Totals };
    const fen = (yuan: string) => BigInt(yuan.replace('.', ''));

    async function taxReport(month: number): Promise<Map<string, { m: Stats; q: Stats }>> {
      const res = await stack.query<{ counties: { code: string; m: Stats; q: Stats }[] }>(
        TAX,
        { y: 2003, m: month, q: Math.ceil(month / 3) },
        'reporter',
      );
      expect(res.errors).toBeUndefined();
      return new Map(res.data!.counties.map((c) => [c.code, c]));
    }

    it('counts a person relieved twice and an enterprise once, and what a revocation left of their relief', async () => {
      const county = '320803';
      const before = (await taxReport(8)).get(county)!;
      const person = await stack.query<{ registerPerson: { id: string } }>(
        contractOperation('RegisterPerson'),
        {
          input: { name: '吴春梅', idNumber: freshIdNumber(), countyCode: county, category: 'SOE_LAID_OFF', registeredOn: '2003-05-01' },
        },
        'labor',
      );
      const personId = person.data!.registerPerson.id;
      const issued = await stack.query<{ issueCertificate: { number: string } }>(
        contractOperation('IssueCertificate'),
        { personId },
        'labor',
      );
      const number = issued.data!.issueCertificate.number;
      await stack.syncFeeds();
      // Tax registers an individual business only as commerce registered it.
      const opened = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
        'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
        {
          input: {
            ownerId: personId,
            certificateNumber: number,
            name: '吴记理发',
            industry: 'BARBER',
            countyCode: county,
            registeredOn: '2003-08-15',
          },
        },
        'commerce',
      );
      expect(opened.errors).toBeUndefined();
      await stack.syncFeeds();
      const REGISTER = 'mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }';
      const business = opened.data!.registerIndividualBusiness.creditCode;
      const employer = await commerceEnterprise(stack, { countyCode: county, registeredOn: '2003-03-01', taxOffices: ['STATE'] });
      for (const input of [
        {
          creditCode: business,
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'BARBER',
          registeredOn: '2003-08-15',
          ownerCertificateNumber: number,
        },
      ]) {
        expect((await stack.query(REGISTER, { input: { ...input, countyCode: county } }, 'tax')).errors).toBeUndefined();
      }
      const assessed = await stack.query(
        'mutation A($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { id } }',
        {
          input: {
            enterpriseCreditCode: employer,
            kind: 'NEW_SERVICE_ENTERPRISE',
            staffCount: 3,
            hiredCertificateNumbers: [number],
            overrideReason: '认定材料',
          },
        },
        'tax',
      );
      expect(assessed.errors).toBeUndefined();
      for (const input of [
        { certificateNumber: number, taxType: 'BUSINESS_TAX', amount: '100.10' },
        { certificateNumber: number, taxType: 'INDIVIDUAL_INCOME_TAX', amount: '50.05' },
        { certificateNumber: number, taxType: 'ENTERPRISE_INCOME_TAX', amount: '1000.00', enterpriseCreditCode: employer },
      ]) {
        const granted = await stack.query(
          contractOperation('GrantTaxRelief'),
          { input: { ...input, periodStart: '2003-08-15', periodEnd: '2003-12-31' } },
          'tax',
        );
        expect(granted.errors).toBeUndefined();
      }
      const change = (after: { m: Stats; q: Stats }, part: 'month' | 'yearToDate', of: 'm' | 'q' = 'm') => ({
        persons: after[of][part].persons - before[of][part].persons,
        enterprises: after[of][part].enterprises - before[of][part].enterprises,
        amount: fen(after[of][part].amount) - fen(before[of][part].amount),
      });
      const granted = (await taxReport(8)).get(county)!;
      for (const part of ['month', 'yearToDate'] as const)
        expect(change(granted, part)).toEqual({ persons: 1, enterprises: 1, amount: 115015n });
      expect(change(granted, 'month', 'q')).toEqual({ persons: 1, enterprises: 1, amount: 115015n });

      // Revoked today (08-15), on the reliefs' first day: they count nothing and no one any more.
      const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '骗取优惠证' }, 'labor');
      expect(revoked.errors).toBeUndefined();
      await stack.syncFeeds();
      const after = (await taxReport(8)).get(county)!;
      for (const part of ['month', 'yearToDate'] as const) expect(change(after, part)).toEqual({ persons: 0, enterprises: 0, amount: 0n });
      expect(change(after, 'month', 'q')).toEqual({ persons: 0, enterprises: 0, amount: 0n });
    });
  });
  describe('commerce', () => {
    const PERIOD = '{ individualBusinesses enterprises feeExemptions feeExemptedAmount }';
    const STATS = `{ month ${PERIOD} yearToDate ${PERIOD} privateEconomyEmployees }`;
    const COMMERCE = `query($y: Int!, $m: Int!, $q: Int!) { counties { code
      m: registrationStats(year: $y, month: $m) ${STATS} q: registrationStats(year: $y, quarter: $q) ${STATS} } }`;
    type Period = { individualBusinesses: number; enterprises: number; feeExemptions: number; feeExemptedAmount: string };
    type Stats = { month: Period; yearToDate: Period; privateEconomyEmployees: number };
    const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
    const asFen = (s: Stats) => ({
      ...s,
      month: { ...s.month, feeExemptedAmount: fen(s.month.feeExemptedAmount) },
      yearToDate: { ...s.yearToDate, feeExemptedAmount: fen(s.yearToDate.feeExemptedAmount) },
    });

    async function commerceReport(month: number): Promise<Map<string, { m: Stats; q: Stats }>> {
      const res = await stack.query<{ counties: { code: string; m: Stats; q: Stats }[] }>(
        COMMERCE,
        { y: 2003, m: month, q: Math.ceil(month / 3) },
        'reporter',
      );
      expect(res.errors).toBeUndefined();
      return new Map(res.data!.counties.map((c) => [c.code, c]));
    }

    /** Every county's month and quarter of 2003 from the summary, against the GROUP BY over the register. */
    async function expectCommerceEqualsRecount(): Promise<void> {
      const periods = yearSeries(2003, TEST_BUSINESS_DATE);
      const quarters = [1, 2, 3].map((quarter) => reportingPeriod({ year: 2003, quarter }, TEST_BUSINESS_DATE));
      const counted = await registrationStatsFor(
        stack.subgraphs.commerce.db,
        COUNTIES.map((c) => c.code),
        [...periods, ...quarters],
      );
      for (const period of periods) {
        const answered = await commerceReport(period.month);
        const quarter = quarters[Math.ceil(period.month / 3) - 1];
        for (const { code } of COUNTIES) {
          expect({ code, period: period.id, ...asFen(answered.get(code)!.m) }).toEqual({
            code,
            period: period.id,
            ...counted.get(period.id)!.get(code),
          });
          expect({ code, period: quarter.id, ...asFen(answered.get(code)!.q) }).toEqual({
            code,
            period: quarter.id,
            ...counted.get(quarter.id)!.get(code),
          });
        }
      }
    }

    it('holds the registration figures of a recount after a backdated registration, an employee count and a revoked exemption', async () => {
      await expectCommerceEqualsRecount();
      const county = '320829';
      const [julyBefore, augustBefore] = [(await commerceReport(7)).get(county)!.m, (await commerceReport(8)).get(county)!.m];
      const register = 'mutation R($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }';
      const entry = (kind: string, registeredOn: string, employeeCount: number) => ({
        input: { name: `盱眙${kind}`, kind, industry: 'MANUFACTURING', countyCode: county, registeredOn, employeeCount },
      });
      expect((await stack.query(register, entry('STATE_OWNED', '2003-08-06', 100), 'commerce')).errors).toBeUndefined();
      const firm = await stack.query<{ registerEnterprise: { creditCode: string } }>(
        register,
        entry('PRIVATE_ENTERPRISE', '2003-07-20', 12),
        'commerce',
      );
      expect(firm.errors).toBeUndefined();
      const update = 'mutation U($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { employeeCount } }';
      const input = { creditCode: firm.data!.registerEnterprise.creditCode, employeeCount: 20, effectiveOn: '2003-08-10' };
      expect((await stack.query(update, { input }, 'commerce')).errors).toBeUndefined();

      const [july, august] = [(await commerceReport(7)).get(county)!.m, (await commerceReport(8)).get(county)!.m];
      expect([
        july.month.enterprises - julyBefore.month.enterprises,
        july.privateEconomyEmployees - julyBefore.privateEconomyEmployees,
      ]).toEqual([1, 12]);
      expect([
        august.month.enterprises - augustBefore.month.enterprises,
        august.yearToDate.enterprises - augustBefore.yearToDate.enterprises,
      ]).toEqual([1, 2]);
      expect(august.privateEconomyEmployees - augustBefore.privateEconomyEmployees).toBe(20);
      await expectCommerceEqualsRecount();

      // A holder's business with its fee exemption from today (08-15), then the certificate
      // revoked today, on the exemption's first day: it counts nothing and no fee any more.
      const holder = await stack.query<{ registerPerson: { id: string } }>(
        contractOperation('RegisterPerson'),
        { input: { name: '陈国庆', idNumber: freshIdNumber(), countyCode: county, category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' } },
        'labor',
      );
      const ownerId = holder.data!.registerPerson.id;
      const issued = await stack.query<{ issueCertificate: { number: string } }>(
        contractOperation('IssueCertificate'),
        { personId: ownerId },
        'labor',
      );
      const number = issued.data!.issueCertificate.number;
      await stack.syncFeeds();
      const opened = await stack.query<{ registerIndividualBusiness: { feeExemption: { id: string } | null } }>(
        'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { feeExemption { id } } }',
        {
          input: {
            ownerId,
            certificateNumber: number,
            name: '陈记修车',
            industry: 'REPAIR',
            countyCode: county,
            registeredOn: '2003-08-15',
          },
        },
        'commerce',
      );
      expect(opened.errors).toBeUndefined();
      expect(opened.data!.registerIndividualBusiness.feeExemption).not.toBeNull();
      const exempted = (await commerceReport(8)).get(county)!.m;
      expect([
        exempted.month.individualBusinesses - august.month.individualBusinesses,
        exempted.month.feeExemptions - august.month.feeExemptions,
      ]).toEqual([1, 1]);
      await stack.syncFeeds();
      const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '骗取优惠证' }, 'labor');
      expect(revoked.errors).toBeUndefined();
      await stack.syncFeeds();
      const ended = (await commerceReport(8)).get(county)!.m;
      expect(ended.month.individualBusinesses).toBe(exempted.month.individualBusinesses);
      for (const part of ['month', 'yearToDate'] as const) {
        expect([ended[part].feeExemptions, ended[part].feeExemptedAmount]).toEqual([
          august[part].feeExemptions,
          august[part].feeExemptedAmount,
        ]);
      }
      await expectCommerceEqualsRecount();
    });

    it('drops a closed business from the staff and its exemption from the closure on, and labor its self-employment', async () => {
      const county = '320826';
      const close = 'mutation C($input: CloseBusinessInput!) { closeBusiness(input: $input) { closedOn } }';
      const firm = await stack.query<{ registerEnterprise: { creditCode: string } }>(
        'mutation R($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }',
        {
          input: {
            name: '涟水私营砖厂',
            kind: 'PRIVATE_ENTERPRISE',
            industry: 'MANUFACTURING',
            countyCode: county,
            registeredOn: '2003-06-10',
            employeeCount: 15,
          },
        },
        'commerce',
      );
      expect(firm.errors).toBeUndefined();
      // A holder's business with its fee exemption (and labor's self-employment of the owner) from today.
      const holder = await stack.query<{ registerPerson: { id: string } }>(
        contractOperation('RegisterPerson'),
        { input: { name: '吴建华', idNumber: freshIdNumber(), countyCode: county, category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' } },
        'labor',
      );
      const ownerId = holder.data!.registerPerson.id;
      const issued = await stack.query<{ issueCertificate: { number: string } }>(
        contractOperation('IssueCertificate'),
        { personId: ownerId },
        'labor',
      );
      await stack.syncFeeds();
      const opened = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
        'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
        {
          input: {
            ownerId,
            certificateNumber: issued.data!.issueCertificate.number,
            name: '吴记豆腐',
            industry: 'CATERING',
            countyCode: county,
            registeredOn: TEST_BUSINESS_DATE,
          },
        },
        'commerce',
      );
      expect(opened.errors).toBeUndefined();
      await stack.syncFeeds();
      const before = new Map(await Promise.all([6, 7, 8].map(async (m) => [m, (await commerceReport(m)).get(county)!.m] as const)));

      // The firm closes on 07-20, the holder's business on its first day.
      const closures = [
        { creditCode: firm.data!.registerEnterprise.creditCode, closedOn: '2003-07-20', reason: '歇业' },
        { creditCode: opened.data!.registerIndividualBusiness.creditCode, closedOn: TEST_BUSINESS_DATE, reason: '歇业' },
      ];
      for (const input of closures) expect((await stack.query(close, { input }, 'commerce')).errors).toBeUndefined();
      await stack.syncFeeds();
      const after = new Map(await Promise.all([6, 7, 8].map(async (m) => [m, (await commerceReport(m)).get(county)!.m] as const)));
      // Staff counted at a month's end leave from the closure month on; registrations stay where they were.
      expect([6, 7, 8].map((m) => after.get(m)!.privateEconomyEmployees - before.get(m)!.privateEconomyEmployees)).toEqual([0, -15, -16]);
      expect([6, 7, 8].map((m) => after.get(m)!.yearToDate.enterprises - before.get(m)!.yearToDate.enterprises)).toEqual([0, 0, 0]);
      // The exemption waived the one-off fees (¥30) and the first month's management fee (¥20), not ¥750.
      const august = [after.get(8)!, before.get(8)!].map((r) => fen(r.month.feeExemptedAmount));
      expect(august[0] - august[1]).toBe(-70_000n);
      expect(after.get(8)!.month.feeExemptions).toBe(before.get(8)!.month.feeExemptions);
      await expectCommerceEqualsRecount();
      // Labor ended the owner's self-employment on the closure date through endEmployment: its summary is a recount's.
      await expectSummaryEqualsRecount(2003);
    });

    it('is rebuilt from the register into the rows the services kept', async () => {
      const db = stack.subgraphs.commerce.db;
      const rows = () => summaryRows(db, 'commerce_monthly_summary');
      const kept = await rows();
      expect(kept.length).toBeGreaterThan(COUNTIES.length);
      await db.transaction((tx) => rebuildCommerceSummary(tx));
      expect(await rows()).toEqual(kept);
    });
  });
});
