import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { crossDepartmentFields, describeViolation, nullabilityViolations } from '../scripts/nullability';
import { SUPERGRAPH_FILE } from '../scripts/supergraph';

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** Composes small subgraphs with the real composition library, as `npm run compose` does. */
function compose(subgraphs: Record<string, string>): string {
  const result = composeServices(
    Object.entries(subgraphs).map(([name, sdl]) => ({
      name,
      url: `http://${name}.invalid/graphql`,
      typeDefs: parse(`${FEDERATION}\n${sdl}`),
    })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.supergraphSdl;
}

describe('nullability across departments', () => {
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const found = crossDepartmentFields(supergraph);
  const names = found.map((f) => `${f.type}.${f.field}`);

  it("keeps every field a department resolves for another department's objects nullable", () => {
    expect(nullabilityViolations(supergraph).map(describeViolation)).toEqual([]);
  });

  it("finds the fields departments add to each other's entities by itself", () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Person.loans',
        'Person.subsidies',
        'Person.taxReliefs',
        'Person.businesses',
        'County.loanStats',
        'County.taxReliefStats',
        'County.registrationStats',
        'ReemploymentCertificate.feeExemptions',
        'Enterprise.hires',
        'Enterprise.taxReliefs',
        'Enterprise.subsidies',
      ]),
    );
    expect(found.find((f) => f.type === 'Person' && f.field === 'loans')).toMatchObject({
      resolvedBy: ['finance'],
      reachableFrom: expect.arrayContaining(['labor']),
    });
  });

  it("finds the owner's fields that another department's reference reaches (Enterprise.owner { name })", () => {
    expect(found.find((f) => f.type === 'Person' && f.field === 'name')).toMatchObject({
      resolvedBy: ['labor'],
      reachableFrom: expect.arrayContaining(['commerce']),
    });
    expect(names).toContain('Enterprise.name');
  });

  it('never asks for the keys, which every department resolves', () => {
    expect(names).not.toEqual(expect.arrayContaining(['Person.id']));
    expect(
      names.filter((n) => ['Person.id', 'County.code', 'Enterprise.creditCode', 'ReemploymentCertificate.number'].includes(n)),
    ).toEqual([]);
  });

  it("flags a new non-null field one department adds to another's entity, and accepts it nullable", () => {
    const owner = 'type Query { person(id: ID!): Person } type Person @key(fields: "id") { id: ID! name: String }';
    const strict = compose({ labor: owner, pension: 'type Person @key(fields: "id") { id: ID! pension: Int! }' });
    expect(nullabilityViolations(strict).map((f) => `${f.type}.${f.field}`)).toEqual(['Person.pension']);
    const lenient = compose({ labor: owner, pension: 'type Person @key(fields: "id") { id: ID! pension: Int }' });
    expect(nullabilityViolations(lenient)).toEqual([]);
  });

  it("flags an owner's non-null field once another department hands out references to the entity", () => {
    const owner = 'type Query { person(id: ID!): Person } type Person @key(fields: "id") { id: ID! name: String! }';
    const alone = compose({ labor: owner, pension: 'type Person @key(fields: "id") { id: ID! pension: Int }' });
    expect(nullabilityViolations(alone)).toEqual([]);
    const referenced = compose({
      labor: owner,
      pension: 'type Query { pensioners: [Person!]! } type Person @key(fields: "id", resolvable: false) { id: ID! }',
    });
    expect(nullabilityViolations(referenced).map((f) => `${f.type}.${f.field}:${f.reachableFrom.join()}`)).toEqual(['Person.name:pension']);
  });
});
