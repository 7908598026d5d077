import type { EntityManager } from 'typeorm';
import { applyLatest } from '../../../../shared/feeds/apply';
import { FeedSync } from '../../../../shared/feeds/sync';
import type { FeedConsumerOptions } from '../../../../shared/subgraph';
import { RegisterReplica } from './register-replica.entity';

export const REGISTER_FEED = 'commerce.registerChanges';

const QUERY = `query RegisterFeed($after: String, $first: Int!) {
  registerChanges(after: $after, first: $first) {
    edges { cursor node { sequence event creditCode kind industry registeredOn countyCode ownerId ownerCertificateNumber employeeCount closedOn changedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface RegisterNode {
  sequence: number;
  event: string;
  creditCode: string;
  kind: string;
  industry: string;
  registeredOn: string;
  countyCode: string;
  ownerId: string | null;
  ownerCertificateNumber: string | null;
  employeeCount: number;
  closedOn: string | null;
  changedAt: string;
}

function applyRegister(tx: EntityManager, nodes: RegisterNode[]): Promise<void> {
  return applyLatest(
    tx,
    RegisterReplica,
    'creditCode',
    nodes.map((n) => ({
      key: n.creditCode,
      sequence: n.sequence,
      row:
        n.event === 'DELETED'
          ? null
          : {
              creditCode: n.creditCode,
              kind: n.kind,
              industry: n.industry,
              registeredOn: n.registeredOn,
              countyCode: n.countyCode,
              ownerId: n.ownerId === null ? null : Number(n.ownerId),
              ownerCertificateNumber: n.ownerCertificateNumber,
              employeeCount: n.employeeCount,
              closedOn: n.closedOn,
              sequence: n.sequence,
              changedAt: new Date(n.changedAt),
            },
    })),
  );
}

/** Tax's worker for commerce's register feed (COMMERCE_URL, polled like the certificate feed). */
export function registerFeedSync({ db, config, logger, headers }: FeedConsumerOptions): FeedSync<RegisterNode> {
  return new FeedSync<RegisterNode>({
    db,
    feed: REGISTER_FEED,
    publisher: 'commerce',
    url: () => config.commerceUrl,
    field: 'registerChanges',
    query: QUERY,
    apply: applyRegister,
    logger,
    headers: headers('register'),
  });
}
