import { createHash } from 'node:crypto';
import { buildSchema } from 'graphql';
import { buildManifest, manifestProblems, manifestSchema } from './manifest';

const contract = {
  name: 'contract.graphql',
  text: `
    # the dashboard
    query Report($year: Int!) { report(year: $year) { ...Figures } }
    mutation Publish { publish }
    fragment Figures on Report { total ...More }
    fragment More on Report { extra }
    fragment Unused on Report { total }
  `,
};
const partners = { name: 'partners.graphql', text: 'query Status($n: ID!) { certificate(number: $n) { status } }' };

describe('buildManifest', () => {
  it('lists the contract first, then the partners, in file order, in Apollo’s manifest format', () => {
    const manifest = buildManifest([contract, partners]);
    expect(manifestSchema.parse(manifest)).toEqual(manifest);
    expect(manifest.operations.map(({ name, type }) => [name, type])).toEqual([
      ['Report', 'query'],
      ['Publish', 'mutation'],
      ['Status', 'query'],
    ]);
  });

  it('gives each operation the SHA-256 of its printed body as id', () => {
    for (const { id, body } of buildManifest([contract, partners]).operations)
      expect(id).toBe(createHash('sha256').update(body).digest('hex'));
    expect(buildManifest([partners]).operations[0].body).toBe('query Status($n: ID!) {\n  certificate(number: $n) {\n    status\n  }\n}');
  });

  it('puts the fragments an operation uses, also through other fragments, after it, and no others', () => {
    const report = buildManifest([contract]).operations[0];
    expect(report.body).toMatch(/^query Report[\s\S]*\n\nfragment Figures on Report[\s\S]*\n\nfragment More on Report/);
    expect(report.body).not.toContain('Unused');
    expect(buildManifest([contract]).operations[1].body).not.toContain('fragment');
  });

  it('finds fragments defined in another source', () => {
    const body = buildManifest([
      { name: 'a', text: 'query A { report { ...F } }' },
      { name: 'b', text: 'fragment F on Report { total }' },
    ]).operations[0].body;
    expect(body).toContain('fragment F on Report');
  });

  it('gives the same id whatever the layout and comments of the source', () => {
    const tidy = buildManifest([partners]).operations[0].id;
    const untidy = buildManifest([{ name: 'x', text: '# a bank\nquery   Status( $n :ID! ){certificate(number:$n){\nstatus}}' }])
      .operations[0].id;
    expect(untidy).toBe(tidy);
  });

  it('refuses anonymous operations, names used twice and missing fragments, naming the source', () => {
    expect(() => buildManifest([{ name: 'anon.graphql', text: '{ report { total } }' }])).toThrow(/anon\.graphql has no name/);
    expect(() => buildManifest([partners, { name: 'again.graphql', text: 'query Status { x }' }])).toThrow(
      /Status is defined twice \(again\.graphql\)/,
    );
    expect(() => buildManifest([{ name: 'f', text: 'fragment F on R { a } fragment F on R { b }' }])).toThrow(
      /fragment F is defined twice/,
    );
    expect(() => buildManifest([{ name: 'm', text: 'query Q { r { ...Missing } }' }])).toThrow(
      /Missing is spread but defined in no source/,
    );
  });
});

describe('manifestProblems', () => {
  const schema = buildSchema(
    'type Query { report(year: Int!): Report certificate(number: ID!): Certificate } type Report { total: Int extra: Int } type Certificate { status: String }',
  );

  it('is empty when the schema runs every operation', () => {
    expect(manifestProblems(buildManifest([partners]), schema)).toEqual([]);
  });

  it('names each operation the schema cannot run, also one whose root type is missing', () => {
    const older = buildSchema('type Query { report(year: Int!): Report } type Report { total: Int }');
    expect(manifestProblems(buildManifest([contract]), older)).toEqual([
      'Report: Cannot query field "extra" on type "Report".',
      'Publish: the schema has no mutation type',
    ]);
  });
});
