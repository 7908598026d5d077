import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface FeedPage {
  certificateChanges: {
    edges: { cursor: string; node: { sequence: number; number: string; status: string; holder: { id: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The certificate feed (再就业优惠证通报) that tax, commerce, finance and partners replicate. */
describe('labor certificate feed', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function registerPerson(): Promise<string> {
    const input = {
      name: '孙桂兰',
      idNumber: freshIdNumber(),
      countyCode: '320804',
      category: 'SOE_UNEMPLOYED',
      registeredOn: '2003-07-01',
    };
    const res = await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }
  async function issue(personId: string): Promise<string> {
    const res = await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.issueCertificate.number;
  }
  const page = (after: string | null, first: number, caller: 'jointOffice' | 'feedPartner' = 'feedPartner') =>
    stack.query<FeedPage>(contractOperation('CertificateChanges'), { after, first }, caller);

  it('pages every change exactly once and in order while certificates are issued and revoked concurrently', async () => {
    const early = await Promise.all(Array.from({ length: 8 }, registerPerson));
    const revocable: string[] = [];
    for (const id of early) revocable.push(await issue(id));
    const later = await Promise.all(Array.from({ length: 24 }, registerPerson));

    let writing = true;
    const revoke = (number: string) => stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');
    const writes = Promise.all([Promise.all(later.map(issue)), Promise.all(revocable.map(revoke))]).finally(() => {
      writing = false;
    });

    const seen: FeedPage['certificateChanges']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let i = 0; i < 500; i += 1) {
      const stillWriting = writing;
      const res = await page(after, 5);
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.certificateChanges;
      seen.push(...edges.map((e) => e.node));
      after = pageInfo.endCursor ?? after;
      if (!pageInfo.hasNextPage && !stillWriting) break;
    }
    const [issuedNumbers, revocations] = await writes;
    for (const r of revocations) expect(r.errors).toBeUndefined();

    const sequences = seen.map((c) => c.sequence);
    expect(sequences).toEqual(Array.from({ length: 8 + 24 + 8 }, (_v, i) => i + 1));
    const revoked = seen.filter((c) => c.status === 'REVOKED').map((c) => c.number);
    expect(revoked.sort()).toEqual([...revocable].sort());
    for (const number of issuedNumbers) expect(seen.filter((c) => c.number === number).map((c) => c.status)).toEqual(['VALID']);
    // Numbers are unique and consecutive within the county's 2003 series.
    const valid = seen
      .filter((c) => c.status === 'VALID')
      .map((c) => c.number)
      .sort();
    expect(valid).toEqual(Array.from({ length: 32 }, (_v, i) => `3208042003${String(i + 1).padStart(6, '0')}`));
  });

  it('resumes from a cursor: the next page starts right after it', async () => {
    const first = await page(null, 3);
    const rest = await page(first.data!.certificateChanges.pageInfo.endCursor, 2);
    expect(rest.data!.certificateChanges.edges.map((e) => e.node.sequence)).toEqual([4, 5]);
    expect(rest.data!.certificateChanges.edges[0].cursor).not.toMatch(/^\d+$/);
  });

  it('caps first at 500 and refuses a bad cursor, naming the argument', async () => {
    expect((await page(null, 500)).errors).toBeUndefined();
    for (const first of [501, 0]) {
      const res = await page(null, first);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const bad = await page('not-a-cursor', 10);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lets a feed:read partner see holder ids but not holder names or the registry', async () => {
    const ids = await page(null, 2, 'feedPartner');
    expect(ids.errors).toBeUndefined();
    expect(ids.data!.certificateChanges.edges[0].node.holder.id).toMatch(/^\d+$/);

    const names = await stack.query(
      '{ certificateChanges(first: 2) { edges { node { sequence holder { id name } } } } }',
      {},
      'feedPartner',
    );
    expect(names.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const persons = await stack.query('{ persons(countyCode: "320804", first: 5) { edges { cursor } } }', {}, 'feedPartner');
    expect(persons.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noScope = await stack.query(
      contractOperation('CertificateChanges'),
      { first: 2 },
      { sub: 'x', dept: 'partner', scope: 'report:read' },
    );
    expect(noScope.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
