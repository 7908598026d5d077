import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type Response } from 'express';
import type { Logger } from '../../shared/logger';

export interface PagesConfig {
  /** The Vite build output (`dist/web`): `dashboard/index.html`, `graphiql/index.html`, `assets/`. */
  dir: string;
  /** Serve GraphiQL at /graphiql (off in production unless GATEWAY_GRAPHIQL=true). */
  graphiql: boolean;
  /** Where the dashboard sends a person to obtain a token (DASHBOARD_TOKEN_ISSUER_URL). */
  tokenIssuerUrl: string | null;
  /** BUSINESS_DATE (YYYY-MM-DD), as the subgraphs act on it; null = today. */
  businessDate: string | null;
}

/**
 * Everything a page may load comes from the gateway itself: the intranet reaches nothing
 * else, and a page that tried would hang or leak. ECharts draws on canvas and the
 * dashboard sets styles only through the CSSOM, so its styles need no 'unsafe-inline'.
 */
const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Monaco (GraphiQL's editor) sets inline styles at run time (hundreds of refusals under
 * style-src 'self'), loads its icon fonts as data: URLs and runs its language services in
 * same-origin workers. Scripts stay 'self' only, and nothing comes from outside.
 */
const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * The dashboard and GraphiQL, built by Vite into `config.dir`, served by the gateway:
 * HTML is revalidated on every load (`no-cache`, with ETag) so a deploy shows at once;
 * assets carry a content hash in their name and are cached for a year as immutable.
 */
export function staticPages(config: PagesConfig, logger: Logger): (app: Express) => void {
  const built = existsSync(join(config.dir, 'dashboard', 'index.html'));
  if (!built) logger.warn({ dir: config.dir }, 'dashboard not built: run `npm run build` to serve /dashboard and /graphiql');

  const page = (res: Response, name: 'dashboard' | 'graphiql', csp: string) => {
    res.set({ ...COMMON_HEADERS, 'content-security-policy': csp, 'cache-control': 'no-cache' });
    if (!built) {
      res.status(503).type('text/plain').send('The pages are not built: run `npm run build`.\n');
      return;
    }
    res.sendFile(join(config.dir, name, 'index.html'));
  };

  return (app) => {
    app.get('/', (_req, res) => res.redirect(302, '/dashboard'));
    app.get(['/dashboard', '/dashboard/'], (_req, res) => page(res, 'dashboard', DASHBOARD_CSP));
    // What the page needs to know about this deployment; never a secret.
    app.get('/dashboard/config.json', (_req, res) => {
      res.set({ ...COMMON_HEADERS, 'cache-control': 'no-store' }).json({
        tokenIssuerUrl: config.tokenIssuerUrl,
        graphiql: config.graphiql,
        businessDate: config.businessDate ?? new Date().toISOString().slice(0, 10),
      });
    });
    if (config.graphiql) app.get(['/graphiql', '/graphiql/'], (_req, res) => page(res, 'graphiql', GRAPHIQL_CSP));
    app.use(
      '/assets',
      express.static(join(config.dir, 'assets'), {
        immutable: true,
        maxAge: '365d',
        index: false,
        setHeaders: (res) => res.set(COMMON_HEADERS),
      }),
    );
    app.use('/assets', (_req, res) => {
      res.status(404).set(COMMON_HEADERS).type('text/plain').send('Not found\n');
    });
  };
}
