import { FeedCursor } from '../shared/feeds/cursor.entity';
import { EmploymentRecord } from '../subgraphs/labor/src/employment/employment-record.entity';
import { Enterprise } from '../subgraphs/commerce/src/enterprise/enterprise.entity';
import { EmploymentReplica } from '../shared/employment-replica/employment-replica.entity';
import { RegisterReplica } from '../subgraphs/labor/src/register-replica/register-replica.entity';
import type { Caller } from './helpers/tokens';
import { type Stack, startStack } from './helpers/stack';
import {
  countEmployees,
  EMPLOYMENT_PAGE,
  employ,
  endJob,
  FINANCE_FEED,
  LABOR_FEED,
  REGISTER_PAGE,
  registerEnterprise,
  type Send,
} from './feed-writes';

interface Node {
  sequence: number;
  event: string;
  [field: string]: unknown;
}
interface Connection {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Labor's employment feed (finance replicates it) and commerce's register feed (labor
 * replicates it): department feeds as one mechanism (shared/feeds), through the gateway.
 */
describe('department feeds', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const send: Send = (q, v, caller) => stack.query(q, v, caller);

  /** Every change of a feed from the start, `first` at a time, following the cursors. */
  async function readAll(query: string, field: string, caller: Caller, first = 2): Promise<Node[]> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await stack.query<Record<string, Connection>>(query, { after, first }, caller);
      expect(res.errors).toBeUndefined();
      const page: Connection = res.data![field];
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  }

  const ascending = (nodes: Node[]) => nodes.every((n, i) => i === 0 || n.sequence > nodes[i - 1].sequence);

  describe('labor: employmentChanges', () => {
    it('pages every change once and in order, each with the record as it stands after it', async () => {
      const hired = await employ(send);
      const flexible = await employ(send, false);
      await endJob(send, flexible.recordId);
      const nodes = await readAll(EMPLOYMENT_PAGE, 'employmentChanges', FINANCE_FEED);
      expect(ascending(nodes)).toBe(true);
      const mine = nodes.filter((n) => [hired.recordId, flexible.recordId].includes(n.recordId as string));
      expect(mine.map((n) => [n.recordId, n.event, n.kind, n.endedOn])).toEqual([
        [hired.recordId, 'CREATED', 'ENTERPRISE_HIRE', null],
        [flexible.recordId, 'CREATED', 'FLEXIBLE', null],
        [flexible.recordId, 'CHANGED', 'FLEXIBLE', '2003-08-10'],
      ]);
      expect(mine[0]).toMatchObject({
        personId: hired.personId,
        employerCreditCode: hired.employer,
        startedOn: '2003-08-01',
        contractMonths: 24,
        countyCode: '320803',
      });
    });

    it('honours feed:read: refused without it, the personal fields kept from a partner without pii:read', async () => {
      await employ(send);
      const refused = await stack.query(EMPLOYMENT_PAGE, { first: 1 }, 'reporter');
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const partner = await stack.query<{ employmentChanges: Connection }>(
        'query { employmentChanges(first: 1) { edges { node { sequence recordId employerCreditCode } } } }',
        {},
        'feedPartner',
      );
      expect(partner.errors).toBeUndefined();
      expect(partner.data!.employmentChanges.edges).toHaveLength(1);
      const personal = await stack.query('query { employmentChanges(first: 1) { edges { node { personId } } } }', {}, 'feedPartner');
      expect(personal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("finance's replica catches up from zero, holds labor's records exactly, and a second sync changes nothing", async () => {
      await employ(send);
      await endJob(send, (await employ(send, false)).recordId);
      const finance = stack.subgraphs.finance;
      await finance.db.getRepository(EmploymentReplica).clear();
      await finance.db.getRepository(FeedCursor).delete({ feed: 'labor.employmentChanges' });
      const worker = finance.feeds.find((f) => f.feed === 'labor.employmentChanges')!;
      expect(await worker.syncOnce()).toBeGreaterThan(0);
      const records = await stack.subgraphs.labor.db.getRepository(EmploymentRecord).find({ order: { id: 'ASC' } });
      const replica = await finance.db.getRepository(EmploymentReplica).find({ order: { recordId: 'ASC' } });
      const facts = (r: {
        personId: number;
        employerCreditCode: string | null;
        kind: string;
        startedOn: string;
        endedOn: string | null;
      }) => [r.personId, r.employerCreditCode, r.kind, r.startedOn, r.endedOn];
      expect(replica.map((r) => [r.recordId, ...facts(r)])).toEqual(records.map((r) => [r.id, ...facts(r)]));
      expect(await worker.syncOnce()).toBe(0);

      const status = await stack.query<{ financeEmploymentReplica: { rows: number; lastError: string | null; lagSeconds: number } }>(
        '{ financeEmploymentReplica { rows lastSequence lastError lagSeconds } }',
        {},
        'finance',
      );
      expect(status.data!.financeEmploymentReplica).toMatchObject({
        rows: records.length,
        lastError: null,
        lagSeconds: expect.any(Number),
      });
      // Its lag is in finance's readiness report too (reported, never failing it).
      const ready = (await (await fetch(finance.url.replace(/graphql$/, 'ready'))).json()) as {
        checks: { feeds: Record<string, { lastSequence: number }> };
      };
      const applied = await finance.db.getRepository(FeedCursor).findOneByOrFail({ feed: 'labor.employmentChanges' });
      expect(applied.lastSequence).toBeGreaterThan(0);
      expect(ready.checks.feeds['labor.employmentChanges'].lastSequence).toBe(applied.lastSequence);
    });

    it('applies a page repeated after a crash once', async () => {
      const finance = stack.subgraphs.finance;
      await stack.syncFeeds();
      const cursors = finance.db.getRepository(FeedCursor);
      const saved = await cursors.findOneByOrFail({ feed: 'labor.employmentChanges' });
      const job = await employ(send);
      await endJob(send, job.recordId);
      await stack.syncFeeds();
      const after = await finance.db.getRepository(EmploymentReplica).find({ order: { recordId: 'ASC' } });
      await cursors.update({ feed: saved.feed }, { lastSequence: saved.lastSequence, lastCursor: saved.lastCursor });
      expect(await finance.feeds[0].syncOnce()).toBe(2);
      expect(await finance.db.getRepository(EmploymentReplica).find({ order: { recordId: 'ASC' } })).toEqual(after);
      expect(after.find((r) => r.recordId === Number(job.recordId))?.endedOn).toBe('2003-08-10');
    });
  });

  describe('commerce: registerChanges', () => {
    it('pages every change once and in order, a new head count as a CHANGED entry', async () => {
      const code = await registerEnterprise(send, 5);
      await countEmployees(send, code, 9);
      const nodes = await readAll(REGISTER_PAGE, 'registerChanges', LABOR_FEED);
      expect(ascending(nodes)).toBe(true);
      expect(nodes.filter((n) => n.creditCode === code).map((n) => [n.event, n.employeeCount])).toEqual([
        ['CREATED', 5],
        ['CHANGED', 9],
      ]);
      expect(nodes.find((n) => n.creditCode === code)).toMatchObject({
        kind: 'PRIVATE_ENTERPRISE',
        industry: 'MANUFACTURING',
        registeredOn: '2003-08-01',
        countyCode: '320803',
        ownerId: null,
        ownerCertificateNumber: null,
      });
    });

    it('honours feed:read', async () => {
      await registerEnterprise(send);
      const refused = await stack.query(REGISTER_PAGE, { first: 1 }, 'reporter');
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const personal = await stack.query('query { registerChanges(first: 1) { edges { node { ownerId } } } }', {}, 'feedPartner');
      expect(personal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const open = await stack.query(
        'query { registerChanges(first: 1) { edges { node { creditCode employeeCount } } } }',
        {},
        'feedPartner',
      );
      expect(open.errors).toBeUndefined();
    });

    it("labor's replica catches up from zero and holds commerce's register exactly", async () => {
      const code = await registerEnterprise(send, 3);
      await countEmployees(send, code, 4);
      const labor = stack.subgraphs.labor;
      await labor.db.getRepository(RegisterReplica).clear();
      await labor.db.getRepository(FeedCursor).delete({ feed: 'commerce.registerChanges' });
      const worker = labor.feeds.find((f) => f.feed === 'commerce.registerChanges')!;
      expect(await worker.syncOnce()).toBeGreaterThan(0);
      const entries = await stack.subgraphs.commerce.db.getRepository(Enterprise).find({ order: { creditCode: 'ASC' } });
      const replica = await labor.db.getRepository(RegisterReplica).find({ order: { creditCode: 'ASC' } });
      expect(replica.map((r) => [r.creditCode, r.kind, r.industry, r.registeredOn, r.employeeCount])).toEqual(
        entries.map((e) => [e.creditCode, e.kind, e.industry, e.registeredOn, e.employeeCount]),
      );
      expect(replica.find((r) => r.creditCode === code)?.employeeCount).toBe(4);
      expect(await worker.syncOnce()).toBe(0);
    });
  });
});
