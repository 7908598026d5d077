import 'reflect-metadata';
import { CertificateFeedSync } from '../../shared/certificate-replica/sync';
import { createLogger } from '../../shared/logger';
import { subgraphDataSource } from '../../shared/subgraph';
import { taxSubgraph } from '../../subgraphs/tax/src/definition';
import { operation, postOk } from '../client';
import { GATEWAY_URL, subgraphUrl } from '../services';
import { type BenchContext, type SectionResult } from './context';

interface Changes {
  certificateChanges: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const PAGE = 500;
const TARGET_CATCH_UP = 10_000;

/** A partner's full export of the certificate feed through the gateway, page after page. */
async function exportThroughGateway(ctx: BenchContext): Promise<{ changes: number; seconds: number }> {
  const query = operation('CertificateChanges');
  const started = performance.now();
  let after: string | null = null;
  let changes = 0;
  do {
    const { data }: { data: Changes } = await postOk<Changes>(GATEWAY_URL, ctx.tokens.reader, query, { first: PAGE, after });
    changes += data.certificateChanges.edges.length;
    after = data.certificateChanges.pageInfo.hasNextPage ? data.certificateChanges.pageInfo.endCursor : null;
  } while (after);
  return { changes, seconds: (performance.now() - started) / 1000 };
}

/**
 * A new consumer (tax's schema, an empty database) catching up with labor's certificate feed
 * from zero, as a department's feed worker does (shared/certificate-replica/sync.ts), straight
 * from labor, pages of 500.
 */
async function replicaCatchUp(ctx: BenchContext): Promise<{ changes: number; seconds: number }> {
  const db = subgraphDataSource(taxSubgraph, ctx.world.replicaUrl);
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    const sync = new CertificateFeedSync({
      db,
      laborUrl: subgraphUrl('labor'),
      logger: createLogger('bench-replica', 'warn'),
      headers: () => ({ authorization: `Bearer ${ctx.tokens.feed}` }),
      pageSize: PAGE,
    });
    const started = performance.now();
    const changes = await sync.syncOnce();
    return { changes, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.destroy();
  }
}

const rate = (r: { changes: number; seconds: number }) => Math.round(r.changes / Math.max(r.seconds, 0.001));

export async function feedSection(ctx: BenchContext): Promise<SectionResult> {
  ctx.log('CertificateChanges export …');
  const exported = await exportThroughGateway(ctx);
  ctx.log('replica catch-up from zero …');
  const replica = await replicaCatchUp(ctx);
  return {
    rows: [
      {
        section: 'Certificate feed',
        case: `full CertificateChanges export through the gateway, pages of ${PAGE}`,
        figures: `${rate(exported)} changes/s (${exported.changes} in ${exported.seconds.toFixed(1)} s)`,
        target: '',
        met: null,
      },
      {
        section: 'Certificate feed',
        case: 'replica catch-up from zero (fresh consumer database)',
        figures: `${rate(replica)} changes/s (${replica.changes} in ${replica.seconds.toFixed(1)} s)`,
        target: `≥ ${TARGET_CATCH_UP.toLocaleString('en')} changes/s`,
        met: rate(replica) >= TARGET_CATCH_UP,
      },
    ],
    figures: { exportPerSecond: rate(exported), catchUpPerSecond: rate(replica) },
  };
}
