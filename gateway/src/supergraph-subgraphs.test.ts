import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraphsOfSupergraph } from './supergraph-subgraphs';

describe('subgraphsOfSupergraph', () => {
  it('reads the names and default URLs composition wrote into the committed supergraph', () => {
    const sdl = readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');
    const subgraphs = subgraphsOfSupergraph(sdl);
    expect(subgraphs.map((s) => s.name)).toEqual(expect.arrayContaining(['labor', 'finance', 'tax', 'commerce']));
    expect(subgraphs.find((s) => s.name === 'labor')?.url).toBe('http://localhost:4001/graphql');
  });

  it('refuses a schema that is not a composed supergraph', () => {
    expect(() => subgraphsOfSupergraph('type Query { a: Int }')).toThrow(/join__Graph/);
  });

  it('refuses a graph without its name and URL', () => {
    expect(() => subgraphsOfSupergraph('enum join__Graph { LABOR }')).toThrow(/LABOR lacks/);
  });
});
