import type { TokenClaims } from '../shared/auth/tokens';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import type { GraphQLResponse, Stack } from './helpers/stack';

/** Finance-side actors of a small guaranteed loan (all `dept: finance`) and labor's reviewer. */
export const GUARANTOR: TokenClaims = { sub: 'guarantor-1', dept: 'finance', scope: 'guarantee:approve finance:read' };
export const BANK: TokenClaims = { sub: 'bank-1', dept: 'finance', scope: 'bank:disburse finance:read' };
export const LABOR_REVIEWER: TokenClaims = { sub: 'labor-reviewer', dept: 'labor', scope: 'labor:write loan:review' };

export const LOAN_FIELDS = `id status amount termMonths interestRateBp appliedOn recommendedOn reviewedOn approvedOn disbursedOn dueOn
  extensionMonths extensionRateBp extendedDueOn closedOn rejectionReason overdue guaranteeFund { id }`;

export interface Holder {
  personId: string;
  number: string;
}

/** Registers a person with labor, issues the certificate and lets the feed carry it to finance. */
export async function certifiedHolder(stack: Stack, options: { birthDate?: string; countyCode?: string } = {}): Promise<Holder> {
  const registered = await stack.query<{ registerPerson: { id: string } }>(
    contractOperation('RegisterPerson'),
    {
      input: {
        name: '刘海燕',
        idNumber: freshIdNumber(options.birthDate),
        countyCode: options.countyCode ?? '320803',
        category: 'SOE_LAID_OFF',
        registeredOn: '2003-07-01',
      },
    },
    'labor',
  );
  if (!registered.data) throw new Error(`registerPerson failed: ${JSON.stringify(registered.errors)}`);
  const personId = registered.data.registerPerson.id;
  const issued = await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor');
  if (!issued.data) throw new Error(`issueCertificate failed: ${JSON.stringify(issued.errors)}`);
  await stack.syncFeeds();
  return { personId, number: issued.data.issueCertificate.number };
}

export function applyForLoan(
  stack: Stack,
  holder: Holder,
  input: Partial<{ amount: string; termMonths: number; lowProfitProject: boolean }> = {},
) {
  return stack.query<{ applyForLoan: { id: string; amount: string; status: string; applicant: { id: string } } }>(
    contractOperation('ApplyForLoan'),
    {
      input: {
        applicantId: holder.personId,
        certificateNumber: holder.number,
        amount: '20000.00',
        termMonths: 12,
        purpose: '早点铺',
        lowProfitProject: true,
        ...input,
      },
    },
    'finance',
  );
}

export type LoanView = Record<string, unknown> & { id: string; status: string };

/** A lifecycle mutation taking the loan id (and its extra arguments), as `caller`. */
export function step(
  stack: Stack,
  mutation: string,
  id: string,
  caller: Parameters<Stack['query']>[2],
  args = '',
): Promise<GraphQLResponse<Record<string, LoanView>>> {
  return stack.query<Record<string, LoanView>>(`mutation($id: ID!) { ${mutation}(id: $id${args}) { ${LOAN_FIELDS} } }`, { id }, caller);
}

export async function loanById(stack: Stack, id: string): Promise<LoanView> {
  const res = await stack.query<{ loan: LoanView }>(`query($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`, { id }, 'finance');
  if (!res.data?.loan) throw new Error(`loan ${id} not readable: ${JSON.stringify(res.errors)}`);
  return res.data.loan;
}

const PATH = [
  ['recommendLoan', 'finance'],
  ['reviewLoan', 'finance'],
  ['approveLoan', GUARANTOR],
  ['disburseLoan', BANK],
] as const;

/** Takes an APPLIED loan through the first `steps` steps (1 = recommended … 4 = disbursed). */
export async function advance(stack: Stack, id: string, steps: number): Promise<LoanView> {
  let loan: LoanView | undefined;
  for (const [mutation, caller] of PATH.slice(0, steps)) {
    const res = await step(stack, mutation, id, caller);
    if (!res.data) throw new Error(`${mutation} failed: ${JSON.stringify(res.errors)}`);
    loan = res.data[mutation];
  }
  return loan ?? loanById(stack, id);
}

/** Creates a county's guarantee fund as finance staff. */
export async function createFund(stack: Stack, countyCode: string, capital: string): Promise<string> {
  const res = await stack.query<{ createGuaranteeFund: { id: string } }>(
    'mutation($input: CreateGuaranteeFundInput!) { createGuaranteeFund(input: $input) { id } }',
    { input: { countyCode, institutionName: '楚州区再就业小额贷款担保中心', capital } },
    'finance',
  );
  if (!res.data) throw new Error(`createGuaranteeFund failed: ${JSON.stringify(res.errors)}`);
  return res.data.createGuaranteeFund.id;
}
