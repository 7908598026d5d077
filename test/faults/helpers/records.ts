import { contractOperation } from '../../helpers/operations';
import { freshIdNumber } from '../../helpers/fixtures';
import type { FaultStack } from './fault-stack';
import { eventually } from './processes';

export interface Holder {
  personId: string;
  number: string;
}

/** Labor registers a person and issues a certificate (each acknowledged by the gateway). */
export async function registerHolder(stack: FaultStack, name = '周桂芳'): Promise<Holder> {
  const registered = await eventually(
    'registerPerson',
    async () => {
      const res = await stack.query<{ registerPerson: { id: string } }>(
        contractOperation('RegisterPerson'),
        {
          input: {
            name,
            idNumber: freshIdNumber('1966-06-06'),
            countyCode: '320803',
            category: 'SOE_LAID_OFF',
            registeredOn: '2003-07-01',
          },
        },
        'labor',
      );
      // A generated ID number may collide with the demo world's: take the next one.
      if (res.errors?.[0].extensions?.code === 'CONFLICT') return undefined;
      if (!res.data) throw new Error(JSON.stringify(res.errors));
      return res.data.registerPerson.id;
    },
    10_000,
    0,
  );
  const issued = await stack.query<{ issueCertificate: { number: string } }>(
    contractOperation('IssueCertificate'),
    { personId: registered },
    'labor',
  );
  if (!issued.data) throw new Error(`issueCertificate: ${JSON.stringify(issued.errors)}`);
  return { personId: registered, number: issued.data.issueCertificate.number };
}

export interface FeedState {
  lastSequence: number;
  /** Certificate number → last sequence that carried it. */
  latest: Map<string, number>;
  sequences: number[];
}

/** Labor's whole certificate feed, as a partner reads it. */
export async function readFeed(stack: FaultStack): Promise<FeedState> {
  const state: FeedState = { lastSequence: 0, latest: new Map(), sequences: [] };
  let after: string | null = null;
  for (;;) {
    type Page = {
      certificateChanges: {
        edges: { node: { sequence: number; number: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const res: Awaited<ReturnType<typeof stack.query<Page>>> = await stack.query<Page>(
      contractOperation('CertificateChanges'),
      { first: 500, after },
      'feedPartner',
    );
    if (!res.data) throw new Error(`certificateChanges: ${JSON.stringify(res.errors)}`);
    for (const { node } of res.data.certificateChanges.edges) {
      state.sequences.push(node.sequence);
      state.latest.set(node.number, node.sequence);
      state.lastSequence = Math.max(state.lastSequence, node.sequence);
    }
    if (!res.data.certificateChanges.pageInfo.hasNextPage) return state;
    after = res.data.certificateChanges.pageInfo.endCursor;
  }
}

export interface ReplicaState {
  lastSequence: number;
  certificates: number;
  stale: boolean;
}

export async function replicaOf(stack: FaultStack, department: 'finance' | 'tax' | 'commerce'): Promise<ReplicaState> {
  const field = `${department}CertificateReplica`;
  const res = await stack.query<Record<string, ReplicaState>>(`{ ${field} { lastSequence certificates stale } }`, {}, 'auditor');
  if (!res.data) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
  return res.data[field];
}

/** Waits until `department`'s replica has applied labor's feed up to `sequence` and is fresh. */
export function replicaReaches(stack: FaultStack, department: 'finance' | 'tax' | 'commerce', sequence: number): Promise<ReplicaState> {
  return eventually(`${department} replica at ${sequence}`, async () => {
    const state = await replicaOf(stack, department);
    return state.lastSequence >= sequence && !state.stale ? state : undefined;
  });
}

export async function loansOf(stack: FaultStack, personId: string): Promise<{ id: string; amount: string }[]> {
  const res = await stack.query<{ person: { loans: { id: string; amount: string }[] | null } }>(
    'query($id: ID!) { person(id: $id) { loans { id amount } } }',
    { id: personId },
  );
  if (!res.data?.person?.loans) throw new Error(`loans of ${personId}: ${JSON.stringify(res.errors)}`);
  return res.data.person.loans;
}

export function applyForLoan(stack: FaultStack, holder: Holder, amount: string, headers: Record<string, string> = {}) {
  return stack.query<{ applyForLoan: { id: string } }>(
    contractOperation('ApplyForLoan'),
    {
      input: {
        applicantId: holder.personId,
        certificateNumber: holder.number,
        amount,
        termMonths: 12,
        purpose: '小吃摊',
        lowProfitProject: true,
      },
    },
    'finance',
    headers,
  );
}
