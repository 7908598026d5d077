import type { DataSource, EntityManager } from 'typeorm';
import { buildDemoWorld, DEMO_YEAR, type DemoWorld } from '../../../demo/world';
import { addDays, addMonths } from '../../../shared/calendar';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { backfillLoanChanges } from './loan-feed/loan-feed';
import { FundAllocation } from './fund/fund-allocation.entity';
import { GuaranteeContribution } from './guarantee/guarantee-contribution.entity';
import { GuaranteeFund } from './guarantee/guarantee-fund.entity';
import { LoanInterestSubsidy } from './loan/interest-subsidy.entity';
import { Loan } from './loan/loan.entity';
import { LoanStatus } from './loan/loan.enums';
import { GUARANTEED_STATUSES, pbocBaseRateBp, subsidyRows } from './loan/loan.rules';
import { SubsidyKind } from './subsidy/subsidy.enums';
import { SubsidyPayment } from './subsidy/subsidy-payment.entity';
import { rebuildFinanceSummary } from './summary/finance-summary.rebuild';

/** The demo world stands on this day (the tests' business date): nothing in it happens later. */
const DEMO_AS_OF = '2003-08-15';
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The day the demo funds were paid in: before the demo year's first loan. */
const FUNDS_PAID_IN = `${DEMO_YEAR}-01-01`;

/**
 * A guarantee centre per county with a fund of ¥10,000 per population weight point, paid
 * in as one contribution at the start of the year (capital is the contributions' sum).
 */
async function seedGuaranteeFunds(tx: EntityManager, world: DemoWorld): Promise<void> {
  await insertChunked(
    tx,
    GuaranteeFund,
    world.counties.map((c) => ({
      countyCode: c.code,
      institutionName: `${c.name}再就业小额贷款担保中心`,
      capital: BigInt(c.weight) * 1_000_000n,
      compensated: 0n,
      guaranteed: 0n,
    })),
  );
  const funds = await tx.find(GuaranteeFund);
  await insertChunked(
    tx,
    GuaranteeContribution,
    funds.map((f) => ({ fundId: f.id, contributedOn: FUNDS_PAID_IN, amount: f.capital })),
  );
}

/** The loans of certificate holders, each at a lifecycle stage consistent with its dates. */
async function seedLoans(tx: EntityManager, world: DemoWorld): Promise<void> {
  const funds = new Map((await tx.find(GuaranteeFund)).map((f) => [f.countyCode, f.id]));
  const statuses = [LoanStatus.DISBURSED, LoanStatus.APPROVED, LoanStatus.APPLIED, LoanStatus.REPAID];
  const loans = world.persons.flatMap((p) => {
    if (!p.loan || !p.certificate) return [];
    const status = statuses[p.id % statuses.length];
    const applied = p.loan.appliedOn;
    const approved = status !== LoanStatus.APPLIED;
    const disbursedOn = status === LoanStatus.DISBURSED || status === LoanStatus.REPAID ? earlier(addDays(applied, 14), DEMO_AS_OF) : null;
    return [
      {
        applicantId: p.id,
        certificateNumber: p.certificate.number,
        countyCode: p.countyCode,
        amount: p.loan.amountFen,
        termMonths: p.loan.termMonths,
        purpose: p.business ? `经营 ${p.business.name}` : '自主创业',
        lowProfitProject: p.loan.lowProfitProject,
        status,
        appliedOn: applied,
        interestRateBp: pbocBaseRateBp(p.loan.termMonths),
        recommendedOn: approved ? earlier(addDays(applied, 3), DEMO_AS_OF) : null,
        reviewedOn: approved ? earlier(addDays(applied, 7), DEMO_AS_OF) : null,
        approvedOn: approved ? earlier(addDays(applied, 10), DEMO_AS_OF) : null,
        guaranteeFundId: approved ? (funds.get(p.countyCode) ?? null) : null,
        disbursedOn,
        dueOn: disbursedOn ? addMonths(disbursedOn, p.loan.termMonths) : null,
        closedOn: status === LoanStatus.REPAID && disbursedOn ? earlier(addDays(disbursedOn, 30), DEMO_AS_OF) : null,
      },
    ];
  });
  await insertChunked(tx, Loan, loans);
  const stored = await tx.find(Loan);
  const schedule = stored.flatMap((loan) => subsidyRows(loan, loan.closedOn ?? undefined));
  await insertChunked(tx, LoanInterestSubsidy, schedule);
  const guaranteed = new Map<number, bigint>();
  for (const loan of stored) {
    if (loan.guaranteeFundId !== null && GUARANTEED_STATUSES.includes(loan.status)) {
      guaranteed.set(loan.guaranteeFundId, (guaranteed.get(loan.guaranteeFundId) ?? 0n) + loan.amount);
    }
  }
  for (const [id, amount] of guaranteed) await tx.update(GuaranteeFund, { id }, { guaranteed: amount });
  // The loan feed carries the demo loans too, as the migration's backfill does for older ones.
  await backfillLoanChanges(tx);
  // Inserted past the services: the monthly summary is recounted from the rows.
  await rebuildFinanceSummary(tx);
}

/**
 * The 2003 re-employment fund of each county, with what was paid from it by mid-August:
 * job subsidies for the certificate holders the demo enterprises hired in July, and the
 * first-half training and referral subsidies of each county's institutions.
 */
async function seedFundsAndSubsidies(tx: EntityManager, world: DemoWorld): Promise<void> {
  const byId = new Map(world.persons.map((p) => [p.id, p]));
  const payments: Omit<SubsidyPayment, 'id' | 'createdAt' | 'fundAllocationId'>[] = [];
  const none = {
    personId: null,
    certificateNumber: null,
    enterpriseCreditCode: null,
    institutionName: null,
    pensionAmount: null,
    unemploymentAmount: null,
    placedPersons: null,
    amountPerPerson: null,
  };
  for (const enterprise of world.enterprises) {
    for (const hire of enterprise.hires) {
      const person = byId.get(hire.personId);
      if (!person?.certificate) continue;
      payments.push({
        ...none,
        kind: SubsidyKind.JOB,
        countyCode: enterprise.countyCode,
        personId: person.id,
        certificateNumber: person.certificate.number,
        enterpriseCreditCode: enterprise.creditCode,
        periodStart: hire.startedOn,
        periodEnd: '2003-07-31',
        amount: 15_000n,
        paidOn: '2003-08-10',
      });
    }
  }
  for (const county of world.counties) {
    const placed = 5 + Math.round(county.weight / 10);
    payments.push({
      ...none,
      kind: SubsidyKind.TRAINING,
      countyCode: county.code,
      institutionName: `${county.name}再就业培训中心`,
      periodStart: '2003-01-01',
      periodEnd: '2003-06-30',
      placedPersons: placed,
      amountPerPerson: 30_000n,
      amount: BigInt(placed) * 30_000n,
      paidOn: '2003-07-15',
    });
    payments.push({
      ...none,
      kind: SubsidyKind.REFERRAL,
      countyCode: county.code,
      institutionName: `${county.name}职业介绍服务中心`,
      periodStart: '2003-01-01',
      periodEnd: '2003-06-30',
      placedPersons: 2 * placed,
      amountPerPerson: 10_000n,
      amount: BigInt(2 * placed) * 10_000n,
      paidOn: '2003-07-20',
    });
  }
  const disbursed = new Map<string, bigint>();
  for (const p of payments) disbursed.set(p.countyCode, (disbursed.get(p.countyCode) ?? 0n) + p.amount);
  await insertChunked(
    tx,
    FundAllocation,
    world.counties.map((c) => ({
      countyCode: c.code,
      year: 2003,
      budgeted: BigInt(c.weight) * 2_000_000n,
      provincialMatching: BigInt(c.weight) * 1_000_000n,
      disbursed: disbursed.get(c.code) ?? 0n,
    })),
  );
  const allocations = new Map((await tx.find(FundAllocation)).map((a) => [a.countyCode, a.id]));
  await insertChunked(
    tx,
    SubsidyPayment,
    payments.map((p) => ({ ...p, fundAllocationId: allocations.get(p.countyCode) ?? 0 })),
  );
  await rebuildFinanceSummary(tx);
}

/**
 * Loads finance's part of the demo world into empty tables: guarantee funds, loans (with
 * their interest-subsidy schedule), re-employment funds and subsidies. Each part checks
 * its own table, so a database seeded by an older version gains the newer parts.
 */
export async function seedFinanceDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  const funds = await seedIfEmpty(db, GuaranteeFund, (tx) => seedGuaranteeFunds(tx, world));
  const loans = await seedIfEmpty(db, Loan, (tx) => seedLoans(tx, world));
  const subsidies = await seedIfEmpty(db, FundAllocation, (tx) => seedFundsAndSubsidies(tx, world));
  return funds || loans || subsidies;
}
