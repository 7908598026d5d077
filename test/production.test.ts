import { SYNC_FAILED } from '../shared/certificate-replica/status';
import { postGraphQL, type Stack, startStack } from './helpers/stack';

/** NODE_ENV=production: no schema discovery, no internals in errors. */
describe('production hardening', () => {
  let stack: Stack;

  describe('with every department up', () => {
    beforeAll(async () => {
      stack = await startStack({ demoData: false, production: true });
    });
    afterAll(() => stack?.stop());

    it('refuses introspection', async () => {
      const res = await stack.query('{ __schema { types { name } } }');
      expect(res.status).toBe(400);
      expect(res.data ?? null).toBeNull();
    });

    it('gives no field suggestions', async () => {
      const res = await stack.query('{ countie { code } }');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    });

    it('gives no field suggestions at a subgraph called directly either', async () => {
      const res = await postGraphQL(stack.subgraphs.labor.url, '{ countie { code } }', undefined, {
        authorization: `Bearer ${await stack.token()}`,
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    });
  });

  /** A department broken or stopped: a stack of its own, so no other test runs without it. */
  describe('with a department broken', () => {
    beforeAll(async () => {
      stack = await startStack({ demoData: false, production: true });
    });
    afterAll(() => stack?.stop());

    it('tells clients that a replica sync failed, not why: the raw error stays in the log', async () => {
      await stack.subgraphs.labor.service.stop();
      await Promise.allSettled(Object.values(stack.subgraphs).map((s) => s.feed?.syncOnce()));
      // The certificate feed's cursor: tax consumes commerce's register too.
      const raw = await stack.subgraphs.tax.db.query<{ lastError: string | null }[]>('SELECT lastError FROM feed_cursor WHERE feed = ?', [
        'labor.certificateChanges',
      ]);
      expect(raw[0].lastError).toBeTruthy();
      const res = await stack.query<{ taxCertificateReplica: { lastError: string } }>(
        '{ taxCertificateReplica { lastError lastSequence } }',
      );
      expect(res.data!.taxCertificateReplica.lastError).toBe(SYNC_FAILED);
      expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|fetch failed|ECONNREFUSED|labor feed answered/);
    });

    it('hides SQL, stack traces and subgraph URLs behind a generic message', async () => {
      await stack.subgraphs.finance.db.destroy();
      const res = await stack.query('{ loan(id: "1") { id amount } }');
      const text = JSON.stringify(res.errors);
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(text).not.toMatch(/SELECT|sqlite|mariadb|stacktrace|127\.0\.0\.1|localhost|at \w+ \(/i);
    });
  });
});
