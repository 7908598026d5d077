import { CITY_COUNTIES } from '../../../../shared/areas';
import { type GatewayClient, snapshotIncomplete } from '../gateway/gateway-client';

/** A person as the office reads the departments' records of them through the gateway. */
export interface CheckedPerson {
  id: string;
  countyCode: string;
  registeredOn: string;
  hardship: { fortyFifty: boolean; doubleLaidOff: boolean; doubleUnemployed: boolean } | null;
  certificate: { number: string; status: string; issuedOn: string } | null;
  employmentRecords: { id: string; kind: string; startedOn: string; employer: { creditCode: string } | null }[] | null;
  loans: { id: string; status: string; certificate: { number: string } }[] | null;
  subsidies: { id: string; kind: string; certificate: { number: string } | null; enterprise: { creditCode: string } | null }[] | null;
  taxReliefs: { id: string; periodStart: string; certificate: { number: string } }[] | null;
  businesses:
    | {
        creditCode: string;
        kind: string;
        registeredOn: string;
        feeExemption: { id: string; validFrom: string; certificate: { number: string } } | null;
      }[]
    | null;
}

export interface FilledPost {
  id: string;
  countyCode: string;
  filledOn: string | null;
  filledBy: { id: string } | null;
}

export interface CheckData {
  persons: CheckedPerson[];
  posts: FilledPost[];
}

type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

// Two requests per page over the same cursor: one would exceed the gateway's cost limit.
// The benefits' certificates and employers are asked for their keys only, which the gateway
// answers from the department that keeps the benefit: a number labor never issued still shows.
const PERSONS_LABOR_FINANCE = `query($county: ID!, $after: String) {
  persons(countyCode: $county, first: 100, after: $after) {
    edges { node {
      id registeredOn
      hardship { fortyFifty doubleLaidOff doubleUnemployed }
      certificate { number status issuedOn }
      employmentRecords { id kind startedOn employer { creditCode } }
      loans { id status certificate { number } }
      subsidies { id kind certificate { number } enterprise { creditCode } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const PERSONS_TAX_COMMERCE = `query($county: ID!, $after: String) {
  persons(countyCode: $county, first: 100, after: $after) {
    edges { node {
      id
      taxReliefs { id periodStart certificate { number } }
      businesses { creditCode kind registeredOn feeExemption { id validFrom certificate { number } } }
    } }
  }
}`;

const POSTS = `query($county: ID!, $after: String) {
  publicWelfarePosts(countyCode: $county, status: FILLED, first: 100, after: $after) {
    edges { node { id countyCode filledOn filledBy { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type LaborFinance = Omit<CheckedPerson, 'countyCode' | 'taxReliefs' | 'businesses'>;
type TaxCommerce = Pick<CheckedPerson, 'id' | 'taxReliefs' | 'businesses'>;

async function allPages<T>(gateway: GatewayClient, query: string, root: string, county: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, Page<T>> = await gateway.read<Record<string, Page<T>>>(query, { county, after });
    nodes.push(...data[root].edges.map((e) => e.node));
    after = data[root].pageInfo.hasNextPage ? data[root].pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

/** A county's persons, each page read in its two halves and joined by id. */
async function countyPersons(gateway: GatewayClient, county: string): Promise<CheckedPerson[]> {
  const persons: CheckedPerson[] = [];
  let after: string | null = null;
  do {
    const first: { persons: Page<LaborFinance> } = await gateway.read<{ persons: Page<LaborFinance> }>(PERSONS_LABOR_FINANCE, {
      county,
      after,
    });
    const second = await gateway.read<{ persons: Omit<Page<TaxCommerce>, 'pageInfo'> }>(PERSONS_TAX_COMMERCE, { county, after });
    const rest = new Map(second.persons.edges.map((e) => [e.node.id, e.node]));
    for (const { node } of first.persons.edges) {
      const other = rest.get(node.id);
      // Keys are stable, but a person registered between the two reads could shift a page's end.
      if (!other) throw snapshotIncomplete([], `county ${county} changed while it was read`);
      persons.push({ ...node, countyCode: county, taxReliefs: other.taxReliefs, businesses: other.businesses });
    }
    after = first.persons.pageInfo.hasNextPage ? first.persons.pageInfo.endCursor : null;
  } while (after);
  return persons;
}

/**
 * Every county's persons with their benefits, and its filled public-welfare posts. Counties
 * are read side by side (each page by page): a run waits on eight departments' answers, not
 * on the CPU, and must end well within the gateway's timeout for the office.
 */
export async function readCheckData(gateway: GatewayClient): Promise<CheckData> {
  const counties = await Promise.all(
    CITY_COUNTIES.map(async ({ code }) => ({
      persons: await countyPersons(gateway, code),
      posts: await allPages<FilledPost>(gateway, POSTS, 'publicWelfarePosts', code),
    })),
  );
  return { persons: counties.flatMap((c) => c.persons), posts: counties.flatMap((c) => c.posts) };
}
