import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { appendLines, lastWrittenSequence, readState, saveState } from './checkpoint';
import { backoffMs, type RetryPolicy } from './backoff';
import type { FeedOperation } from './feeds';
import type { FeedPage, GatewayClient } from './gateway-client';

/** A reason to stop that waiting cannot cure: the cursor is kept, nothing partial written. */
export class SyncError extends Error {
  override name = 'SyncError';
}

export interface SyncOptions {
  operation: FeedOperation;
  client: GatewayClient;
  outFile: string;
  stateFile: string;
  pageSize: number;
  follow: boolean;
  pollIntervalMs: number;
  retry: RetryPolicy;
  logger: Logger;
  signal: AbortSignal;
}

/** Log messages a supervisor (or the test) may watch for. */
export const LOG = {
  resuming: 'resuming',
  written: 'page written',
  retrying: 'gateway unavailable, retrying',
  caughtUp: 'caught up',
  withheld: 'fields this token may not read are null in the output (pii:read reads them)',
} as const;

/**
 * Exports the feed to JSON lines, exactly once across crashes and outages: a page's lines
 * are appended and fsynced before its cursor is saved, and on start the output decides
 * where to resume when it is ahead of the cursor (a crash between the two writes).
 * Returns how many changes this run wrote.
 */
export async function syncFeed(options: SyncOptions): Promise<number> {
  const { operation, logger, signal } = options;
  let { after, written: lastWritten } = await resumePoint(options);
  let total = 0;
  const withheld = new Set<string>();
  while (!signal.aborted) {
    const answered = await fetchPage(options, after);
    if (!answered) break; // asked to stop while waiting
    const { page } = answered;
    const newlyWithheld = answered.withheld.filter((field) => !withheld.has(field));
    if (newlyWithheld.length) {
      newlyWithheld.forEach((field) => withheld.add(field));
      logger.warn({ fields: newlyWithheld }, LOG.withheld);
    }
    const nodes = page.edges.map((edge) => edge.node);
    for (let i = 1; i < nodes.length; i++)
      if (nodes[i].sequence <= nodes[i - 1].sequence)
        throw new SyncError(`${operation.feed} answered sequence ${nodes[i].sequence} after ${nodes[i - 1].sequence}: not in feed order`);
    // Changes already in the output (written before a crash that lost their cursor) are
    // skipped by sequence: the feed serves the same changes after the same cursor.
    if (nodes.length) {
      const fresh = nodes.filter((node) => node.sequence > lastWritten);
      await appendLines(options.outFile, fresh);
      if (fresh.length) lastWritten = fresh[fresh.length - 1].sequence;
      after = page.pageInfo.endCursor ?? after;
      await saveState(options.stateFile, { feed: operation.feed, after, sequence: lastWritten });
      total += fresh.length;
      logger.info({ written: fresh.length, skipped: nodes.length - fresh.length, sequence: lastWritten }, LOG.written);
    }
    if (page.pageInfo.hasNextPage) continue;
    logger.info({ sequence: lastWritten, writtenThisRun: total }, LOG.caughtUp);
    if (!options.follow) break;
    await sleep(options.pollIntervalMs, undefined, { signal }).catch(ignoreAbort);
  }
  return total;
}

/** Where to go on from: the saved cursor, and the last sequence the output holds. */
async function resumePoint({ operation, outFile, stateFile, logger }: SyncOptions): Promise<{ after: string | null; written: number }> {
  const state = await readState(stateFile);
  if (state && state.feed !== operation.feed)
    throw new SyncError(`${stateFile} is the cursor of ${state.feed}, not of ${operation.feed}: use another --state`);
  const { sequence: inOutput, cutBytes } = await lastWrittenSequence(outFile);
  if (cutBytes) logger.warn({ outFile, cutBytes }, 'cut off an incomplete last line (an append interrupted by a crash)');
  const saved = state?.sequence ?? 0;
  // Without lines the output may have been moved away to be processed: the cursor stands.
  if (inOutput !== null && inOutput < saved)
    throw new SyncError(
      `${outFile} ends at sequence ${inOutput} but ${stateFile} says ${saved} was written: the output lost lines; restore it or start a new export`,
    );
  const written = Math.max(saved, inOutput ?? 0);
  logger.info({ feed: operation.feed, after: state?.after ?? null, savedSequence: saved, outputSequence: inOutput }, LOG.resuming);
  if (written > saved)
    logger.warn({ skipThrough: written }, 'the output is ahead of the saved cursor: changes up to it are not written again');
  return { after: state?.after ?? null, written };
}

type Answered = { page: FeedPage; withheld: string[] };

/** One page, waiting out outages; null when asked to stop meanwhile. */
async function fetchPage(options: SyncOptions, after: string | null): Promise<Answered | null> {
  const { client, operation, retry, logger, signal } = options;
  for (let failures = 0; ;) {
    let outcome;
    try {
      outcome = await client.fetchPage(operation, { after, first: options.pageSize });
    } catch (error) {
      if (signal.aborted) return null;
      throw error;
    }
    if (outcome.kind === 'page') return outcome;
    if (outcome.kind === 'fatal') throw new SyncError(outcome.reason);
    failures++;
    if (failures > retry.retries) throw new SyncError(`gave up after ${failures} failed attempts: ${outcome.reason}`);
    const delayMs = outcome.retryAfterMs ?? backoffMs(retry, failures);
    logger.warn({ attempt: failures, delayMs, reason: outcome.reason }, LOG.retrying);
    await sleep(delayMs, undefined, { signal }).catch(ignoreAbort);
    if (signal.aborted) return null;
  }
}

function ignoreAbort(error: unknown): void {
  if ((error as Error | undefined)?.name !== 'AbortError') throw error;
}
