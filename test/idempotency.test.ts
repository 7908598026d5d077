import { makeResidentId } from '../shared/checksums';
import { applyForLoan, certifiedHolder, LABOR_REVIEWER, step } from './finance-fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const TRAIL = '{ laborAuditTrail(first: 10) { edges { node { sub operation outcome detail } } } }';

describe('Idempotency-Key on mutations', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const input = (idNumber: string, name = '幂等') => ({
    input: { name, idNumber, countyCode: '320829', category: 'SOE_UNEMPLOYED', registeredOn: '2003-07-01' },
  });
  const register = (vars: ReturnType<typeof input>, key: string, caller: Parameters<Stack['query']>[2] = 'labor') =>
    stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), vars, caller, { 'idempotency-key': key });
  const countIn320829 = async () =>
    (await stack.query<{ persons: { edges: unknown[] } }>(contractOperation('PersonsByCounty'), { countyCode: '320829', first: 100 })).data!
      .persons.edges.length;

  it('replays the stored result for the same key and payload without writing again', async () => {
    const vars = input(makeResidentId('320829', '1958-05-05', 1));
    const first = await register(vars, 'key-replay-1');
    const again = await register(vars, 'key-replay-1');
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await countIn320829()).toBe(1);
  });

  it('answers 422 CONFLICT for the same key with another payload, writing nothing', async () => {
    await register(input(makeResidentId('320829', '1958-06-06', 1)), 'key-conflict-1');
    const before = await countIn320829();
    const other = await register(input(makeResidentId('320829', '1958-07-07', 1)), 'key-conflict-1');
    expect(other.status).toBe(422);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await countIn320829()).toBe(before);
  });

  it('writes once when duplicates arrive concurrently', async () => {
    const before = await countIn320829();
    const vars = input(makeResidentId('320829', '1959-08-08', 1));
    const results = await Promise.all(Array.from({ length: 6 }, () => register(vars, 'key-concurrent-1')));
    const ids = new Set(results.map((r) => r.data?.registerPerson.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeDefined();
    expect(await countIn320829()).toBe(before + 1);
  });

  it('scopes keys per client', async () => {
    const a = await register(input(makeResidentId('320829', '1957-01-01', 1)), 'shared-key');
    const b = await register(input(makeResidentId('320829', '1957-02-02', 1)), 'shared-key', {
      sub: 'another-clerk',
      dept: 'labor',
      scope: 'labor:write',
    });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.registerPerson.id).not.toBe(a.data!.registerPerson.id);
  });

  it('replays only to the very caller: another token with the same sub gets 422 and nothing of the first answer', async () => {
    const vars = input(makeResidentId('320829', '1956-03-03', 1), '重放');
    const first = await register(vars, 'key-bound-1');
    expect(first.errors).toBeUndefined();
    // Same sub, but aggregates only / limited to a county / fewer scopes: none is the caller.
    for (const impostor of [
      { sub: 'labor-clerk', dept: 'joint-office' as const, scope: 'report:read' },
      { sub: 'labor-clerk', dept: 'labor' as const, scope: 'labor:write pii:read', county: '320829' },
      { sub: 'labor-clerk', dept: 'labor' as const, scope: 'labor:write' },
    ]) {
      const replay = await register(vars, 'key-bound-1', impostor);
      expect(replay.status).toBe(422);
      expect(replay.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(replay.data ?? null).toBeNull();
      expect(JSON.stringify(replay)).not.toContain('重放');
    }
  });

  it('audits a replay as a replay', async () => {
    const vars = input(makeResidentId('320829', '1955-04-04', 1));
    await register(vars, 'key-audited-1');
    await register(vars, 'key-audited-1');
    const rows = (
      await stack.query<{ laborAuditTrail: { edges: { node: Record<string, string> }[] } }>(TRAIL, {}, 'auditor')
    ).data!.laborAuditTrail.edges.map((e) => e.node);
    expect(rows[0]).toMatchObject({
      sub: 'labor-clerk',
      operation: 'registerPerson',
      outcome: 'REPLAY',
      detail: 'Idempotency-Key key-audited-1',
    });
    expect(rows.filter((r) => r.operation === 'registerPerson' && r.outcome === 'OK')[0]).toBeDefined();
  });

  it('keeps no personal data in full in a stored response: a request with a key sees ID numbers masked', async () => {
    const idNumber = makeResidentId('320829', '1954-05-05', 1);
    const first = await stack.query<{ registerPerson: { idNumber: string } }>(
      'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { id idNumber } }',
      input(idNumber),
      'labor',
      { 'idempotency-key': 'key-masked-1' },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.registerPerson.idNumber).toBe(`320829********${idNumber.slice(-4)}`);
    const stored = await stack.subgraphs.labor.db.query<{ response: string | null }[]>('SELECT response FROM idempotency_key');
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) expect(row.response ?? '').not.toContain(idNumber);
  });

  it('forgets a key once it expired: the same key then runs a new request', async () => {
    await register(input(makeResidentId('320829', '1953-06-06', 1)), 'key-expiring-1');
    const other = input(makeResidentId('320829', '1953-07-07', 1));
    expect((await register(other, 'key-expiring-1')).status).toBe(422);
    // Two days old: past the default time to live of a day (IDEMPOTENCY_KEY_TTL_SECONDS).
    const old = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 19).replace('T', ' ');
    await stack.subgraphs.labor.db.query('UPDATE idempotency_key SET createdAt = ? WHERE `key` = ?', [old, 'key-expiring-1']);
    const again = await register(other, 'key-expiring-1');
    expect(again.errors).toBeUndefined();
  });

  it("keeps keys per department, as README says: one key on another department's mutation is a new key there", async () => {
    const holder = await certifiedHolder(stack, { countyCode: '320829' });
    const loan = (await applyForLoan(stack, holder)).data!.applyForLoan.id;
    const labor = await register(input(makeResidentId('320829', '1952-08-08', 1)), 'key-two-departments', LABOR_REVIEWER);
    expect(labor.errors).toBeUndefined();
    const finance = await step(stack, 'recommendLoan', loan, LABOR_REVIEWER);
    expect(finance.errors).toBeUndefined();
    const sameKeyInFinance = await stack.query<{ recommendLoan: { status: string } }>(
      'mutation($id: ID!) { recommendLoan(id: $id) { status } }',
      { id: loan },
      LABOR_REVIEWER,
      { 'idempotency-key': 'key-two-departments' },
    );
    // Finance keeps its own keys: the labor key means nothing there, so the step runs (and is refused on its own terms).
    expect(sameKeyInFinance.status).toBe(200);
    expect(sameKeyInFinance.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'RECOMMENDED' });
  });
});
