import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface PersonsPage {
  persons: {
    edges: {
      cursor: string;
      node: {
        id: string;
        name: string;
        certificate: unknown;
        loans: unknown[];
        taxReliefs: unknown[];
        businesses: { creditCode: string }[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('dossiers through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('PersonDossier joins labor, finance, tax and commerce for one person', async () => {
    const first = await stack.query<PersonsPage>(contractOperation('PersonsByCounty'), { countyCode: '320803', first: 1 });
    const id = first.data!.persons.edges[0].node.id;
    const { data, errors } = await stack.query<{ person: Record<string, unknown> }>(contractOperation('PersonDossier'), { id });
    expect(errors).toBeUndefined();
    const person = data!.person;
    // The demo's first person of a county owns a business: self-employed, so employed.
    expect(person).toMatchObject({ id, county: { code: '320803', name: '楚州区' }, employmentStatus: 'EMPLOYED' });
    expect(String(person.idNumber)).toMatch(/^320803\d{11}[\dX]$/);
    expect(person.certificate).toMatchObject({ status: 'VALID', number: expect.stringMatching(/^3208032003\d{6}$/) });
    expect(person.loans).toEqual([expect.objectContaining({ amount: expect.stringMatching(/^\d+\.\d\d$/) })]);
    expect(person.taxReliefs).toEqual([expect.objectContaining({ taxType: 'BUSINESS_TAX' })]);
    expect(person.businesses).toEqual([
      expect.objectContaining({ kind: 'INDIVIDUAL_BUSINESS', creditCode: expect.stringMatching(/^92320803/) }),
    ]);
    const [business] = person.businesses as { creditCode: string }[];
    expect(person.employmentRecords).toEqual([
      expect.objectContaining({ kind: 'SELF_EMPLOYMENT', employer: expect.objectContaining({ creditCode: business.creditCode }) }),
    ]);
    expect(person.hardship).toEqual(expect.objectContaining({ fortyFifty: expect.any(Boolean) }));
  });

  it('PersonDossier answers null for an unknown person', async () => {
    const { data, errors } = await stack.query(contractOperation('PersonDossier'), { id: '999999' });
    expect(errors).toBeUndefined();
    expect(data).toEqual({ person: null });
  });

  it('EnterpriseDossier joins commerce, tax and labor for a hiring enterprise', async () => {
    const list = await stack.query<{ enterprises: { edges: { node: { creditCode: string; kind: string } }[] } }>(
      '{ enterprises(countyCode: "320803", first: 100) { edges { node { creditCode kind } } } }',
    );
    type Dossier = { enterprise: { creditCode: string; hires: { person: { id: string; name: string } }[]; taxReliefs: unknown[] } };
    const dossiers: Dossier['enterprise'][] = [];
    for (const { node } of list.data!.enterprises.edges.filter((e) => e.node.kind === 'PRIVATE_ENTERPRISE')) {
      const { data, errors } = await stack.query<Dossier>(contractOperation('EnterpriseDossier'), { creditCode: node.creditCode });
      expect(errors).toBeUndefined();
      expect(data!.enterprise).toMatchObject({
        creditCode: node.creditCode,
        kind: 'PRIVATE_ENTERPRISE',
        county: { code: '320803' },
        owner: null,
      });
      dossiers.push(data!.enterprise);
    }
    // The county's private enterprises hire; the one with hires holding certificates is relieved by tax.
    expect(dossiers.length).toBeGreaterThan(0);
    for (const d of dossiers) for (const hire of d.hires) expect(hire.person.name.length).toBeGreaterThan(1);
    const relieved = dossiers.filter((d) => d.taxReliefs.length > 0);
    expect(relieved.length).toBeGreaterThan(0);
    for (const d of relieved) {
      expect(d.hires.length).toBeGreaterThan(0);
      expect(d.taxReliefs).toEqual([expect.objectContaining({ taxType: 'ENTERPRISE_INCOME_TAX' })]);
    }
  });

  it('PersonsByCounty pages through a county without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const res: Awaited<ReturnType<typeof stack.query<PersonsPage>>> = await stack.query<PersonsPage>(
        contractOperation('PersonsByCounty'),
        {
          countyCode: '320829',
          first: 7,
          after,
        },
      );
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.persons.edges.map((e) => e.node.id));
      if (!res.data!.persons.pageInfo.hasNextPage) break;
      after = res.data!.persons.pageInfo.endCursor;
    }
    const all = await stack.query<PersonsPage>(contractOperation('PersonsByCounty'), { countyCode: '320829', first: 100 });
    expect(seen).toEqual(all.data!.persons.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(7);
  });

  it('refuses a page size over the cap, naming the argument', async () => {
    const { errors } = await stack.query(contractOperation('PersonsByCounty'), { countyCode: '320803', first: 1000 });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
