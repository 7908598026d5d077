import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

// One department down (its HTTP service stopped: connections refused) must cost only its
// own fields. The fault suite (test/faults) does the same with real processes, hung ones
// and databases; this checks the answer's shape, in development and production.

type Err = NonNullable<GraphQLResponse['errors']>[number];

/** Nothing in an error may point at the infrastructure. */
function expectClean(errors: Err[]): void {
  const text = JSON.stringify(errors);
  expect(text).not.toMatch(/https?:\/\/|127\.0\.0\.1|localhost|ECONNREFUSED|stacktrace|fetch failed|\bat .+\.js:\d+/);
}

async function firstPerson(stack: Stack): Promise<string> {
  const page = await stack.query<{ persons: { edges: { node: { id: string; loans: unknown[] | null } }[] } }>(
    contractOperation('PersonsByCounty'),
    { countyCode: '320803', first: 20 },
  );
  return page.data!.persons.edges.find((e) => (e.node.loans ?? []).length > 0)!.node.id;
}

describe.each([
  ['development', false],
  ['production', true],
])('partial answers with finance down (%s)', (_mode, production) => {
  let stack: Stack;
  let personId: string;
  beforeAll(async () => {
    stack = await startStack({ production, gatewayEnv: { GATEWAY_BREAKER_VOLUME: '1000' } });
    personId = await firstPerson(stack);
    await stack.subgraphs.finance.service.stop();
  });
  afterAll(() => stack?.stop());

  it("PersonDossier keeps labor's, tax's and commerce's data and nulls only the loans, naming finance", async () => {
    const { data, errors } = await stack.query<{ person: Record<string, unknown> }>(contractOperation('PersonDossier'), { id: personId });
    expect(data!.person).toMatchObject({ id: personId, name: expect.any(String), certificate: { status: 'VALID' }, loans: null });
    expect(data!.person.taxReliefs).toEqual(expect.any(Array));
    expect(data!.person.businesses).toEqual(expect.any(Array));
    expect(errors).toEqual([
      {
        message: 'finance is unavailable: its fields are null in this answer',
        path: ['person', 'loans'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
      },
    ]);
    expectClean(errors!);
  });

  it('PersonsByCounty answers every row, with one error per nulled loans field', async () => {
    const { data, errors } = await stack.query<{ persons: { edges: { node: { name: string; loans: unknown; taxReliefs: unknown } }[] } }>(
      contractOperation('PersonsByCounty'),
      { countyCode: '320803', first: 5 },
    );
    expect(data!.persons.edges).toHaveLength(5);
    for (const { node } of data!.persons.edges)
      expect(node).toMatchObject({ name: expect.any(String), loans: null, taxReliefs: expect.any(Array) });
    expect(errors!.map((e) => e.path)).toEqual([0, 1, 2, 3, 4].map((i) => ['persons', 'edges', i, 'node', 'loans']));
    expect(new Set(errors!.map((e) => e.extensions?.serviceName))).toEqual(new Set(['finance']));
    expectClean(errors!);
  });

  it("JointMeetingReport keeps every county's labor, tax and commerce figures and nulls loanStats", async () => {
    const { data, errors } = await stack.query<{ counties: Record<string, unknown>[] }>(contractOperation('JointMeetingReport'), {
      year: 2003,
      month: 7,
    });
    expect(data!.counties).toHaveLength(8);
    for (const county of data!.counties) {
      expect(county).toMatchObject({
        name: expect.any(String),
        loanStats: null,
        taxReliefStats: expect.any(Object),
        registrationStats: expect.any(Object),
        certificateStats: expect.any(Object),
      });
    }
    expect(errors).toHaveLength(8);
    expect(errors!.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.path?.at(-1) === 'loanStats')).toBe(true);
  });

  it('EnterpriseDossier is untouched: finance contributes nothing to it', async () => {
    const list = await stack.query<{ enterprises: { edges: { node: { creditCode: string } }[] } }>(
      '{ enterprises(countyCode: "320803", first: 1) { edges { node { creditCode } } } }',
    );
    const { data, errors } = await stack.query(contractOperation('EnterpriseDossier'), {
      creditCode: list.data!.enterprises.edges[0].node.creditCode,
    });
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ enterprise: { creditCode: expect.any(String) } });
  });

  it('a mutation to finance fails cleanly, saying it was not applied', async () => {
    const { data, errors } = await stack.query(
      contractOperation('ApplyForLoan'),
      {
        input: {
          applicantId: personId,
          certificateNumber: '3208032003000001',
          amount: '10000.00',
          termMonths: 12,
          purpose: 'shop',
          lowProfitProject: false,
        },
      },
      'finance',
    );
    expect(data).toBeNull();
    expect(errors).toEqual([
      {
        message: 'finance is unavailable: the mutation was not applied',
        path: ['applyForLoan'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
      },
    ]);
  });

  it('/ready on the gateway answers 503 naming finance; /health stays 200', async () => {
    const base = stack.gatewayUrl.replace(/graphql$/, '');
    const ready = await fetch(`${base}ready`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { missing: string[]; departments: Record<string, { status: string; code?: string }> };
    expect(body.missing).toEqual(['finance']);
    expect(body.departments.finance).toMatchObject({ status: 'unavailable', code: 'SUBGRAPH_UNAVAILABLE' });
    expect(body.departments.labor).toMatchObject({ status: 'ready', checks: { database: 'ok', migrations: 'applied' } });
    expect(JSON.stringify(body)).not.toMatch(/https?:\/\/|127\.0\.0\.1/);
    expect((await fetch(`${base}health`)).status).toBe(200);
  });
});
