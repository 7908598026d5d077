import { makeResidentId } from '../shared/checksums';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface Trail {
  laborAuditTrail: {
    edges: {
      node: { sub: string; dept: string; operation: string; entityIds: string[]; outcome: string; requestId: string; at: string };
    }[];
  };
}

const TRAIL = '{ laborAuditTrail(first: 20) { edges { node { sub dept operation entity entityIds outcome requestId at detail } } } }';

describe('audit trail', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const trail = async () => (await stack.query<Trail>(TRAIL, {}, 'auditor')).data!.laborAuditTrail.edges.map((e) => e.node);
  const register = (idNumber: string, caller: Parameters<Stack['query']>[2] = 'labor') =>
    stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '审计测试', idNumber, countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' },
      },
      caller,
    );

  it('records who wrote what, when, with the request id and outcome', async () => {
    const res = await register(makeResidentId('320803', '1960-01-01', 2));
    const id = res.data!.registerPerson.id;
    // The response also showed the new person's ID number in full: that read has its own row.
    const [read, latest] = await trail();
    expect(read).toMatchObject({ operation: 'read:Person.idNumber', entityIds: [id] });
    expect(latest).toMatchObject({ sub: 'labor-clerk', dept: 'labor', operation: 'registerPerson', entityIds: [id], outcome: 'OK' });
    expect(latest.requestId).toMatch(/^[\w.-]{8,}$/);
    expect(Date.parse(latest.at)).not.toBeNaN();
  });

  it('records refused attempts, with the reason code', async () => {
    await register('320803196001010000');
    await register(makeResidentId('320803', '1960-01-01', 4), 'tax');
    const [forbidden, refused] = await trail();
    expect(refused).toMatchObject({ operation: 'registerPerson', outcome: 'BAD_USER_INPUT', sub: 'labor-clerk' });
    expect(forbidden).toMatchObject({ operation: 'registerPerson', outcome: 'FORBIDDEN', sub: 'tax-clerk', dept: 'tax' });
  });

  it('records reads of unmasked ID numbers, not masked ones', async () => {
    const id = (await register(makeResidentId('320803', '1961-01-01', 2))).data!.registerPerson.id;
    await stack.query(
      'query($id: ID!) { person(id: $id) { idNumber } }',
      { id },
      { sub: 'masked-reader', dept: 'labor', scope: 'labor:read' },
    );
    await stack.query('query($id: ID!) { person(id: $id) { idNumber } }', { id }, 'labor');
    const rows = await trail();
    expect(rows[0]).toMatchObject({ operation: 'read:Person.idNumber', entityIds: [id], sub: 'labor-clerk' });
    expect(rows.some((r) => r.sub === 'masked-reader')).toBe(false);
  });

  it('is readable by auditors only', async () => {
    const res = await stack.query(TRAIL, {}, 'labor');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is append-only for the database user itself', async () => {
    const { db } = stack.subgraphs.labor;
    await expect(db.query("UPDATE audit_entry SET outcome = 'OK'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM audit_entry')).rejects.toThrow(/append-only/);
  });

  it('rolls the write back when its audit row cannot be written', async () => {
    const { db } = stack.subgraphs.labor;
    const sqlite = db.options.type === 'better-sqlite3';
    await db.query(
      sqlite
        ? "CREATE TRIGGER audit_fail BEFORE INSERT ON audit_entry WHEN NEW.sub = 'doomed' BEGIN SELECT RAISE(ABORT, 'audit store down'); END"
        : "CREATE TRIGGER audit_fail BEFORE INSERT ON audit_entry FOR EACH ROW BEGIN IF NEW.sub = 'doomed' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store down'; END IF; END",
    );
    try {
      const idNumber = makeResidentId('320803', '1962-02-02', 2);
      const res = await register(idNumber, { sub: 'doomed', dept: 'labor', scope: 'labor:write' });
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const [{ n }] = await db.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM person WHERE idNumber = ?', [idNumber]);
      expect(Number(n)).toBe(0);
    } finally {
      await db.query('DROP TRIGGER audit_fail');
    }
  });
});
