import type { EntityManager } from 'typeorm';
import { applyLatest } from '../feeds/apply';
import { FeedSync } from '../feeds/sync';
import type { FeedConsumerOptions } from '../subgraph';
import { EmploymentReplica } from './employment-replica.entity';

export const EMPLOYMENT_FEED = 'labor.employmentChanges';

const QUERY = `query EmploymentFeed($after: String, $first: Int!) {
  employmentChanges(after: $after, first: $first) {
    edges { cursor node { sequence event recordId personId employerCreditCode kind startedOn endedOn contractMonths countyCode changedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface EmploymentNode {
  sequence: number;
  event: string;
  recordId: string;
  personId: string;
  employerCreditCode: string | null;
  kind: string;
  startedOn: string;
  endedOn: string | null;
  contractMonths: number | null;
  countyCode: string;
  changedAt: string;
}

/** Applies a page of labor's employment changes to this department's `employment_replica`. */
export function applyEmployment(tx: EntityManager, nodes: EmploymentNode[]): Promise<void> {
  return applyLatest(
    tx,
    EmploymentReplica,
    'recordId',
    nodes.map((n) => ({
      key: Number(n.recordId),
      sequence: n.sequence,
      row:
        n.event === 'DELETED'
          ? null
          : {
              recordId: Number(n.recordId),
              personId: Number(n.personId),
              employerCreditCode: n.employerCreditCode,
              kind: n.kind,
              startedOn: n.startedOn,
              endedOn: n.endedOn,
              contractMonths: n.contractMonths,
              countyCode: n.countyCode,
              sequence: n.sequence,
              changedAt: new Date(n.changedAt),
            },
    })),
  );
}

/** A department's worker for labor's employment feed (LABOR_URL, polled like the certificate feed). */
export function employmentFeedSync({ db, config, logger, headers }: FeedConsumerOptions): FeedSync<EmploymentNode> {
  return new FeedSync<EmploymentNode>({
    db,
    feed: EMPLOYMENT_FEED,
    publisher: 'labor',
    url: () => config.laborUrl,
    field: 'employmentChanges',
    query: QUERY,
    apply: applyEmployment,
    logger,
    headers: headers('employment'),
  });
}
