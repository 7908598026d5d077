import { buildSchema, parse } from 'graphql';
import { checkSchemaChange, coordinatesUsedBy } from './schema-changes';

const released = buildSchema(`
  enum Category { LAID_OFF URBAN_UNEMPLOYED }
  input RegisterInput { name: String!, category: Category! }
  type Person { id: ID!, name: String, birthYear: Int, legacyCode: String @deprecated(reason: "use id (deprecated 2026-12-01)"), oldCode: String @deprecated(reason: "use id") }
  type Query { person(id: ID!): Person, persons: [Person!]! }
  type Mutation { registerPerson(input: RegisterInput!): Person }
`);

const contract = parse(`
  query Dossier($id: ID!) { person(id: $id) { id name legacyCode oldCode } }
  mutation Register($input: RegisterInput!) { registerPerson(input: $input) { id } }
`);

async function judge(sdl: string) {
  const check = await checkSchemaChange(released, buildSchema(sdl), contract);
  return {
    breaking: check.breaking.map((c) => c.path),
    retired: check.retired.map((c) => c.path),
    uncontracted: check.uncontracted.map((c) => c.path),
    safe: check.safe.map((c) => c.path),
  };
}

/** The released schema with `edit` applied to its text. */
const edited = (edit: (sdl: string) => string) =>
  edit(`
  enum Category { LAID_OFF URBAN_UNEMPLOYED }
  input RegisterInput { name: String!, category: Category! }
  type Person { id: ID!, name: String, birthYear: Int, legacyCode: String @deprecated(reason: "use id (deprecated 2026-12-01)"), oldCode: String @deprecated(reason: "use id") }
  type Query { person(id: ID!): Person, persons: [Person!]! }
  type Mutation { registerPerson(input: RegisterInput!): Person }
`);

describe('coordinatesUsedBy', () => {
  it('collects selected fields, their arguments, and the input fields and enum values a client may send', () => {
    const used = coordinatesUsedBy(released, contract);
    expect([...used]).toEqual(
      expect.arrayContaining([
        'Query.person',
        'Query.person.id',
        'Person.name',
        'Mutation.registerPerson.input',
        'RegisterInput.category',
        'Category.LAID_OFF',
      ]),
    );
    expect(used.has('Person.birthYear')).toBe(false);
    expect(used.has('Query.persons')).toBe(false);
  });
});

describe('checkSchemaChange', () => {
  it('passes an unchanged schema and additions', async () => {
    expect(await judge(edited((s) => s))).toEqual({ breaking: [], retired: [], uncontracted: [], safe: [] });
    expect((await judge(edited((s) => s.replace('birthYear: Int', 'birthYear: Int, age: Int')))).breaking).toEqual([]);
  });

  it('fails on removing or retyping a field the contract selects', async () => {
    expect((await judge(edited((s) => s.replace('name: String, birthYear', 'birthYear')))).breaking).toEqual(['Person.name']);
    expect((await judge(edited((s) => s.replace('name: String, birthYear', 'name: Int, birthYear')))).breaking).toEqual(['Person.name']);
  });

  it('fails on a new required argument or input field, and on a removed enum value the contract may send', async () => {
    expect((await judge(edited((s) => s.replace('person(id: ID!)', 'person(id: ID!, year: Int!)')))).breaking).toEqual([
      'Query.person.year',
    ]);
    expect((await judge(edited((s) => s.replace('category: Category! }', 'category: Category!, county: String! }')))).breaking).toEqual([
      'RegisterInput.county',
    ]);
    expect((await judge(edited((s) => s.replace('LAID_OFF URBAN', 'URBAN')))).breaking).toEqual(['Category.LAID_OFF']);
  });

  it('only reports a breaking change to what the contract does not use', async () => {
    const check = await judge(edited((s) => s.replace('birthYear: Int, ', '')));
    expect(check).toMatchObject({ breaking: [], uncontracted: ['Person.birthYear'] });
  });

  it('lets a field deprecated with a reason and a date be removed, but not one deprecated without a date', async () => {
    expect(await judge(edited((s) => s.replace(/legacyCode: String @deprecated\(reason: "[^"]*"\), /, '')))).toMatchObject({
      breaking: [],
      retired: ['Person.legacyCode'],
    });
    expect((await judge(edited((s) => s.replace(/, oldCode: String @deprecated\(reason: "use id"\)/, '')))).breaking).toEqual([
      'Person.oldCode',
    ]);
  });
});
