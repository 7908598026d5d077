import { forbidden } from '../../../../shared/errors';
import { canWrite, type Viewer } from '../../../../shared/auth/viewer';

/**
 * Who acts at each step of a small guaranteed loan. PBOC, the lending banks and the
 * guarantee institutions are finance-side actors, so their tokens carry `dept: finance`
 * plus the scope of their role; the community and labor steps are labor's, recorded
 * either by finance staff from the paper forms or by labor itself with `loan:review`.
 */
export enum LoanActor {
  /** 社区推荐 and 劳动保障部门审核. */
  LABOR_SIDE = 'LABOR_SIDE',
  /** 担保机构: approval and compensation from the guarantee fund. */
  GUARANTOR = 'GUARANTOR',
  /** 经办银行: disbursement, extension, repayment, default. */
  BANK = 'BANK',
}

export const LOAN_REVIEW_SCOPE = 'loan:review';
export const GUARANTEE_APPROVE_SCOPE = 'guarantee:approve';
export const BANK_DISBURSE_SCOPE = 'bank:disburse';

/** Loans are read by finance and by labor's reviewers, who must see what they review. */
export const LOAN_READERS = ['finance:read', LOAN_REVIEW_SCOPE];

/** Every scope that opens some loan step; `@Access` on a mutation lists the ones of its step. */
export const ACTOR_ROLES: Record<LoanActor, string[]> = {
  [LoanActor.LABOR_SIDE]: ['finance:write', LOAN_REVIEW_SCOPE],
  [LoanActor.GUARANTOR]: [GUARANTEE_APPROVE_SCOPE],
  [LoanActor.BANK]: [BANK_DISBURSE_SCOPE],
};

export function mayActAs(viewer: Viewer, actor: LoanActor): boolean {
  switch (actor) {
    case LoanActor.LABOR_SIDE:
      return canWrite(viewer, 'finance') || (viewer.dept === 'labor' && viewer.scopes.has(LOAN_REVIEW_SCOPE));
    case LoanActor.GUARANTOR:
      return viewer.dept === 'finance' && viewer.scopes.has(GUARANTEE_APPROVE_SCOPE);
    case LoanActor.BANK:
      return viewer.dept === 'finance' && viewer.scopes.has(BANK_DISBURSE_SCOPE);
  }
}

const DESCRIBED: Record<LoanActor, string> = {
  [LoanActor.LABOR_SIDE]: 'finance:write (dept finance) or loan:review (dept labor)',
  [LoanActor.GUARANTOR]: 'guarantee:approve (dept finance)',
  [LoanActor.BANK]: 'bank:disburse (dept finance)',
};

/** `@Access` has checked the scope; this adds the department each role belongs to. */
export function requireActor(viewer: Viewer, actor: LoanActor): void {
  if (!mayActAs(viewer, actor)) throw forbidden(`this step needs ${DESCRIBED[actor]} (token of ${viewer.dept})`);
}
