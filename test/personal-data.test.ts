import { makeResidentId } from '../shared/checksums';
import type { TokenClaims } from '../shared/auth/tokens';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const BIRTH_DATE = '1961-09-17';
const ID_NUMBER = makeResidentId('320811', BIRTH_DATE, 4);
const TRAIL = '{ laborAuditTrail(first: 30) { edges { node { sub operation entityIds outcome } } } }';

type Trail = { laborAuditTrail: { edges: { node: { sub: string; operation: string; entityIds: string[]; outcome: string } }[] } };

/** Without pii:read no combination of fields gives an ID number or a birth date in full. */
describe('personal data', () => {
  let stack: Stack;
  let personId: string;
  let number: string;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
    const input = { name: '钱玉梅', idNumber: ID_NUMBER, countyCode: '320811', category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' };
    personId = (await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor')).data!
      .registerPerson.id;
    number = (await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor'))
      .data!.issueCertificate.number;
    await stack.syncFeeds();
  });
  afterAll(() => stack?.stop());

  const trail = async () => (await stack.query<Trail>(TRAIL, {}, 'auditor')).data!.laborAuditTrail.edges.map((e) => e.node);

  it('serves a labor reader the birth year and a masked ID number, never the birth date that completes it', async () => {
    const reader: TokenClaims = { sub: 'labor-reader', dept: 'labor', scope: 'labor:read' };
    const everything = `query($id: ID!, $n: ID!) {
      person(id: $id) { id name idNumber birthYear gender certificate { number issuedOn history { sequence } } }
      certificate(number: $n) { number holder { id birthYear } history { sequence countyCode } }
      certificateChanges(first: 50) { edges { node { number holder { id birthYear } } } }
    }`;
    const res = await stack.query<{ person: { idNumber: string; birthYear: number } }>(everything, { id: personId, n: number }, reader);
    expect(res.errors).toBeUndefined();
    expect(res.data!.person).toMatchObject({ idNumber: `320811********${ID_NUMBER.slice(-4)}`, birthYear: 1961 });
    const text = JSON.stringify(res);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(BIRTH_DATE);
    expect(text).not.toContain(BIRTH_DATE.replace(/-/g, ''));

    const birthDate = await stack.query('query($id: ID!) { person(id: $id) { birthDate } }', { id: personId }, reader);
    expect(birthDate.errors?.[0]).toMatchObject({ path: ['person', 'birthDate'], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(birthDate)).not.toContain(BIRTH_DATE);
    const holderBirthDate = await stack.query('{ certificateChanges(first: 50) { edges { node { holderBirthDate } } } }', {}, reader);
    expect(holderBirthDate.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(holderBirthDate)).not.toContain(BIRTH_DATE);
  });

  it('shows both in full with pii:read, each read audited', async () => {
    const res = await stack.query<{ person: { idNumber: string; birthDate: string } }>(
      'query($id: ID!) { person(id: $id) { idNumber birthDate } }',
      { id: personId },
      'jointOffice',
    );
    expect(res.data!.person).toEqual({ idNumber: ID_NUMBER, birthDate: BIRTH_DATE });
    const rows = await trail();
    for (const operation of ['read:Person.idNumber', 'read:Person.birthDate']) {
      expect(rows).toContainEqual({ sub: 'joint-office-1', operation, entityIds: [personId], outcome: 'OK' });
    }
  });

  it("gives the feed's birth dates to finance's city-wide feed token only, not to partners or county tokens", async () => {
    const query = '{ certificateChanges(first: 50) { edges { node { number holderBirthDate } } } }';
    const partner = await stack.query(query, {}, 'feedPartner');
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const countyFinance: TokenClaims = { sub: 'finance-county-sync', dept: 'finance', scope: 'feed:read', county: '320811' };
    expect((await stack.query(query, {}, countyFinance)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherDepartment: TokenClaims = { sub: 'tax-certificate-sync', dept: 'tax', scope: 'feed:read' };
    expect((await stack.query(query, {}, otherDepartment)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const finance: TokenClaims = { sub: 'finance-certificate-sync', dept: 'finance', scope: 'feed:read' };
    const res = await stack.query<{ certificateChanges: { edges: { node: { number: string; holderBirthDate: string } }[] } }>(
      query,
      {},
      finance,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.certificateChanges.edges.map((e) => e.node)).toContainEqual({ number, holderBirthDate: BIRTH_DATE });
    expect(await trail()).toContainEqual(
      expect.objectContaining({
        sub: 'finance-certificate-sync',
        operation: 'read:CertificateChange.holderBirthDate',
        entityIds: [personId],
      }),
    );
  });

  it("keeps birth dates in finance's replica only", async () => {
    const held = async (subgraph: 'finance' | 'tax' | 'commerce') =>
      (
        await stack.subgraphs[subgraph].db.query<{ holderBirthDate: string | null }[]>(
          'SELECT holderBirthDate FROM certificate_replica WHERE number = ?',
          [number],
        )
      )[0];
    expect(String((await held('finance')).holderBirthDate)).toContain('1961');
    expect((await held('tax')).holderBirthDate).toBeNull();
    expect((await held('commerce')).holderBirthDate).toBeNull();
  });

  it('withholds the data when the audit row of its read cannot be written', async () => {
    const { db } = stack.subgraphs.labor;
    const sqlite = db.options.type === 'better-sqlite3';
    await db.query(
      sqlite
        ? "CREATE TRIGGER audit_read_fail BEFORE INSERT ON audit_entry WHEN NEW.operation LIKE 'read:%' BEGIN SELECT RAISE(ABORT, 'audit store down'); END"
        : "CREATE TRIGGER audit_read_fail BEFORE INSERT ON audit_entry FOR EACH ROW BEGIN IF NEW.operation LIKE 'read:%' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit store down'; END IF; END",
    );
    try {
      const res = await stack.query('query($id: ID!) { person(id: $id) { id name idNumber } }', { id: personId }, 'jointOffice');
      expect(res.errors?.[0]).toMatchObject({ path: ['person', 'idNumber'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toContain(ID_NUMBER);
      const birth = await stack.query('query($id: ID!) { person(id: $id) { birthDate } }', { id: personId }, 'jointOffice');
      expect(JSON.stringify(birth)).not.toContain(BIRTH_DATE);
      // Masked reads need no audit row and still go out.
      const masked = await stack.query<{ person: { idNumber: string } }>(
        'query($id: ID!) { person(id: $id) { idNumber } }',
        { id: personId },
        'finance',
      );
      expect(masked.data!.person.idNumber).toContain('********');
    } finally {
      await db.query('DROP TRIGGER audit_read_fail');
    }
  });
});
