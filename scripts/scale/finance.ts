import type { EntityManager } from 'typeorm';
import { COUNTIES } from '../../demo/world';
import { addDays, addMonths } from '../../shared/calendar';
import { FundAllocation } from '../../subgraphs/finance/src/fund/fund-allocation.entity';
import { GuaranteeContribution } from '../../subgraphs/finance/src/guarantee/guarantee-contribution.entity';
import { GuaranteeFund } from '../../subgraphs/finance/src/guarantee/guarantee-fund.entity';
import { LoanInterestSubsidy } from '../../subgraphs/finance/src/loan/interest-subsidy.entity';
import { Loan } from '../../subgraphs/finance/src/loan/loan.entity';
import { LoanStatus } from '../../subgraphs/finance/src/loan/loan.enums';
import { GUARANTEED_STATUSES, GUARANTEE_LEVERAGE, pbocBaseRateBp, subsidyRows } from '../../subgraphs/finance/src/loan/loan.rules';
import type { DepartmentPlan, TablePlan } from './load';
import { backfillLoanChanges } from '../../subgraphs/finance/src/loan-feed/loan-feed';
import { rebuildFinanceSummary } from '../../subgraphs/finance/src/summary/finance-summary.rebuild';
import { employmentReplicaTables, replicaTables } from './replica';
import type { ScaleLoan, ScaleWorld } from './types';

/** The funds were paid in on the policy's first day, before any loan. */
const FUNDS_PAID_IN = '2003-01-01';

/**
 * A loan's stage on the business date, from its application day: each step of the flow
 * (recommend +3 days, review +7, approve +10, disburse +14) happened if its day has come;
 * one in twenty is refused at review, and a short loan repaid when due is REPAID.
 */
export function loanRow(loan: ScaleLoan, today: string, fundId: number) {
  const on = (days: number) => {
    const day = addDays(loan.appliedOn, days);
    return day <= today ? day : null;
  };
  const refused = loan.id % 20 === 0 && on(7) !== null;
  const [recommendedOn, reviewedOn] = [on(3), on(7)];
  const approvedOn = refused ? null : on(10);
  const disbursedOn = refused ? null : on(14);
  const dueOn = disbursedOn ? addMonths(disbursedOn, loan.termMonths) : null;
  const repaid = dueOn !== null && dueOn <= today;
  const status = refused
    ? LoanStatus.REJECTED
    : repaid
      ? LoanStatus.REPAID
      : disbursedOn
        ? LoanStatus.DISBURSED
        : approvedOn
          ? LoanStatus.APPROVED
          : reviewedOn
            ? LoanStatus.REVIEWED
            : recommendedOn
              ? LoanStatus.RECOMMENDED
              : LoanStatus.APPLIED;
  const holder = loan.certificate.holder;
  return {
    id: loan.id,
    applicantId: holder.id,
    certificateNumber: loan.certificate.number,
    countyCode: holder.countyCode,
    amount: loan.amountFen,
    termMonths: loan.termMonths,
    purpose: loan.purpose,
    lowProfitProject: loan.lowProfitProject,
    status,
    appliedOn: loan.appliedOn,
    interestRateBp: pbocBaseRateBp(loan.termMonths),
    guaranteeFundId: approvedOn ? fundId : null,
    recommendedOn,
    reviewedOn,
    approvedOn,
    disbursedOn,
    dueOn,
    extensionMonths: 0,
    extensionRateBp: null,
    extendedDueOn: null,
    rejectedOn: refused ? reviewedOn : null,
    rejectionReason: refused ? '经营项目不具备还款能力' : null,
    closedOn: repaid ? dueOn : null,
  };
}

/**
 * Finance: a guarantee fund per county (capital paid in on 1 January, large enough that
 * its guarantees stay within five times it), loans at their stage with the interest
 * subsidy schedule of the disbursed low-profit ones, the counties' 2003 re-employment
 * fund budgets, and the replicas of labor's certificates and employment records.
 */
export function financePlan(world: ScaleWorld): DepartmentPlan {
  const fundIds = new Map(COUNTIES.map((c, i) => [c.code, i + 1]));
  const loans = world.loans.map((l) => loanRow(l, world.businessDate, fundIds.get(l.certificate.holder.countyCode) ?? 0));
  const guaranteed = new Map<string, bigint>();
  for (const l of loans) {
    if (GUARANTEED_STATUSES.includes(l.status)) guaranteed.set(l.countyCode, (guaranteed.get(l.countyCode) ?? 0n) + l.amount);
  }
  // ¥10,000 per weight point and scale unit, or a quarter of the guarantees (capacity left over).
  const capitalOf = (code: string, weight: number) => {
    const byWeight = BigInt(Math.max(1, Math.round(weight * world.scale * 10))) * 1_000_000n;
    const needed = ((guaranteed.get(code) ?? 0n) * 5n) / (4n * GUARANTEE_LEVERAGE) + 1_000_000n;
    return byWeight > needed ? byWeight : needed;
  };
  const funds = COUNTIES.map((c) => ({
    id: fundIds.get(c.code),
    countyCode: c.code,
    institutionName: `${c.name}再就业小额贷款担保中心`,
    capital: capitalOf(c.code, c.weight),
    compensated: 0n,
    guaranteed: guaranteed.get(c.code) ?? 0n,
  }));
  const tables: TablePlan[] = [{ entity: GuaranteeFund, rows: funds }];
  const contributions = funds.map((f) => ({ fundId: f.id, contributedOn: FUNDS_PAID_IN, amount: f.capital }));
  tables.push({ entity: GuaranteeContribution, rows: contributions });
  tables.push({ entity: Loan, rows: loans });
  const schedule = loans.flatMap((l) => subsidyRows(l, l.closedOn ?? undefined));
  tables.push({ entity: LoanInterestSubsidy, rows: schedule });
  const budgets = COUNTIES.map((c) => ({
    countyCode: c.code,
    year: 2003,
    budgeted: BigInt(Math.max(1, Math.round(c.weight * world.scale * 20))) * 1_000_000n,
    provincialMatching: BigInt(Math.max(1, Math.round(c.weight * world.scale * 10))) * 1_000_000n,
    disbursed: 0n,
  }));
  tables.push({ entity: FundAllocation, rows: budgets });
  // Its copy of labor's employment records (hiring subsidies' check) starts caught up too.
  tables.push(...replicaTables(world, true), ...employmentReplicaTables(world));
  return {
    tables,
    finish: async (tx: EntityManager) => {
      // The loan feed carries every loan, as the migration's backfill does for a database filled before it.
      await backfillLoanChanges(tx);
      // Bulk inserted past the services: the monthly summary is recounted from the rows.
      await rebuildFinanceSummary(tx);
    },
  };
}
