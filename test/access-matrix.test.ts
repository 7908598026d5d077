import { readFileSync } from 'node:fs';
import { getNamedType, type GraphQLSchema, type GraphQLUnionType, isNonNullType, isObjectType } from 'graphql';
import type { AccessRule } from '../shared/auth/access';
import { type AccessMatrix, accessMatrix } from '../scripts/access-matrix';
import { README_FILE, renderAccessMatrix, withAccessMatrix } from '../scripts/access-docs';
import { type Composition, composeSupergraph } from '../scripts/supergraph';
import { discoverFixtures, type Fixtures, representations, rootArguments } from './access/fixtures';
import { keyAt, Observation, pool } from './access/observe';
import { HOME, opens, type RoleName, ROLES, seesInFull } from './access/roles';
import { mutationBatches } from './access/mutations';
import { batchProbes, type Grouping, outcomeOf, printBatch, type Probe } from './access/probes';
import { argumentsOf, eachNode, type Node, notYet, print, prune, selectAll } from './access/selection';
import { type GraphQLResponse, postGraphQL, type Stack, startStack } from './helpers/stack';

/** Limits off: this suite is about who sees what; the limits have their own tests. */
const NO_LIMITS = { maxDepth: 100, maxAliases: 1000, maxDirectives: 1000, maxTokens: 1_000_000, maxCost: 100_000_000 };
const DEPTH = 4;
const ROLE_NAMES = Object.keys(ROLES) as RoleName[];
/** Types only a successful mutation returns; the mutation's own rule is what guards them. */
const ONLY_FROM_MUTATIONS = new Set(['CertificateExpiryResult', 'ImportResult', 'ImportItemResult', 'ImportItemError', 'UrbanLaborForce']);

type Errors = GraphQLResponse['errors'];

/**
 * The access matrix, enforced: every output field of the composed graph has a declared
 * rule, and every role gets, field by field, what the rule says — through the gateway and
 * through `_entities` on each subgraph. README's table is generated from the same rules.
 */
describe('the access matrix', () => {
  let composition: Composition;
  let matrix: AccessMatrix;
  let rules: Map<string, AccessRule>;
  let stack: Stack;
  let fixtures: Fixtures;
  const mismatches: string[] = [];
  const answered = new Set<string>();
  const refused = new Set<string>();
  /** What each role was sent, for the personal-data check at the end. */
  const seen = new Map<RoleName, string[]>(ROLE_NAMES.map((r) => [r, []]));

  const open = (role: RoleName, key: string) => opens(ROLES[role], rules.get(key)!);
  const send = async <T>(role: RoleName, url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const res = await postGraphQL<T>(url, query, variables, { authorization: `Bearer ${await stack.token(ROLES[role])}` });
    seen.get(role)!.push(JSON.stringify(res));
    return res;
  };

  beforeAll(async () => {
    composition = await composeSupergraph();
    matrix = await accessMatrix(composition);
    rules = new Map(matrix.fields.map((f) => [f.field, f.rule]));
    stack = await startStack({ limits: { gateway: NO_LIMITS, subgraphs: NO_LIMITS } });
    fixtures = await discoverFixtures(stack);
    // What the 2003 demo world lacks: a vacant public-welfare post in HOME, a yearly review (due from 2004).
    const post = await stack.query(
      'mutation($input: ReportVacancyInput!) { reportPublicWelfareVacancy(input: $input) { id } }',
      {
        input: { countyCode: HOME, workKind: 'CLEANING', fundedBy: '区财政', reportedOn: '2003-08-01' },
      },
      'labor',
    );
    expect(post.errors).toBeUndefined();
    await stack.subgraphs.labor.db.query('INSERT INTO certificate_review (number, year, reviewedOn) VALUES (?, 2004, ?)', [
      fixtures.home.certificate,
      '2004-03-01',
    ]);
    // The joint office's records: a finding (a relief planted before its certificate, in HOME) and a circular holding it.
    await stack.subgraphs.tax.db.query('UPDATE tax_relief SET periodStart = ? WHERE id = ?', [
      '2003-01-01',
      Number(fixtures.home.taxRelief),
    ]);
    const office = await stack.query('mutation { runConsistencyChecks { findings } publishCircular(year: 2003, month: 8) { id } }');
    expect(office.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => stack?.stop());

  it('has a rule for every output field of the composed graph, the same in every subgraph that resolves it', () => {
    const api = composition.apiSchema!;
    const all = Object.values(api.getTypeMap()).flatMap((t) =>
      isObjectType(t) && !t.name.startsWith('__') ? Object.keys(t.getFields()).map((f) => `${t.name}.${f}`) : [],
    );
    expect(matrix.problems).toEqual([]);
    expect(matrix.fields.map((f) => f.field).sort()).toEqual(all.sort());
    expect(all.length).toBeGreaterThan(450);
  });

  it("keeps README's access matrix in step with the declarations (npm run docs:access)", () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toBe(withAccessMatrix(readme, renderAccessMatrix(matrix)));
  });

  /** The root query's selection for `field`, with the arguments that reach real records. */
  function rootNode(field: string): Node {
    const api = composition.apiSchema!;
    const definition = api.getQueryType()!.getFields()[field];
    const type = getNamedType(definition.type).name;
    return {
      name: field,
      key: `Query.${field}`,
      type,
      object: true,
      nullable: !isNonNullType(definition.type),
      args: argumentsOf(definition.args, rootArguments(fixtures)[field] ?? {}),
      children: selectAll(api, type, DEPTH),
    };
  }

  const owner = (key: string) => matrix.fields.find((f) => f.field === key)!.subgraphs[0];

  /** Sends the probes, several per request where they cannot hide each other, and checks each was refused. */
  async function runProbes(
    role: RoleName,
    where: string,
    probes: Probe[],
    group: Grouping,
    wrap: (alias: string, selection: string) => string,
    send: (selection: string) => Promise<Errors>,
  ) {
    await pool(batchProbes(probes, group), 2, async (batch) => {
      const errors = await send(printBatch(batch, wrap));
      batch.forEach((probe, i) => {
        const code = outcomeOf(errors, probe, i);
        if (code === 'FORBIDDEN') refused.add(probe.field.key);
        else mismatches.push(`${role} ${where}: ${probe.field.key} should be refused, got ${code ?? 'an answer'}`);
      });
    });
  }

  /** The fields the role must be refused whose parent it reached, through the gateway. */
  async function probeGateway(role: RoleName, observation: Observation): Promise<void> {
    const api = composition.apiSchema!;
    const probes: Probe[] = [];
    for (const { field } of matrix.fields) {
      const [type, name] = field.split('.');
      if (type === 'Mutation' || open(role, field)) continue;
      if (type === 'Query') {
        probes.push({ chain: [], field: rootNode(name) });
        continue;
      }
      const chain = observation.nullableChains.get(type) ?? observation.chains.get(type);
      if (!chain) continue; // the role never reaches this type: what leads to it is refused already
      probes.push({ chain, field: selectAll(api, type, 1).find((n) => n.name === name)! });
    }
    await runProbes(
      role,
      'via gateway',
      probes,
      // An error under a non-null root field nulls all data, and its subgraph reports only that
      // one: such probes share a request only with those of other subgraphs' root fields.
      (probe) => ((probe.chain[0] ?? probe.field).nullable ? null : probe.chain.length ? 'alone' : owner(probe.field.key)),
      (alias, selection) => `${alias}: ${selection}`,
      async (selection) => (await send(role, stack.gatewayUrl, `{ ${selection} }`)).errors,
    );
  }

  function checkMasked(role: RoleName, observation: Observation, where: string): void {
    for (const { field, rule } of matrix.fields) {
      if (rule.personalData !== 'masked') continue;
      for (const value of observation.values.get(field) ?? []) {
        if (typeof value === 'string' && value.includes('*') === seesInFull(ROLES[role])) {
          mismatches.push(`${role} ${where}: ${field} ${seesInFull(ROLES[role]) ? 'masked despite pii:read' : 'in full without pii:read'}`);
        }
      }
    }
  }

  it('answers every query field through the gateway as the matrix says, for every role', async () => {
    const roots = Object.keys(composition.apiSchema!.getQueryType()!.getFields());
    await pool(ROLE_NAMES, 3, async (role) => {
      const observation = new Observation();
      // Each field once per role: a query runs only the fields earlier ones did not answer.
      for (const field of roots) {
        if (!open(role, `Query.${field}`)) continue;
        const full = rootNode(field);
        const node = {
          ...full,
          children: notYet(
            prune(full.children, (n) => open(role, n.key)),
            observation.answered,
          ),
        };
        const res = await send(role, stack.gatewayUrl, `{ ${print([node])} }`);
        for (const error of res.errors ?? [])
          mismatches.push(
            `${role} via gateway: ${keyAt([node], error.path ?? [])} failed with ${String(error.extensions?.code)}: ${error.message}`,
          );
        observation.walk([node], res.data);
      }
      observation.answered.forEach((key) => answered.add(key));
      checkMasked(role, observation, 'via gateway');
      await probeGateway(role, observation);
    });
    expect(mismatches).toEqual([]);
    // Every query field for every role, the year series included: a minute or more on a
    // loaded two-core machine, where the suite's 60 s default is meant for single flows.
  }, 240_000);

  /** Every entity type a subgraph resolves, and its fields in that subgraph. */
  function entities(): { subgraph: string; url: string; schema: GraphQLSchema; type: string; nodes: Node[] }[] {
    // The gateway's own areas subgraph has no URL: its fields are reached through the gateway.
    const remote = composition.subgraphs.flatMap(({ name, schema }) =>
      name in stack.subgraphs ? [{ schema, url: stack.subgraphs[name].url, name }] : [],
    );
    return remote.flatMap(({ name, schema, url }) =>
      // A subgraph without entities (the joint office) has no _Entity union.
      ((schema.getType('_Entity') as GraphQLUnionType | undefined)?.getTypes() ?? []).map((type) => ({
        subgraph: name,
        url,
        schema,
        type: type.name,
        nodes: selectAll(schema, type.name, DEPTH - 1),
      })),
    );
  }

  const entitiesQuery = (type: string, nodes: Node[]) =>
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { __typename ${print(nodes)} } } }`;

  it('answers every field of every entity through _entities on each subgraph as the matrix says', async () => {
    const home = representations(fixtures, 'home');
    const work = ROLE_NAMES.flatMap((role) => entities().map((entity) => ({ role, ...entity })));
    await pool(work, 4, async ({ role, subgraph, url, type, nodes }) => {
      const variables = { r: [{ __typename: type, ...home[type] }] };
      const allowed = prune(nodes, (n) => open(role, n.key));
      const a = await send<{ _entities: unknown[] }>(role, url, entitiesQuery(type, allowed), variables);
      for (const error of a.errors ?? [])
        mismatches.push(
          `${role} at ${subgraph}: ${type}${keyAt(allowed, (error.path ?? []).slice(2)) ?? ''} failed with ${String(error.extensions?.code)}`,
        );
      const observation = new Observation();
      observation.walk(allowed, a.data?._entities?.[0]);
      observation.chains.set(type, []);
      observation.answered.forEach((key) => answered.add(key));
      checkMasked(role, observation, `at ${subgraph}`);
      const probes: Probe[] = [];
      for (const { node, chain } of eachNode(nodes)) {
        if (!open(role, node.key) && (chain.length === 0 || observation.chains.has(chain[chain.length - 1].type)))
          probes.push({ chain, field: node });
      }
      await runProbes(
        role,
        `at ${subgraph}`,
        probes,
        () => null, // each alias is its own _entities list of nullable items
        (alias, selection) => `${alias}: _entities(representations: $r) { ... on ${type} { ${selection} } }`,
        async (selection) => (await send(role, url, `query($r: [_Any!]!) { ${selection} }`, variables)).errors,
      );
    });
    expect(mismatches).toEqual([]);
  });

  it("limits county-limited roles to their county through _entities: another county's record is refused or left out", async () => {
    const other = representations(fixtures, 'other');
    const countyRoles = ROLE_NAMES.filter((role) => 'county' in ROLES[role]);
    const work = countyRoles.flatMap((role) => entities().map((entity) => ({ role, ...entity })));
    await pool(work, 4, async ({ role, subgraph, url, type, nodes }) => {
      // One alias per field: each answers, or is refused, on its own.
      const top = nodes.filter((n) => open(role, n.key));
      const selection = top
        .map((n, i) => `f${i}: _entities(representations: $r) { ... on ${type} { ${print([{ ...n, children: [] }])} } }`)
        .join(' ');
      const res = await send<Record<string, (Record<string, unknown> | null)[]>>(role, url, `query($r: [_Any!]!) { ${selection} }`, {
        r: [{ __typename: type, ...other[type] }],
      });
      top.forEach((node, i) => {
        const code = res.errors?.find((e) => e.path?.[0] === `f${i}`)?.extensions?.code;
        const value = res.data?.[`f${i}`]?.[0]?.[node.name];
        const limited = rules.get(node.key)!.countyLimited;
        const leftOut = code === 'FORBIDDEN' || value === null || (Array.isArray(value) && value.length === 0);
        if (code && code !== 'FORBIDDEN')
          mismatches.push(`${role} at ${subgraph}: ${node.key} of another county failed with ${String(code)}`);
        else if (limited && !leftOut)
          mismatches.push(`${role} at ${subgraph}: ${node.key} of another county's ${type} answered ${JSON.stringify(value)}`);
        else if (!limited && code === 'FORBIDDEN')
          mismatches.push(`${role} at ${subgraph}: ${node.key} refused for another county though not county-limited`);
      });
    });
    expect(mismatches).toEqual([]);
  });

  it('runs every mutation for exactly the roles the matrix opens it to', async () => {
    const batches = mutationBatches(composition.apiSchema!, owner);
    await pool(ROLE_NAMES, 3, async (role) => {
      for (const batch of batches) {
        const res = await send<Record<string, unknown>>(
          role,
          stack.gatewayUrl,
          `mutation { ${batch.map((node, i) => `m${i}: ${print([node])}`).join(' ')} }`,
        );
        batch.forEach((node, i) => {
          const code = res.errors?.find((e) => e.path?.length === 1 && e.path[0] === `m${i}`)?.extensions?.code;
          if (open(role, node.key) && code === 'FORBIDDEN') mismatches.push(`${role}: ${node.key} refused though the matrix opens it`);
          if (!open(role, node.key) && code !== 'FORBIDDEN')
            mismatches.push(`${role}: ${node.key} should be refused, got ${String(code ?? 'an answer')}`);
          if (code === 'FORBIDDEN') refused.add(node.key);
          else answered.add(node.key);
        });
      }
    });
    // Two requests per role, unless one subgraph has more mutations than all the others
    // together: each batch then holds at most one of its mutations more than of theirs.
    const perSubgraph = new Map<string, number>();
    for (const node of batches.flat()) perSubgraph.set(owner(node.key), (perSubgraph.get(owner(node.key)) ?? 0) + 1);
    const largest = Math.max(...perSubgraph.values());
    const others = batches.flat().length - largest;
    expect(batches.length).toBeLessThanOrEqual(Math.max(2, largest - others));
    expect(mismatches).toEqual([]);
  });

  it('has run every field of the graph and checked every refusal a role could meet', () => {
    // A refusal is checked wherever a role reaches the parent of a field it may not read
    // (fields under a refused field are refused with it); every field has answered a role.
    const unanswered = matrix.fields
      .filter(({ field }) => !answered.has(field) && !ONLY_FROM_MUTATIONS.has(field.split('.')[0]))
      .map((f) => f.field);
    expect(unanswered).toEqual([]);
    // Root fields and every entity's own fields are reached by every role: each refusal of theirs was checked.
    const direct = new Set([
      ...matrix.fields.filter(({ field }) => /^(Query|Mutation)\./.test(field)).map((f) => f.field),
      ...entities().flatMap(({ nodes }) => nodes.map((n) => n.key)),
    ]);
    const unchecked = [...direct].filter((field) => ROLE_NAMES.some((role) => !open(role, field)) && !refused.has(field));
    expect(unchecked).toEqual([]);
  });

  it('shows no role an identifying value in full unless the matrix opens it to the role', async () => {
    const pii = new Observation();
    for (const field of ['person', 'certificateChanges']) {
      const node = rootNode(field);
      pii.walk([node], (await send('piiReader', stack.gatewayUrl, `{ ${print([node])} }`)).data);
    }
    // A value may travel in several fields (a birth date in Person.birthDate and the feed's
    // holderBirthDate): a role may see it if any of them is open to it in full.
    const carriers = new Map<string, AccessRule[]>();
    for (const { field, rule } of matrix.fields) {
      if (rule.personalData !== 'masked' && rule.personalData !== 'identifying') continue;
      const values = (pii.values.get(field) ?? []).filter((v): v is string => typeof v === 'string' && v.length >= 8);
      if (['Person.idNumber', 'Person.birthDate'].includes(field)) expect([field, values.length]).not.toEqual([field, 0]);
      for (const value of values) carriers.set(value, [...(carriers.get(value) ?? []), rule]);
    }
    const entitled = (role: RoleName, rule: AccessRule) =>
      rule.personalData === 'identifying' ? opens(ROLES[role], rule) : seesInFull(ROLES[role]);
    const leaks: string[] = [];
    for (const [value, fields] of carriers) {
      for (const role of ROLE_NAMES) {
        if (fields.some((rule) => entitled(role, rule))) continue;
        if (seen.get(role)!.some((text) => text.includes(value))) leaks.push(`${role} saw ${value}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
