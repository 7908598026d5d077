import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, isObjectType } from 'graphql';
import { gql } from 'graphql-tag';
import { type AccessRule, accessRule } from '../../../shared/auth/access';
import { registerAccessRules } from '../../../shared/auth/access-registry';
import { type Area, areaByCode, CITY_CODE, CITY_COUNTIES, cityArea } from '../../../shared/areas';

/** The subgraph's name in the supergraph. */
export const AREAS_SUBGRAPH = 'areas';

/**
 * The reference areas of Huai'an served by the gateway itself: the entry points of the
 * joint meeting's report (`counties`, `county`, `city`) rest on no department, so a
 * department that is down blanks its own columns and nothing else. The data is the code
 * list every department validates against (shared/areas.ts): nothing to store or fetch.
 */
const SDL = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  """
  县（区）— a county or district of Huai'an, keyed by its GB/T 2260 code; also the city as a whole (320800).
  """
  type County @key(fields: "code") {
    """
    GB/T 2260 code, e.g. 320803.
    """
    code: ID!
    """
    Chinese name, e.g. 楚州区.
    """
    name: String
  }

  type Query {
    """
    All counties and districts of the city, by code.
    """
    counties: [County!]!
    """
    A county or district by its code (null for another code).
    """
    county(code: ID!): County
    """
    淮安市 — the city as one area (320800): each department sums its eight counties.
    """
    city: County!
  }
`;

/** Reference data: any authenticated caller may read the areas (the gateway refuses others). */
const OPEN = accessRule({ scopes: [] });
const RULES: ReadonlyMap<string, AccessRule> = new Map(
  ['County.code', 'County.name', 'Query.counties', 'Query.county', 'Query.city'].map((field) => [field, OPEN]),
);

const asCounty = ({ code, name }: Area) => ({ code, name });

export function buildAreasSchema(): GraphQLSchema {
  const schema = buildSubgraphSchema([
    {
      typeDefs: SDL,
      resolvers: {
        Query: {
          counties: () => CITY_COUNTIES.map(asCounty),
          county: (_root: unknown, { code }: { code: string }) => {
            const area = code === CITY_CODE ? undefined : areaByCode(code);
            return area ? asCounty(area) : null;
          },
          city: () => asCounty(cityArea()),
        },
        County: {
          // References from the departments: a county, the city, or null for an unknown code.
          __resolveReference: ({ code }: { code: string }) => {
            const area = areaByCode(code);
            return area ? asCounty(area) : null;
          },
        },
      },
    },
  ]);
  assertEveryFieldRuled(schema);
  registerAccessRules(schema, RULES);
  return schema;
}

/** Federation's own fields aside, a field added to the SDL without a rule fails at start. */
function assertEveryFieldRuled(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('_')) continue;
    for (const field of Object.keys(type.getFields())) {
      if (field.startsWith('_')) continue;
      if (!RULES.has(`${type.name}.${field}`)) missing.push(`${type.name}.${field}`);
    }
  }
  if (missing.length) throw new Error(`areas: no access rule for ${missing.join(', ')}`);
}
