import type { Stack } from '../helpers/stack';
import { HOME, OTHER, ROLES } from './roles';

/** Records of one county that every path of the graph can start from. */
export interface CountyRecords {
  person: string;
  certificate: string;
  loan: string;
  taxRelief: string;
  enterprise: string;
  subsidy: string;
  trainingInstitution: string;
}

export interface Fixtures {
  home: CountyRecords & { course: string; inspectionCase: string; supervisionReport: string; platform: string; household: string };
  other: CountyRecords;
  guaranteeFund: string;
  fundAllocation: string;
}

type Edges<T> = { edges: { node: T }[] };
interface Found {
  persons: Edges<{ id: string; certificate: { number: string } | null; loans: { id: string }[]; taxReliefs: { id: string }[] }>;
  enterprises: Edges<{ creditCode: string; hires: unknown[]; subsidies: { id: string }[] }>;
  institutions: Edges<{ id: string }>;
}

const county = (code: string) => `
  persons(countyCode: "${code}", first: 3) { edges { node { id certificate { number } loans { id } taxReliefs { id } } } }
  enterprises(countyCode: "${code}", first: 100) { edges { node { creditCode hires { id } subsidies { id } } } }
  institutions: trainingInstitutions(countyCode: "${code}", first: 1) { edges { node { id } } }`;

async function records(stack: Stack, code: string): Promise<CountyRecords> {
  const res = await stack.query<Found>(`{ ${county(code)} }`, {}, ROLES.piiReader);
  if (!res.data) throw new Error(`fixtures of ${code}: ${JSON.stringify(res.errors)}`);
  const person = res.data.persons.edges.map((e) => e.node).find((p) => p.certificate && p.loans.length && p.taxReliefs.length);
  const enterprise = res.data.enterprises.edges.map((e) => e.node).find((e) => e.hires.length && e.subsidies.length);
  if (!person?.certificate || !enterprise) throw new Error(`the demo world of ${code} lacks a full person or a hiring enterprise`);
  return {
    person: person.id,
    certificate: person.certificate.number,
    loan: person.loans[0].id,
    taxRelief: person.taxReliefs[0].id,
    enterprise: enterprise.creditCode,
    subsidy: enterprise.subsidies[0].id,
    trainingInstitution: res.data.institutions.edges[0].node.id,
  };
}

/** Finds, in the demo world, a record of each kind in HOME and in OTHER. */
export async function discoverFixtures(stack: Stack): Promise<Fixtures> {
  const home = await records(stack, HOME);
  const other = await records(stack, OTHER);
  const res = await stack.query<{
    trainingCourses: Edges<{ id: string }>;
    inspectionCases: Edges<{ id: string }>;
    supervisionReports: Edges<{ id: string }>;
    communityPlatforms: Edges<{ id: string }>;
    guaranteeFunds: { id: string }[];
    fundAllocations: { id: string }[];
    households: Edges<{ household: { id: string; roster: { registered: boolean }[]; history: unknown[] } | null }>;
  }>(
    `query($institution: ID!) {
      trainingCourses(institutionId: $institution, first: 1) { edges { node { id } } }
      inspectionCases(countyCode: "${HOME}", first: 1) { edges { node { id } } }
      supervisionReports(countyCode: "${HOME}", first: 1) { edges { node { id } } }
      communityPlatforms(countyCode: "${HOME}", first: 1) { edges { node { id } } }
      guaranteeFunds { id }
      fundAllocations(year: 2003) { id }
      households: persons(countyCode: "${HOME}", first: 20) { edges { node { household { id roster { registered } history { id } } } } }
    }`,
    { institution: home.trainingInstitution },
    ROLES.piiReader,
  );
  if (!res.data) throw new Error(`fixtures: ${JSON.stringify(res.errors)}`);
  const first = (edges: Edges<{ id: string }>) => edges.edges[0].node.id;
  // A household with a member on its roster (and so a history): every household field has a value to show.
  const household = res.data.households.edges
    .map((e) => e.node.household)
    .find((h) => h && h.roster.some((m) => !m.registered) && h.history.length > 0);
  if (!household) throw new Error(`the demo world of ${HOME} lacks a household with a roster`);
  return {
    home: {
      ...home,
      course: first(res.data.trainingCourses),
      inspectionCase: first(res.data.inspectionCases),
      supervisionReport: first(res.data.supervisionReports),
      platform: first(res.data.communityPlatforms),
      household: household.id,
    },
    other,
    guaranteeFund: res.data.guaranteeFunds[0].id,
    fundAllocation: res.data.fundAllocations[0].id,
  };
}

/** Arguments of the root queries that name a record (the rest take year, month, county, first). */
export function rootArguments(f: Fixtures): Record<string, Record<string, unknown>> {
  return {
    enterprise: { creditCode: f.home.enterprise },
    loan: { id: f.home.loan },
    subsidyPayment: { id: f.home.subsidy },
    certificate: { number: f.home.certificate },
    person: { id: f.home.person },
    household: { id: f.home.household },
    county: { code: HOME },
    inspectionCase: { id: f.home.inspectionCase },
    supervisionReport: { id: f.home.supervisionReport },
    communityPlatform: { id: f.home.platform },
    trainingInstitution: { id: f.home.trainingInstitution },
    trainingCourses: { institutionId: f.home.trainingInstitution },
    trainingEnrollments: { courseId: f.home.course },
    trainingOutcomes: { institutionId: f.home.trainingInstitution },
    taxRelief: { id: f.home.taxRelief },
    taxCollectionQuotaOffset: { office: { enum: 'LOCAL' }, from: '2003-01-01', to: '2003-12-31' },
    certificateChanges: { first: 3 },
    employmentChanges: { first: 3 },
    registerChanges: { first: 3 },
    personChanges: { first: 3 },
    loanChanges: { first: 3 },
    taxReliefChanges: { first: 3 },
    // The circular the suite publishes first in its fresh stack.
    circular: { id: '1' },
  };
}

/** One representation per entity type, of a HOME record or of an OTHER one. */
export function representations(f: Fixtures, of: 'home' | 'other'): Record<string, Record<string, string>> {
  const r = f[of];
  return {
    County: { code: of === 'home' ? HOME : OTHER },
    Person: { id: r.person },
    ReemploymentCertificate: { number: r.certificate },
    Enterprise: { creditCode: r.enterprise },
    TrainingInstitution: { id: r.trainingInstitution },
    Loan: { id: r.loan },
    SubsidyPayment: { id: r.subsidy },
    TaxRelief: { id: r.taxRelief },
    GuaranteeFund: { id: f.guaranteeFund },
    FundAllocation: { id: f.fundAllocation },
  };
}
