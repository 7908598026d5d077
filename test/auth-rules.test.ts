import { makeResidentId } from '../shared/checksums';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface Dossier {
  person: { id: string; name: string; idNumber: string } | null;
}

/** Department, county and scope rules, enforced by the subgraphs on the entity fields. */
describe('who may see and change what', () => {
  let stack: Stack;
  let chuzhouPerson: string;
  let huaiyinPerson: string;
  beforeAll(async () => {
    stack = await startStack();
    const first = async (countyCode: string) => {
      const res = await stack.query<{ persons: { edges: { node: { id: string } }[] } }>(contractOperation('PersonsByCounty'), {
        countyCode,
        first: 1,
      });
      return res.data!.persons.edges[0].node.id;
    };
    chuzhouPerson = await first('320803');
    huaiyinPerson = await first('320804');
  });
  afterAll(() => stack?.stop());

  const registration = (countyCode: string, idNumber: string) => ({
    input: { name: '周红霞', idNumber, countyCode, category: 'SOE_LAID_OFF', registeredOn: '2003-07-01' },
  });

  it('lets only labor write labor data', async () => {
    const asTax = await stack.query(contractOperation('RegisterPerson'), registration('320803', '320803196505050025'), 'tax');
    expect(asTax.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asPartnerWithScope = await stack.query(contractOperation('RegisterPerson'), registration('320803', '320803196505050025'), {
      sub: 'p',
      dept: 'partner',
      scope: 'labor:write',
    });
    expect(asPartnerWithScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asLabor = await stack.query(contractOperation('RegisterPerson'), registration('320803', '320803196505050025'), 'labor');
    expect(asLabor.errors).toBeUndefined();
  });

  it('limits a county token to its own county for writes and person-level reads', async () => {
    const chuzhouClerk = { sub: 'cz-clerk', dept: 'labor' as const, scope: 'labor:write', county: '320803' };
    const elsewhere = await stack.query(
      contractOperation('RegisterPerson'),
      registration('320804', makeResidentId('320804', '1966-06-06', 2)),
      chuzhouClerk,
    );
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const home = await stack.query(
      contractOperation('RegisterPerson'),
      registration('320803', makeResidentId('320803', '1966-06-06', 2)),
      chuzhouClerk,
    );
    expect(home.errors).toBeUndefined();

    const laborView = 'query($id: ID!) { person(id: $id) { id name certificate { number } } }';
    const own = await stack.query<Dossier>(laborView, { id: chuzhouPerson }, chuzhouClerk);
    expect(own.errors).toBeUndefined();
    expect(own.data?.person?.id).toBe(chuzhouPerson);
    // Another county's person is answered as one that does not exist (null), not refused:
    // a refusal would confirm the id exists elsewhere. Naming the county is still refused.
    const other = await stack.query<Dossier>(laborView, { id: huaiyinPerson }, chuzhouClerk);
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({ person: null });
    const list = await stack.query(contractOperation('PersonsByCounty'), { countyCode: '320804', first: 5 }, chuzhouClerk);
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('masks ID numbers without pii:read and shows them in full with it', async () => {
    const masked = await stack.query<Dossier>(
      'query($id: ID!) { person(id: $id) { idNumber } }',
      { id: chuzhouPerson },
      {
        sub: 'l',
        dept: 'labor',
        scope: 'labor:read',
      },
    );
    expect(masked.data?.person?.idNumber).toMatch(/^320803\*{8}[\dX]{4}$/);
    const full = await stack.query<Dossier>('query($id: ID!) { person(id: $id) { idNumber } }', { id: chuzhouPerson }, 'labor');
    expect(full.data?.person?.idNumber).toMatch(/^320803\d{11}[\dX]$/);
    expect(full.data?.person?.idNumber.slice(-4)).toBe(masked.data?.person?.idNumber.slice(-4));
  });

  it('hides names from aggregate-only tokens, also when the gateway resolves them through _entities', async () => {
    const direct = await stack.query('query($id: ID!) { person(id: $id) { name } }', { id: chuzhouPerson }, 'reporter');
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // finance:read without labor:read: the loan is visible, the applicant's name (labor's field) is not.
    const viaLoan = await stack.query<{ loan: { amount: string; applicant: { name: string } | null } | null }>(
      '{ loan(id: "1") { amount applicant { id name } } }',
      {},
      { sub: 'f', dept: 'finance', scope: 'finance:read' },
    );
    expect(viaLoan.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(viaLoan.errors?.[0].path).toEqual(['loan', 'applicant', 'name']);
  });

  it('lets a feed partner read the certificate feed and nothing person-level', async () => {
    const feed = await stack.query<{ certificateChanges: { edges: unknown[] } }>(
      contractOperation('CertificateChanges'),
      { first: 3 },
      'feedPartner',
    );
    expect(feed.errors).toBeUndefined();
    expect(feed.data!.certificateChanges.edges).toHaveLength(3);
    const persons = await stack.query(contractOperation('PersonsByCounty'), { countyCode: '320803', first: 1 }, 'feedPartner');
    expect(persons.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
