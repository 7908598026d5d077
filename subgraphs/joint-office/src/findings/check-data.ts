import { CITY_COUNTIES } from '../../../../shared/areas';
import type { GatewayClient } from '../gateway/gateway-client';

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
  businesses: { creditCode: string; kind: string; registeredOn: string; feeExemption: { id: string; validFrom: string; certificate: { number: string } } | null }[] | null;
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

// Keys only on the benefits' certificates and employers: the gateway answers them from the
// department that keeps the benefit, so a certificate labor never issued still shows its number.
const PERSONS = `query($county: ID!, $after: String) {
  persons(countyCode: $county, first: 100, after: $after) {
    edges { node {
      id registeredOn
      hardship { fortyFifty doubleLaidOff doubleUnemployed }
      certificate { number status issuedOn }
      employmentRecords { id kind startedOn employer { creditCode } }
      loans { id status certificate { number } }
      subsidies { id kind certificate { number } enterprise { creditCode } }
      taxReliefs { id periodStart certificate { number } }
      businesses { creditCode kind registeredOn feeExemption { id validFrom certificate { number } } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const POSTS = `query($county: ID!, $after: String) {
  publicWelfarePosts(countyCode: $county, status: FILLED, first: 100, after: $after) {
    edges { node { id countyCode filledOn filledBy { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

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

/** Every county's persons with their benefits, and its filled public-welfare posts, page by page. */
export async function readCheckData(gateway: GatewayClient): Promise<CheckData> {
  const persons: CheckedPerson[] = [];
  const posts: FilledPost[] = [];
  for (const { code } of CITY_COUNTIES) {
    const found = await allPages<Omit<CheckedPerson, 'countyCode'>>(gateway, PERSONS, 'persons', code);
    persons.push(...found.map((p) => ({ ...p, countyCode: code })));
    posts.push(...(await allPages<FilledPost>(gateway, POSTS, 'publicWelfarePosts', code)));
  }
  return { persons, posts };
}
