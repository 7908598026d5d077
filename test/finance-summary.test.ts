import type { DataSource } from 'typeorm';
import { COUNTIES } from '../demo/world';
import { makeCreditCode } from '../shared/checksums';
import { CertificateReplica } from '../shared/certificate-replica/replica.entity';
import { formatYuan, parseYuan } from '../shared/money';
import { type ReportingPeriod, reportingPeriod, yearSeries } from '../shared/reporting-period';
import { Loan } from '../subgraphs/finance/src/loan/loan.entity';
import { LoanStatus } from '../subgraphs/finance/src/loan/loan.enums';
import { loanStatsFor } from '../subgraphs/finance/src/stats/loan-stats.queries';
import { subsidyStatsFor } from '../subgraphs/finance/src/stats/subsidy-stats.queries';
import { FinanceMonthlySummary1751000200000 } from '../subgraphs/finance/src/migrations/1751000200000-finance-monthly-summary';
import { rebuildFinanceSummary } from '../subgraphs/finance/src/summary/finance-summary.rebuild';
import type { TokenClaims } from '../shared/auth/tokens';
import { advance, applyForLoan, BANK, certifiedHolder, type Holder, step } from './finance-fixtures';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

/**
 * Issue 14, finance: loanStats and subsidyStats read finance_monthly_summary, which the
 * loan steps (one by one and imported), the subsidy payments, the demo seed and the scale
 * loader keep. On the demo world the answers are those of the records path (the queries
 * the report ran before the summary, kept as loanStatsFor / subsidyStatsFor); after
 * writes of every kind (a disbursement imported backdated into May and repaid in July, a
 * demo loan defaulted and compensated in June, loans disbursed, repaid and defaulted
 * today, subsidies of all four kinds) every county's figures for every month and quarter
 * of 2002 and 2003 still equal that recount, and a rebuild from the records (the
 * migration's backfill) gives the very rows kept. The interest subsidy and the guarantee
 * capacity stay on the records (a revocation and the fund's contributions change them
 * by date): the recount checks that they did not move either.
 */
const TOTALS = '{ count amount }';
const LOAN = `{ month ${TOTALS} yearToDate ${TOTALS} outstandingAmount guaranteeCapacity interestSubsidyDue interestSubsidyLoans }`;
const PAID = '{ count amount socialInsurance job training referral }';
const SUBSIDY = `{ month ${PAID} yearToDate ${PAID} }`;

/** A year's quarters begun by the business date (a later one is refused). */
const quartersOf = (year: number) =>
  [1, 2, 3, 4].filter((quarter) => `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01` <= TEST_BUSINESS_DATE);

const reportQuery = (year: number) => `query($y: Int!) { counties { code
  loanSeries(year: $y) ${LOAN} subsidySeries(year: $y) ${SUBSIDY}
  ${quartersOf(year)
    .map((q) => `lq${q}: loanStats(year: $y, quarter: ${q}) ${LOAN} sq${q}: subsidyStats(year: $y, quarter: ${q}) ${SUBSIDY}`)
    .join('\n  ')} } }`;

type Json = Record<string, unknown>;
type CountyReport = { code: string; loanSeries: Json[]; subsidySeries: Json[] } & Record<string, Json>;

/** The records path's figures as the gateway answers them (money as yuan text). */
const asAnswered = (value: unknown): unknown =>
  typeof value === 'bigint'
    ? formatYuan(value)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asAnswered(v)]))
      : value;

const fen = (yuan: unknown): bigint => parseYuan(String(yuan)) ?? 0n;

/** A summary table's rows with any non-zero figure (a +1 then -1 leaves a row of zeros that a rebuild does not write). */
async function summaryRows(db: DataSource): Promise<Record<string, string | number>[]> {
  const rows = await db.query<Record<string, string | number>[]>('SELECT * FROM finance_monthly_summary ORDER BY countyCode, year, month');
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'countyCode' ? String(v) : Number(v)])))
    .filter((row) => Object.entries(row).some(([k, v]) => !['countyCode', 'year', 'month'].includes(k) && v !== 0));
}

/** A lending bank's integration that also reports the guarantor's steps (as in bulk-import.test.ts). */
const LOAN_REPORTER: TokenClaims = { sub: 'bank-import', dept: 'finance', scope: 'finance:write guarantee:approve bank:disburse' };

describe('finance monthly summary', () => {
  let stack: Stack;
  let db: DataSource;
  beforeAll(async () => {
    stack = await startStack();
    db = stack.subgraphs.finance.db;
    await stack.syncFeeds();
  });
  afterAll(() => stack?.stop());

  async function report(year: number): Promise<Map<string, CountyReport>> {
    const res = await stack.query<{ counties: CountyReport[] }>(reportQuery(year), { y: year }, 'reporter');
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.counties.map((c) => [c.code, c]));
  }

  /** Every county's months and quarters of `year` from the gateway equal the records path's. */
  async function expectSummaryEqualsRecount(year: number): Promise<void> {
    const codes = COUNTIES.map((c) => c.code);
    const months = yearSeries(year, TEST_BUSINESS_DATE);
    const quarters = quartersOf(year).map((quarter) => reportingPeriod({ year, quarter }, TEST_BUSINESS_DATE));
    const periods: ReportingPeriod[] = [...months, ...quarters];
    const [answered, loans, subsidies] = await Promise.all([
      report(year),
      loanStatsFor(db, codes, periods),
      subsidyStatsFor(db, codes, periods),
    ]);
    let compared = 0;
    for (const code of codes) {
      const county = answered.get(code)!;
      months.forEach((period, i) => {
        expect({ code, period: period.id, ...county.loanSeries[i] }).toEqual({
          code,
          period: period.id,
          ...(asAnswered(loans.get(period.id)!.get(code)) as Json),
        });
        expect({ code, period: period.id, ...county.subsidySeries[i] }).toEqual({
          code,
          period: period.id,
          ...(asAnswered(subsidies.get(period.id)!.get(code)) as Json),
        });
        compared += 1;
      });
      for (const period of quarters) {
        expect({ code, period: period.id, ...county[`lq${period.quarter}`] }).toEqual({
          code,
          period: period.id,
          ...(asAnswered(loans.get(period.id)!.get(code)) as Json),
        });
        expect({ code, period: period.id, ...county[`sq${period.quarter}`] }).toEqual({
          code,
          period: period.id,
          ...(asAnswered(subsidies.get(period.id)!.get(code)) as Json),
        });
      }
    }
    expect(compared).toBe(codes.length * months.length);
  }

  it("answers the demo world's report exactly as the records path did, every county, month and quarter", async () => {
    await expectSummaryEqualsRecount(2003);
    await expectSummaryEqualsRecount(2002);
    // The joint meeting's table (loanStats of every county) for each month of the demo year.
    const codes = COUNTIES.map((c) => c.code);
    for (const month of [1, 4, 7, 8]) {
      const res = await stack.query<{ counties: { code: string; loanStats: Json }[] }>(
        contractOperation('JointMeetingReport'),
        { year: 2003, month },
        'reporter',
      );
      expect(res.errors).toBeUndefined();
      const period = reportingPeriod({ year: 2003, month }, TEST_BUSINESS_DATE);
      const counted = await loanStatsFor(db, codes, [period]);
      for (const county of res.data!.counties) {
        const { month: m, yearToDate, outstandingAmount, guaranteeCapacity } = counted.get(period.id)!.get(county.code)!;
        expect({ code: county.code, month, ...county.loanStats }).toEqual({
          code: county.code,
          month,
          ...(asAnswered({ month: m, yearToDate, outstandingAmount, guaranteeCapacity }) as Json),
        });
      }
    }
    // Something to compare: the demo year has loans lent, owed and subsidies paid by August.
    const august = (await report(2003)).get(COUNTIES[0].code)!;
    expect((august.loanSeries[7].yearToDate as Json).count as number).toBeGreaterThan(0);
    expect(fen(august.loanSeries[7].outstandingAmount)).toBeGreaterThan(0n);
    expect((august.subsidySeries[7].yearToDate as Json).count as number).toBeGreaterThan(0);
  });

  /** Demo loans of `status` on certificates still VALID in finance's replica, whose step `column` was before `by`. */
  function demoLoans(status: LoanStatus, column: 'approvedOn' | 'disbursedOn', by: string): Promise<Loan[]> {
    return db
      .getRepository(Loan)
      .createQueryBuilder('l')
      .innerJoin(CertificateReplica, 'r', 'r.number = l.certificateNumber AND r.status = :valid', { valid: 'VALID' })
      .where('l.status = :status', { status })
      .andWhere(`l.${column} < :by`, { by })
      .andWhere('l.guaranteeFundId IS NOT NULL')
      .orderBy('l.id', 'ASC')
      .getMany();
  }

  it('holds the figures of a recount after loan steps one by one and imported (backdated), and subsidies of every kind', async () => {
    // An approved demo loan (by April) and a lent one (by May) of the same county.
    const lentLoans = await demoLoans(LoanStatus.DISBURSED, 'disbursedOn', '2003-06-01');
    const approved = (await demoLoans(LoanStatus.APPROVED, 'approvedOn', '2003-05-01')).find((a) =>
      lentLoans.some((l) => l.countyCode === a.countyCode),
    )!;
    expect(approved).toBeDefined();
    const COUNTY = approved.countyCode;
    const lent = lentLoans.find((l) => l.countyCode === COUNTY)!;
    const before = (await report(2003)).get(COUNTY)!;

    // Imported: the approved loan disbursed in May and repaid in July; the lent one defaulted and compensated in June.
    const batch = [
      { loanId: String(approved.id), transition: 'DISBURSE', on: '2003-05-10' },
      { loanId: String(approved.id), transition: 'REPAY', on: '2003-07-05' },
      { loanId: String(lent.id), transition: 'DEFAULT', on: '2003-06-10' },
      { loanId: String(lent.id), transition: 'COMPENSATE', on: '2003-06-20' },
    ];
    const imported = await stack.query<{ importLoanTransitions: { items: { status: string; errors: unknown[] }[] } }>(
      'mutation($input: ImportLoanTransitionsInput!) { importLoanTransitions(input: $input) { items { status errors { field code } } } }',
      { input: { items: batch } },
      LOAN_REPORTER,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importLoanTransitions.items.map((i) => [i.status, i.errors])).toEqual(batch.map(() => ['CREATED', []]));

    // Today (08-15), one by one: three new loans disbursed; one repaid the same day, one defaulted.
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const applied = await applyForLoan(stack, await certifiedHolder(stack, { countyCode: COUNTY }), { amount: '5000.00' });
      expect(applied.errors).toBeUndefined();
      ids.push(applied.data!.applyForLoan.id);
      expect((await advance(stack, ids[i], 4)).status).toBe('DISBURSED');
    }
    expect((await step(stack, 'repayLoan', ids[1], BANK)).errors).toBeUndefined();
    expect((await step(stack, 'markLoanDefaulted', ids[2], BANK)).errors).toBeUndefined();

    // Subsidies paid today from the county's 2003 fund: one of each kind.
    const employer = makeCreditCode('1', COUNTY, 77_001);
    const holder = await earlyHolder(COUNTY, employer);
    const paid = [
      await stack.query(
        'mutation($input: SocialInsuranceSubsidyInput!) { paySocialInsuranceSubsidy(input: $input) { id } }',
        {
          input: {
            certificateNumber: holder.number,
            enterpriseCreditCode: employer,
            quarterStart: '2003-04-01',
            pensionAmount: '300.00',
            unemploymentAmount: '30.00',
          },
        },
        'finance',
      ),
      await stack.query(
        'mutation($input: JobSubsidyInput!) { payJobSubsidy(input: $input) { id } }',
        {
          input: {
            certificateNumber: holder.number,
            enterpriseCreditCode: employer,
            periodStart: '2003-07-01',
            periodEnd: '2003-07-31',
            amount: '150.00',
          },
        },
        'finance',
      ),
      ...(['TRAINING', 'REFERRAL'] as const).map((kind) =>
        stack.query(
          'mutation($input: InstitutionSubsidyInput!) { payInstitutionSubsidy(input: $input) { id } }',
          {
            input: {
              kind,
              countyCode: COUNTY,
              institutionName: `汇总测试${kind}中心`,
              periodStart: '2003-01-01',
              periodEnd: '2003-06-30',
              placedPersons: 4,
              amountPerPerson: '100.00',
            },
          },
          'finance',
        ),
      ),
    ];
    for (const res of await Promise.all(paid)) expect(res.errors).toBeUndefined();

    const after = (await report(2003)).get(COUNTY)!;
    const A = approved.amount;
    const Y = lent.amount;
    const change = (m: number) => {
      const [now, then] = [after.loanSeries[m - 1], before.loanSeries[m - 1]];
      const totals = (t: unknown, u: unknown) => {
        const [x, y] = [t as Json, u as Json];
        return [(x.count as number) - (y.count as number), fen(x.amount) - fen(y.amount)];
      };
      return {
        month: totals(now.month, then.month),
        yearToDate: totals(now.yearToDate, then.yearToDate),
        outstanding: fen(now.outstandingAmount) - fen(then.outstandingAmount),
      };
    };
    expect(change(4)).toEqual({ month: [0, 0n], yearToDate: [0, 0n], outstanding: 0n });
    expect(change(5)).toEqual({ month: [1, A], yearToDate: [1, A], outstanding: A });
    expect(change(6)).toEqual({ month: [0, 0n], yearToDate: [1, A], outstanding: A - Y });
    expect(change(7)).toEqual({ month: [0, 0n], yearToDate: [1, A], outstanding: -Y });
    expect(change(8)).toEqual({ month: [3, 1_500_000n], yearToDate: [4, A + 1_500_000n], outstanding: 1_000_000n - Y });
    const q2 = (at: CountyReport) => at.lq2;
    expect((q2(after).month as Json).count as number).toBe(((q2(before).month as Json).count as number) + 1);

    const subsidyChange = (part: 'month' | 'yearToDate') => {
      const [now, then] = [after.subsidySeries[7][part] as Json, before.subsidySeries[7][part] as Json];
      return Object.fromEntries(
        Object.keys(now).map((k) => [k, k === 'count' ? (now[k] as number) - (then[k] as number) : fen(now[k]) - fen(then[k])]),
      );
    };
    const expected = { count: 4, amount: 128_000n, socialInsurance: 33_000n, job: 15_000n, training: 40_000n, referral: 40_000n };
    expect(subsidyChange('month')).toEqual(expected);
    expect(subsidyChange('yearToDate')).toEqual(expected);
    expect(after.subsidySeries[6]).toEqual(before.subsidySeries[6]);

    await expectSummaryEqualsRecount(2003);
    await expectSummaryEqualsRecount(2002);
  });

  /**
   * A holder registered in March with a hire from April (labor's record, replicated to
   * finance): the second quarter's social-insurance subsidy is due for them.
   */
  async function earlyHolder(countyCode: string, employer: string): Promise<Holder> {
    const registered = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      { input: { name: '钱建国', idNumber: freshIdNumber(), countyCode, category: 'SOE_LAID_OFF', registeredOn: '2003-03-01' } },
      'labor',
    );
    expect(registered.errors).toBeUndefined();
    const personId = registered.data!.registerPerson.id;
    const hired = await stack.query(
      'mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      { input: { personId, kind: 'ENTERPRISE_HIRE', startedOn: '2003-04-01', employerCreditCode: employer } },
      'labor',
    );
    expect(hired.errors).toBeUndefined();
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    expect(issued.errors).toBeUndefined();
    await stack.syncFeeds();
    return { personId, number: issued.data!.issueCertificate.number };
  }

  it('is rebuilt from the loans and payments (as the migration builds it) into the rows the services kept', async () => {
    const kept = await summaryRows(db);
    expect(kept.length).toBeGreaterThan(COUNTIES.length);
    await db.transaction((tx) => rebuildFinanceSummary(tx));
    expect(await summaryRows(db)).toEqual(kept);
    // The migration itself, run again on these records: the table it builds holds the same rows.
    const migration = new FinanceMonthlySummary1751000200000();
    const runner = db.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await summaryRows(db)).toEqual(kept);
  });

  it('reads the joint meeting report and a year of loan and subsidy series from a fixed number of finance statements', async () => {
    const finance = stack.subgraphs.finance;
    finance.queries.reset();
    const res = await stack.query(contractOperation('JointMeetingReport'), { year: 2003, month: 7 }, 'reporter');
    expect(res.errors).toBeUndefined();
    // The year's summary rows, the interest subsidy, the contributions and the guarantees.
    expect(finance.queries.total).toBe(4);
    finance.queries.reset();
    expect((await report(2003)).size).toBe(COUNTIES.length);
    // The same four: the summary year is read once for loans, subsidies, months and quarters.
    expect(finance.queries.total).toBe(4);
  });
});
