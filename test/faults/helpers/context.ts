import type { GraphQLResponse } from '../../helpers/stack';
import { contractOperation } from '../../helpers/operations';
import { type FaultStack } from './fault-stack';
import type { OwnMariaDb } from './mariadb';

export const OPERATIONS = ['PersonDossier', 'EnterpriseDossier', 'PersonsByCounty', 'JointMeetingReport'] as const;
export type OperationName = (typeof OPERATIONS)[number];

/** What every scenario shares: the running stack and the complete answers to compare with. */
export interface FaultContext {
  dir: string;
  stack: FaultStack;
  /** The suite's own MariaDB instance, when the suite runs on MariaDB. */
  mariadb?: OwnMariaDb;
  variables: Record<OperationName, Record<string, unknown>>;
  /** Each operation's answer with every department up. */
  complete: Record<OperationName, GraphQLResponse>;
  /** A demo person with a loan, relief and business, and the loan's id. */
  personId: string;
  loanId: string;
}

export type Context = () => FaultContext;

interface Dossier {
  person: { loans: { id: string }[] | null; taxReliefs: unknown[] | null; businesses: { creditCode: string }[] | null };
}

/** Picks demo records every department has something on, and records the complete answers. */
export async function prepareContext(dir: string, stack: FaultStack, mariadb?: OwnMariaDb): Promise<FaultContext> {
  const page = await stack.query<{
    persons: { edges: { node: { id: string; loans: unknown[]; taxReliefs: unknown[]; businesses: unknown[] } }[] };
  }>(contractOperation('PersonsByCounty'), { countyCode: '320803', first: 100 });
  const person = page.data?.persons.edges.find(({ node }) => node.loans.length && node.taxReliefs.length && node.businesses.length);
  if (!person) throw new Error(`no demo person with a loan, a relief and a business: ${JSON.stringify(page.errors)}`);
  const dossier = await stack.query<Dossier>(contractOperation('PersonDossier'), { id: person.node.id });
  const variables: FaultContext['variables'] = {
    PersonDossier: { id: person.node.id },
    // An individual business with an owner: labor fills in `owner { name }` for commerce's reference.
    EnterpriseDossier: { creditCode: dossier.data!.person.businesses![0].creditCode },
    PersonsByCounty: { countyCode: '320803', first: 10 },
    JointMeetingReport: { year: 2003, month: 7 },
  };
  const complete = {} as FaultContext['complete'];
  for (const name of OPERATIONS) {
    complete[name] = await stack.query(contractOperation(name), variables[name]);
    if (complete[name].errors) throw new Error(`${name} fails with every department up: ${JSON.stringify(complete[name].errors)}`);
  }
  return { dir, stack, mariadb, variables, complete, personId: person.node.id, loanId: dossier.data!.person.loans![0].id };
}

/** The four operations at once, as a dashboard would send them. */
export async function askAll(ctx: FaultContext): Promise<Record<OperationName, GraphQLResponse>> {
  const answers = await Promise.all(OPERATIONS.map((name) => ctx.stack.query(contractOperation(name), ctx.variables[name])));
  return Object.fromEntries(OPERATIONS.map((name, i) => [name, answers[i]])) as Record<OperationName, GraphQLResponse>;
}

/**
 * True once every operation answers without an error again (the department is back, its
 * circuit closed). Not compared with the complete answers: later scenarios write.
 */
export async function allComplete(ctx: FaultContext): Promise<true | undefined> {
  const answers = await askAll(ctx);
  return OPERATIONS.every((name) => answers[name].status === 200 && !answers[name].errors && answers[name].data) ? true : undefined;
}
