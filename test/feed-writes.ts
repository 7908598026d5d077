import { makeCreditCode } from '../shared/checksums';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import type { GraphQLResponse } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/** Sends an operation as `caller` (the gateway of a stack, or one subgraph over HTTP). */
export type Send = <T>(query: string, variables: Record<string, unknown>, caller: Caller) => Promise<GraphQLResponse<T>>;

/** The departments' own feed tokens, as their sync workers sign them. */
export const FINANCE_FEED: Caller = { sub: 'finance-employment-sync', dept: 'finance', scope: 'feed:read' };
export const LABOR_FEED: Caller = { sub: 'labor-register-sync', dept: 'labor', scope: 'feed:read' };

export const EMPLOYMENT_PAGE = `query EmploymentPage($after: String, $first: Int!) {
  employmentChanges(after: $after, first: $first) {
    edges { cursor node { sequence event recordId personId employerCreditCode kind startedOn endedOn contractMonths countyCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;
export const REGISTER_PAGE = `query RegisterPage($after: String, $first: Int!) {
  registerChanges(after: $after, first: $first) {
    edges { cursor node { sequence event creditCode kind industry registeredOn countyCode ownerId ownerCertificateNumber employeeCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let serial = 700_000 + Math.floor(Math.random() * 100_000);

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** Registers a person and records a job (an enterprise hire with a contract, or flexible work). */
export async function employ(send: Send, hire = true): Promise<{ personId: string; recordId: string; employer: string | null }> {
  const input = { name: '王秀英', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_UNEMPLOYED', registeredOn: '2003-07-01' };
  const personId = ok(await send<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor'))
    .registerPerson.id;
  const employer = hire ? makeCreditCode('1', '320803', (serial += 1)) : null;
  const job = hire
    ? { personId, kind: 'ENTERPRISE_HIRE', startedOn: '2003-08-01', employerCreditCode: employer, contractMonths: 24 }
    : { personId, kind: 'FLEXIBLE', startedOn: '2003-08-01' };
  const recorded = await send<{ recordEmployment: { id: string } }>(
    'mutation Record($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
    { input: job },
    'labor',
  );
  return { personId, recordId: ok(recorded).recordEmployment.id, employer };
}

export async function endJob(send: Send, recordId: string): Promise<void> {
  ok(await send('mutation End($id: ID!) { endEmployment(recordId: $id, endedOn: "2003-08-10") { id } }', { id: recordId }, 'labor'));
}

/** Puts a private enterprise on the register. */
export async function registerEnterprise(send: Send, employeeCount = 5): Promise<string> {
  const input = {
    name: '淮安市清河机械厂',
    kind: 'PRIVATE_ENTERPRISE',
    industry: 'MANUFACTURING',
    countyCode: '320803',
    registeredOn: '2003-08-01',
    employeeCount,
  };
  const res = await send<{ registerEnterprise: { creditCode: string } }>(
    'mutation Register($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }',
    { input },
    'commerce',
  );
  return ok(res).registerEnterprise.creditCode;
}

export async function countEmployees(send: Send, creditCode: string, employeeCount: number): Promise<void> {
  ok(
    await send(
      'mutation Count($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { creditCode } }',
      { input: { creditCode, employeeCount, effectiveOn: '2003-08-10' } },
      'commerce',
    ),
  );
}
