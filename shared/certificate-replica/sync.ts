import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import type { Logger } from '../logger';
import { applyLatest } from '../feeds/apply';
import { FeedSync } from '../feeds/sync';
import { CertificateReplica } from './replica.entity';

export const FEED_NAME = 'labor.certificateChanges';

/** Only finance asks for birth dates (its loan age limit); labor gives them to no one else. */
const feedQuery = (birthDates: boolean) => `query CertificateFeed($after: String, $first: Int!) {
  certificateChanges(after: $after, first: $first) {
    edges { cursor node { sequence number status category countyCode issuedOn revokedOn${birthDates ? ' holderBirthDate' : ''} changedAt holder { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface CertificateNode {
  sequence: number;
  number: string;
  status: string;
  category: string;
  countyCode: string;
  issuedOn: string;
  revokedOn: string | null;
  holderBirthDate?: string;
  changedAt: string;
  holder: { id: string };
}

export interface CertificateFeedSyncOptions {
  db: DataSource;
  laborUrl: string;
  logger: Logger;
  pageSize?: number;
  /** Replicate holders' birth dates (finance's loan age limit needs them). */
  birthDates?: boolean;
  /** Headers for the call to labor (the service token, once auth is on). */
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
}

/** Every change carries the certificate's whole state: the latest per number wins. */
function applyCertificates(tx: EntityManager, nodes: CertificateNode[]): Promise<void> {
  return applyLatest(
    tx,
    CertificateReplica,
    'number',
    nodes.map((node) => ({
      key: node.number,
      sequence: node.sequence,
      row: {
        number: node.number,
        holderId: Number(node.holder.id),
        holderBirthDate: node.holderBirthDate ?? null,
        countyCode: node.countyCode,
        category: node.category,
        status: node.status,
        issuedOn: node.issuedOn,
        revokedOn: node.revokedOn,
        sequence: node.sequence,
        changedAt: new Date(node.changedAt),
      },
    })),
  );
}

/** Labor's certificate feed into the department's `certificate_replica`: one instance of FeedSync. */
export class CertificateFeedSync extends FeedSync<CertificateNode> {
  constructor(options: CertificateFeedSyncOptions) {
    let birthDatesForgotten = false;
    super({
      db: options.db,
      feed: FEED_NAME,
      publisher: 'labor',
      url: options.laborUrl,
      field: 'certificateChanges',
      query: feedQuery(options.birthDates ?? false),
      apply: applyCertificates,
      logger: options.logger,
      pageSize: options.pageSize,
      headers: options.headers,
      // A replica without the right to birth dates drops those an earlier version stored (once per process).
      beforeSync: async () => {
        if (options.birthDates || birthDatesForgotten) return;
        await options.db.getRepository(CertificateReplica).update({ holderBirthDate: Not(IsNull()) }, { holderBirthDate: null });
        birthDatesForgotten = true;
      },
    });
  }
}
