import { type GraphQLResult, postGraphQL } from '../../common/graphql';
import { DUTY_FIELDS, type Duty, type Loaded, problemOf } from './circulars';

/**
 * A county's late duties and open consistency findings, read from the joint office. Each
 * is its own request, so a token that may read one and not the other, or an office that
 * does not answer, costs that section alone.
 */
export async function loadLateDuties(countyCode: string, token: string): Promise<Loaded<Duty[]>> {
  const query = `query DashboardLateDuties($countyCode: ID!) { duties(lateOnly: true, countyCode: $countyCode) { ${DUTY_FIELDS} } }`;
  const answer = await postGraphQL<{ duties: Duty[] }>(query, { countyCode }, token);
  if (!answer.data || answer.errors.length) return { ok: false, problem: problemOf(answer.errors) };
  return { ok: true, value: answer.data.duties };
}

export interface RecordRef {
  department: string;
  kind: string;
  key: string;
}

export interface Finding {
  id: string;
  rule: string;
  summary: string;
  countyCode: string | null;
  detectedAt: string;
  /** The records it names; null when the token may not see them (person-level records of every department). */
  records: RecordRef[] | null;
}

export interface CountyFindings {
  findings: Finding[];
  /** Set when the findings came without their records: the gateway's reason. */
  recordsRefused: string | null;
}

/** Open findings: the contract's ConsistencyFindings fields plus the county, newest first. */
function findingsQuery(withRecords: boolean): string {
  return `query DashboardFindings($first: Int!, $after: String) {
  consistencyFindings(first: $first, after: $after) {
    edges { node { id rule summary countyCode detectedAt ${withRecords ? 'records { department kind key }' : ''} } }
    pageInfo { hasNextPage endCursor }
  }
}`;
}

type FindingsPage = {
  consistencyFindings: {
    edges: { node: Omit<Finding, 'records'> & { records?: RecordRef[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

/** At most this many pages of findings (100 each): open findings are few, a runaway loop is not. */
const MAX_PAGES = 10;

async function allFindings(withRecords: boolean, token: string): Promise<Loaded<Finding[]>> {
  const found: Finding[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer: GraphQLResult<FindingsPage> = await postGraphQL<FindingsPage>(findingsQuery(withRecords), { first: 100, after }, token);
    if (!answer.data || answer.errors.length) return { ok: false, problem: problemOf(answer.errors) };
    const { edges, pageInfo } = answer.data.consistencyFindings;
    found.push(...edges.map(({ node }) => ({ ...node, records: node.records ?? null })));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return { ok: true, value: found };
}

/**
 * The county's open findings with the records they name. The records need every
 * department's read scope (they point at persons): a token without it gets the findings
 * alone and the reason, so the section says what is hidden rather than breaking.
 * The query has no county argument; a county-limited token already gets only its own.
 */
export async function loadCountyFindings(countyCode: string, token: string): Promise<Loaded<CountyFindings>> {
  const mine = (list: Finding[]) => list.filter((f) => f.countyCode === countyCode);
  const full = await allFindings(true, token);
  if (full.ok) return { ok: true, value: { findings: mine(full.value), recordsRefused: null } };
  if (full.problem.kind !== 'forbidden') return full;
  const bare = await allFindings(false, token);
  if (!bare.ok) return bare;
  return { ok: true, value: { findings: mine(bare.value), recordsRefused: full.problem.message } };
}
