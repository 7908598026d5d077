import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import { FeedCursor } from './cursor.entity';

/** Every node a feed serves has its sequence (the feed's order and the cursor's key). */
export interface FeedNode {
  sequence: number;
}

interface FeedPage<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** What the subgraph runner needs of any feed worker, whatever its node type. */
export interface FeedWorker {
  readonly feed: string;
  syncOnce(): Promise<number>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export interface FeedSyncOptions<TNode extends FeedNode> {
  db: DataSource;
  /** The cursor row's name, `<publisher>.<field>` (e.g. `labor.employmentChanges`). */
  feed: string;
  /** The publisher department, for messages. */
  publisher: string;
  /** The publisher's GraphQL endpoint (a function when it is only known later, as in tests). */
  url: string | (() => string);
  /** The root field the query selects, e.g. `employmentChanges`. */
  field: string;
  /** An operation with `$after: String` and `$first: Int!` selecting `field` as a connection. */
  query: string;
  /** Writes the new changes (after the cursor, in order) into the consumer's own tables. */
  apply: (tx: EntityManager, nodes: TNode[]) => Promise<void>;
  logger: Logger;
  pageSize?: number;
  /** Headers for the call (the consumer's service token with `feed:read`). */
  headers?: () => Promise<Record<string, string>> | Record<string, string>;
  /** Runs before each sync (e.g. dropping data this consumer may no longer keep). */
  beforeSync?: () => Promise<void>;
}

/**
 * A consumer of one department feed: pulls pages after its cursor and applies each page in
 * one transaction with the cursor, so a crash repeats at most one page and a repeated page
 * changes nothing (changes at or below the cursor are skipped): at-least-once delivery,
 * idempotent application, in sequence order. `lastSyncedAt` is when it last caught up: its lag.
 */
export class FeedSync<TNode extends FeedNode> implements FeedWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly options: FeedSyncOptions<TNode>) {}

  get feed(): string {
    return this.options.feed;
  }

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
    const { db, feed } = this.options;
    let applied = 0;
    try {
      await this.options.beforeSync?.();
      for (;;) {
        const cursor = await this.cursor();
        const page = await this.fetchPage(cursor.lastCursor);
        applied += await this.apply(page);
        if (!page.pageInfo.hasNextPage) break;
      }
      await db.getRepository(FeedCursor).update({ feed }, { lastSyncedAt: new Date(), lastError: null });
      return applied;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.options.logger.warn({ err: message, feed }, 'feed sync failed; the replica serves its last state');
      await db
        .getRepository(FeedCursor)
        .update({ feed }, { lastError: message.slice(0, 300) })
        .catch(() => undefined);
      throw error;
    }
  }

  private async cursor(): Promise<FeedCursor> {
    const repo = this.options.db.getRepository(FeedCursor);
    const feed = this.options.feed;
    const existing = await repo.findOneBy({ feed });
    if (existing) return existing;
    await repo.insert({ feed, lastSequence: 0, lastCursor: null, lastSyncedAt: null, lastError: null });
    return repo.findOneByOrFail({ feed });
  }

  private async fetchPage(after: string | null): Promise<FeedPage<TNode>> {
    const { url, query, field, publisher } = this.options;
    const response = await fetch(typeof url === 'function' ? url() : url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await this.options.headers?.()) },
      body: JSON.stringify({ query, variables: { after, first: this.options.pageSize ?? 200 } }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: Record<string, FeedPage<TNode> | null>; errors?: { message: string }[] };
    const page = body.data?.[field];
    if (!page)
      throw new Error(`${publisher} feed answered ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    return page;
  }

  private apply(page: FeedPage<TNode>): Promise<number> {
    const feed = this.options.feed;
    return this.options.db.transaction(async (tx) => {
      const cursor = await tx.findOneByOrFail(FeedCursor, { feed });
      // Changes at or below the cursor were applied before (a page repeated after a crash).
      const fresh = page.edges.filter((e) => e.node.sequence > cursor.lastSequence);
      if (!fresh.length) {
        // A cursor behind lastSequence (rewound by an operator) must still move on.
        if (page.pageInfo.endCursor) await tx.update(FeedCursor, { feed }, { lastCursor: page.pageInfo.endCursor });
        return 0;
      }
      await this.options.apply(
        tx,
        fresh.map((e) => e.node),
      );
      const last = fresh[fresh.length - 1];
      await tx.update(FeedCursor, { feed }, { lastSequence: last.node.sequence, lastCursor: last.cursor });
      return fresh.length;
    });
  }
}
