import { type DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import type { Logger } from '../logger';
import { CertificateReplica, FeedCursor } from './replica.entity';

export const FEED_NAME = 'labor.certificateChanges';

/** Only finance asks for birth dates (its loan age limit); labor gives them to no one else. */
const feedQuery = (birthDates: boolean) => `query CertificateFeed($after: String, $first: Int!) {
  certificateChanges(after: $after, first: $first) {
    edges { cursor node { sequence number status category countyCode issuedOn${birthDates ? ' holderBirthDate' : ''} changedAt holder { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface FeedNode {
  sequence: number;
  number: string;
  status: string;
  category: string;
  countyCode: string;
  issuedOn: string;
  holderBirthDate?: string;
  changedAt: string;
  holder: { id: string };
}

interface FeedPage {
  edges: { cursor: string; node: FeedNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FeedSyncOptions {
  db: DataSource;
  laborUrl: string;
  logger: Logger;
  pageSize?: number;
  /** Replicate holders' birth dates (finance's loan age limit needs them). */
  birthDates?: boolean;
  /** Headers for the call to labor (the service token, once auth is on). */
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
}

/**
 * Pulls labor's certificate feed after the last applied sequence and applies each page in
 * one transaction (replica rows and cursor together), so a crash mid-way repeats at most
 * one page, and a repeated page changes nothing: delivery is at-least-once, application
 * idempotent by sequence.
 */
export class CertificateFeedSync {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private birthDatesForgotten = false;

  constructor(private readonly options: FeedSyncOptions) {}

  /** Syncs until the feed is exhausted; returns the number of changes applied. */
  syncOnce(): Promise<number> {
    // One sync at a time: a timer tick during a manual sync joins it.
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Polls every `intervalMs`; failures are logged and recorded, and retried next tick. */
  start(intervalMs: number): void {
    const tick = () => {
      this.syncOnce()
        .catch(() => undefined)
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling; resolves once a sync in flight has finished (before the database closes). */
  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async drain(): Promise<number> {
    let applied = 0;
    try {
      await this.forgetBirthDates();
      for (;;) {
        const cursor = await this.cursor();
        const page = await this.fetchPage(cursor.lastCursor);
        applied += await this.apply(page);
        if (!page.pageInfo.hasNextPage) break;
      }
      await this.options.db.getRepository(FeedCursor).update({ feed: FEED_NAME }, { lastSyncedAt: new Date(), lastError: null });
      return applied;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ err: message }, 'certificate feed sync failed; the replica serves its last state');
      await this.options.db.getRepository(FeedCursor).update({ feed: FEED_NAME }, { lastError: message.slice(0, 300) });
      throw error;
    }
  }

  /** A replica without the right to birth dates drops those an earlier version stored (once per process). */
  private async forgetBirthDates(): Promise<void> {
    if (this.options.birthDates || this.birthDatesForgotten) return;
    await this.options.db.getRepository(CertificateReplica).update({ holderBirthDate: Not(IsNull()) }, { holderBirthDate: null });
    this.birthDatesForgotten = true;
  }

  private async cursor(): Promise<FeedCursor> {
    const repo = this.options.db.getRepository(FeedCursor);
    const existing = await repo.findOneBy({ feed: FEED_NAME });
    if (existing) return existing;
    await repo.insert({ feed: FEED_NAME, lastSequence: 0, lastCursor: null, lastSyncedAt: null, lastError: null });
    return repo.findOneByOrFail({ feed: FEED_NAME });
  }

  private async fetchPage(after: string | null): Promise<FeedPage> {
    const response = await fetch(this.options.laborUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.options.headers?.()) },
      body: JSON.stringify({
        query: feedQuery(this.options.birthDates ?? false),
        variables: { after, first: this.options.pageSize ?? 200 },
      }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: { certificateChanges: FeedPage }; errors?: { message: string }[] };
    if (!body.data?.certificateChanges) {
      throw new Error(`labor feed answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    }
    return body.data.certificateChanges;
  }

  private apply(page: FeedPage): Promise<number> {
    return this.options.db.transaction(async (tx) => {
      const cursor = await tx.findOneByOrFail(FeedCursor, { feed: FEED_NAME });
      // Changes at or below the cursor were applied before (a page repeated after a crash).
      const fresh = page.edges.filter((e) => e.node.sequence > cursor.lastSequence);
      if (!fresh.length) {
        // A cursor behind lastSequence (rewound by an operator) must still move on.
        if (page.pageInfo.endCursor) await tx.update(FeedCursor, { feed: FEED_NAME }, { lastCursor: page.pageInfo.endCursor });
        return 0;
      }
      await upsertLatest(
        tx,
        fresh.map((e) => e.node),
      );
      const last = fresh[fresh.length - 1];
      await tx.update(FeedCursor, { feed: FEED_NAME }, { lastSequence: last.node.sequence, lastCursor: last.cursor });
      return fresh.length;
    });
  }
}

/**
 * One read and one upsert per page. The last change per certificate wins, and never over
 * a row that already reflects a later sequence (a replay after the cursor was rewound).
 */
async function upsertLatest(tx: EntityManager, nodes: FeedNode[]): Promise<void> {
  const numbers = [...new Set(nodes.map((n) => n.number))];
  const existing = await tx.find(CertificateReplica, { where: { number: In(numbers) }, select: { number: true, sequence: true } });
  const applied = new Map(existing.map((row) => [row.number, row.sequence]));
  const latest = new Map<string, Partial<CertificateReplica>>();
  for (const node of nodes) {
    if (node.sequence <= (applied.get(node.number) ?? 0)) continue;
    latest.set(node.number, {
      number: node.number,
      holderId: Number(node.holder.id),
      holderBirthDate: node.holderBirthDate ?? null,
      countyCode: node.countyCode,
      category: node.category,
      status: node.status,
      issuedOn: node.issuedOn,
      sequence: node.sequence,
      changedAt: new Date(node.changedAt),
    });
  }
  if (latest.size) await tx.getRepository(CertificateReplica).upsert([...latest.values()], ['number']);
}
