import type { Viewer } from '../../../../shared/auth/viewer';
import { type EntityManager, In } from 'typeorm';
import { assertCounty } from '../../../../shared/auth/decorators';
import { addMonths, ageOn } from '../../../../shared/calendar';
import { requireValidCertificate } from '../../../../shared/certificate-replica/check';
import { badUserInput, conflict } from '../../../../shared/errors';
import { formatYuan, toFen } from '../../../../shared/money';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';
import { commitGuarantee, compensateFromFund, releaseGuarantee } from '../guarantee/guarantee.service';
import { lockCertificate, recheckLoanCertificate } from './certificate-lock';
import { LoanInterestSubsidy } from './interest-subsidy.entity';
import { LoanActor, requireActor } from './loan-actors';
import { Loan } from './loan.entity';
import { LoanStatus } from './loan.enums';
import { type ValidLoanApplication, MAX_INDIVIDUAL_LOAN_FEN } from './loan.inputs';
import { MAX_BORROWER_AGE, OPEN_STATUSES, pbocBaseRateBp, subsidyRows } from './loan.rules';
import { ruleViolation } from './rule-error';
import { FeedEvent } from '../../../../shared/feeds/event';
import { appendLoanChange } from '../loan-feed/loan-feed';
import { summarizeLoanStep } from '../summary/finance-summary.service';

/** Principal of the person's loans that are pending or still owed. */
async function openPrincipal(tx: EntityManager, applicantId: number): Promise<bigint> {
  const row = await tx
    .getRepository(Loan)
    .createQueryBuilder('loan')
    .select('SUM(loan.amount)', 'total')
    .where({ applicantId, status: In([...OPEN_STATUSES]) })
    .getRawOne<{ total: unknown }>();
  return toFen(row?.total);
}

/**
 * Records an application on a valid certificate of finance's replica: the holder's
 * county (FORBIDDEN for another county's clerk), age and open principal decide.
 */
export async function applyForLoan(tx: EntityManager, viewer: Viewer, application: ValidLoanApplication, appliedOn: string): Promise<Loan> {
  await lockCertificate(tx, application.certificateNumber);
  const certificate = await requireValidCertificate(
    tx,
    application.certificateNumber,
    'input.certificateNumber',
    application.applicantId,
    viewer,
  );
  assertCounty(viewer, certificate.countyCode);
  if (certificate.holderBirthDate === null) {
    throw badUserInput(
      'input.certificateNumber',
      `the replica has no birth date for the holder of certificate ${certificate.number}; it comes with the next feed sync`,
    );
  }
  if (ageOn(certificate.holderBirthDate, appliedOn) > MAX_BORROWER_AGE) {
    throw badUserInput('input.applicantId', `the applicant is older than ${MAX_BORROWER_AGE} on ${appliedOn}`);
  }
  const open = await openPrincipal(tx, application.applicantId);
  if (open + application.amount > MAX_INDIVIDUAL_LOAN_FEN) {
    throw badUserInput(
      'input.amount',
      `with ${formatYuan(open)} yuan in open loans this exceeds the individual limit of ${formatYuan(MAX_INDIVIDUAL_LOAN_FEN)} yuan`,
    );
  }
  const loan = await insertAndFetch(tx, Loan, {
    ...application,
    countyCode: certificate.countyCode,
    status: LoanStatus.APPLIED,
    appliedOn,
    interestRateBp: pbocBaseRateBp(application.termMonths),
  });
  await appendLoanChange(tx, loan, FeedEvent.CREATED, LoanStatus.APPLIED);
  return loan;
}

/**
 * Rewrites the loan's subsidy schedule: at disbursement for the whole original term, at
 * early repayment or default up to that day (no subsidy after it, none in an extension).
 */
async function writeSubsidySchedule(tx: EntityManager, loan: Loan, until?: string): Promise<void> {
  await tx.delete(LoanInterestSubsidy, { loanId: loan.id });
  const rows = subsidyRows(loan, until);
  if (rows.length) await tx.insert(LoanInterestSubsidy, rows);
}

/** One step of the loan lifecycle: the states it leaves, the state it enters, who takes it. */
export interface LoanStep {
  operation: string;
  from: readonly LoanStatus[];
  to: LoanStatus;
  /** Who may take the step; reject depends on the state the loan is in. */
  actor: LoanActor | ((loan: Loan) => LoanActor);
  /**
   * The step grants more of the benefit (recommend, review, approve, disburse): the
   * certificate must still be VALID in the replica. Refusing, repaying, defaulting and
   * compensating go on whatever became of it: they end or settle the loan.
   */
  rechecksCertificate?: boolean;
  /** Columns the step sets besides the status; may refuse with BAD_USER_INPUT. */
  fields?: (loan: Loan, today: string) => Partial<Loan>;
  /**
   * Writes of the same transaction after the status has moved (guarantee fund, subsidy
   * schedule); may return more loan columns to set, or refuse, rolling everything back.
   */
  effects?: (tx: EntityManager, loan: Loan, today: string) => Promise<Partial<Loan> | void>;
}

/**
 * Takes a step inside the caller's transaction: which county (NOT_FOUND), which state
 * (CONFLICT), who when it depends on the state (FORBIDDEN), the certificate as
 * replicated when the step rests on it, the step's own rules (BAD_USER_INPUT), then a status UPDATE conditional on the state read, so two
 * concurrent steps on one loan cannot both pass; the loan after the step goes on the loan feed
 * and into finance_monthly_summary.
 */
export async function takeLoanStep(tx: EntityManager, viewer: Viewer, id: number, step: LoanStep, today: string): Promise<Loan> {
  const loan = await findOrNotFound(tx, Loan, { id }, { viewer });
  if (!step.from.includes(loan.status)) {
    throw conflict(`loan ${id} is ${loan.status}; ${step.operation} needs ${step.from.join(' or ')}`, { status: loan.status });
  }
  // Who answers depends on the state, so it is known only now.
  if (typeof step.actor === 'function') requireActor(viewer, step.actor(loan));
  if (step.rechecksCertificate) await recheckLoanCertificate(tx, loan, 'id');
  const fields = step.fields?.(loan, today) ?? {};
  const moved = await tx.update(Loan, { id, status: loan.status }, { ...fields, status: step.to });
  if (moved.affected !== 1) throw conflict(`loan ${id} changed while ${step.operation} was in progress; retry`);
  const more = await step.effects?.(tx, { ...loan, ...fields, status: step.to }, today);
  if (more) await tx.update(Loan, { id }, more);
  const after = await tx.findOneByOrFail(Loan, { id });
  // Disbursed and outstanding by month move with the step, in its transaction (issue 14).
  await summarizeLoanStep(tx, loan, after);
  await appendLoanChange(tx, after, FeedEvent.CHANGED, step.to);
  return after;
}

/** Who refuses depends on where the application stands: the party whose answer is due. */
function refusingActor(loan: Loan): LoanActor {
  if (loan.status === LoanStatus.REVIEWED) return LoanActor.GUARANTOR;
  if (loan.status === LoanStatus.APPROVED) return LoanActor.BANK;
  return LoanActor.LABOR_SIDE;
}

const OWED = [LoanStatus.DISBURSED, LoanStatus.EXTENDED];

/** The steps of the lifecycle: apply → recommend → review → approve → disburse, or a refusal on the way. */
export const recommendStep: LoanStep = {
  operation: 'recommendLoan',
  from: [LoanStatus.APPLIED],
  to: LoanStatus.RECOMMENDED,
  actor: LoanActor.LABOR_SIDE,
  rechecksCertificate: true,
  fields: (_loan, today) => ({ recommendedOn: today }),
};

export const reviewStep: LoanStep = {
  operation: 'reviewLoan',
  from: [LoanStatus.RECOMMENDED],
  to: LoanStatus.REVIEWED,
  actor: LoanActor.LABOR_SIDE,
  rechecksCertificate: true,
  fields: (_loan, today) => ({ reviewedOn: today }),
};

export const approveStep: LoanStep = {
  operation: 'approveLoan',
  from: [LoanStatus.REVIEWED],
  to: LoanStatus.APPROVED,
  actor: LoanActor.GUARANTOR,
  rechecksCertificate: true,
  fields: (_loan, today) => ({ approvedOn: today }),
  effects: async (tx, loan) => ({ guaranteeFundId: await commitGuarantee(tx, loan.countyCode, loan.amount) }),
};

export function rejectStep(reason: string): LoanStep {
  return {
    operation: 'rejectLoan',
    from: [LoanStatus.APPLIED, LoanStatus.RECOMMENDED, LoanStatus.REVIEWED, LoanStatus.APPROVED],
    to: LoanStatus.REJECTED,
    actor: refusingActor,
    fields: (_loan, today) => ({ rejectedOn: today, rejectionReason: reason }),
    effects: async (tx, loan) => {
      if (loan.guaranteeFundId !== null) await releaseGuarantee(tx, loan.guaranteeFundId, loan.amount);
    },
  };
}

export const disburseStep: LoanStep = {
  operation: 'disburseLoan',
  from: [LoanStatus.APPROVED],
  to: LoanStatus.DISBURSED,
  actor: LoanActor.BANK,
  rechecksCertificate: true,
  fields: (loan, today) => ({ disbursedOn: today, dueOn: addMonths(today, loan.termMonths) }),
  effects: (tx, loan) => writeSubsidySchedule(tx, loan),
};

/** After the money is out: one extension, repayment, default and the guarantor's compensation. */
export function extendStep(months: number): LoanStep {
  return {
    operation: 'extendLoan',
    from: [LoanStatus.DISBURSED],
    to: LoanStatus.EXTENDED,
    actor: LoanActor.BANK,
    fields: (loan, today) => {
      const dueOn = loan.dueOn ?? today;
      if (today > dueOn)
        throw ruleViolation('id', 'EXTENSION_AFTER_DUE', `loan ${loan.id} fell due on ${dueOn}; an extension is agreed before that`);
      return {
        extensionMonths: months,
        extensionRateBp: pbocBaseRateBp(loan.termMonths + months),
        extendedDueOn: addMonths(dueOn, months),
      };
    },
  };
}

export const repayStep: LoanStep = {
  operation: 'repayLoan',
  from: OWED,
  to: LoanStatus.REPAID,
  actor: LoanActor.BANK,
  fields: (_loan, today) => ({ closedOn: today }),
  effects: async (tx, loan, today) => {
    if (loan.guaranteeFundId !== null) await releaseGuarantee(tx, loan.guaranteeFundId, loan.amount);
    await writeSubsidySchedule(tx, loan, today);
  },
};

export const defaultStep: LoanStep = {
  operation: 'markLoanDefaulted',
  from: OWED,
  to: LoanStatus.DEFAULTED,
  actor: LoanActor.BANK,
  effects: async (tx, loan, today) => {
    await writeSubsidySchedule(tx, loan, today);
  },
};

export const compensateStep: LoanStep = {
  operation: 'compensateLoan',
  from: [LoanStatus.DEFAULTED],
  to: LoanStatus.COMPENSATED,
  actor: LoanActor.GUARANTOR,
  fields: (_loan, today) => ({ closedOn: today }),
  effects: async (tx, loan) => {
    if (loan.guaranteeFundId === null)
      throw ruleViolation('id', 'NO_GUARANTEE_FUND', `loan ${loan.id} has no guarantee fund to compensate from`);
    await compensateFromFund(tx, loan.guaranteeFundId, loan.amount);
  },
};
