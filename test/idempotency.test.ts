import { makeResidentId } from '../shared/checksums';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

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
    (await stack.query<{ persons: { edges: unknown[] } }>(contractOperation('PersonsByCounty'), { countyCode: '320829', first: 100 })).data!.persons.edges.length;

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
    const b = await register(input(makeResidentId('320829', '1957-02-02', 1)), 'shared-key', { sub: 'another-clerk', dept: 'labor', scope: 'labor:write' });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.registerPerson.id).not.toBe(a.data!.registerPerson.id);
  });
});
