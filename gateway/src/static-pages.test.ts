import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { createLogger } from '../../shared/logger';
import { loadGatewayConfig } from './config';
import { type PagesConfig, staticPages } from './static-pages';

async function serve(config: PagesConfig): Promise<{ origin: string; server: Server }> {
  const app = express();
  staticPages(config, createLogger('gateway', 'silent'))(app);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the gateway serves the built pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pages-'));
  const servers: Server[] = [];
  beforeAll(() => {
    for (const page of ['dashboard', 'graphiql']) {
      mkdirSync(join(dir, page), { recursive: true });
      writeFileSync(join(dir, page, 'index.html'), `<!doctype html><title>${page}</title>`);
    }
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'dashboard-AbC123.js'), 'export {};');
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    rmSync(dir, { recursive: true, force: true });
  });
  const start = async (overrides: Partial<PagesConfig> = {}) => {
    const { origin, server } = await serve({ dir, graphiql: true, tokenIssuerUrl: null, businessDate: '2003-08-15', ...overrides });
    servers.push(server);
    return origin;
  };

  it('answers HTML with no-cache and a CSP that allows nothing outside the gateway, assets as immutable', async () => {
    const origin = await start();
    const html = await fetch(`${origin}/dashboard`);
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const csp = html.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(html.headers.get('x-content-type-options')).toBe('nosniff');

    const asset = await fetch(`${origin}/assets/dashboard-AbC123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${origin}/assets/missing-000.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('Not found\n');

    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/dashboard');
  });

  it('tells the page its issuer, whether GraphiQL is on and the business date, with no secret', async () => {
    const origin = await start({ tokenIssuerUrl: 'https://sso.intranet.example/authorize' });
    const config = await fetch(`${origin}/dashboard/config.json`);
    expect(config.headers.get('cache-control')).toBe('no-store');
    expect(await config.json()).toEqual({
      tokenIssuerUrl: 'https://sso.intranet.example/authorize',
      graphiql: true,
      businessDate: '2003-08-15',
    });
  });

  it('serves GraphiQL only when configured', async () => {
    expect((await fetch(`${await start()}/graphiql`)).status).toBe(200);
    expect((await fetch(`${await start({ graphiql: false })}/graphiql`)).status).toBe(404);
  });

  it('answers 503 naming the build step when the pages are not built', async () => {
    const origin = await start({ dir: join(dir, 'nothing-here') });
    const response = await fetch(`${origin}/dashboard`);
    expect(response.status).toBe(503);
    expect(await response.text()).toMatch(/npm run build/);
  });

  it('turns GraphiQL off in production unless GATEWAY_GRAPHIQL says otherwise', () => {
    // Production verifies tokens with public keys only.
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [] }));
    const production = { NODE_ENV: 'production', AUTH_JWKS_FILE: join(dir, 'jwks.json') };
    expect(loadGatewayConfig({}).pages.graphiql).toBe(true);
    expect(loadGatewayConfig(production).pages.graphiql).toBe(false);
    expect(loadGatewayConfig({ ...production, GATEWAY_GRAPHIQL: 'true' }).pages.graphiql).toBe(true);
    expect(loadGatewayConfig({ GATEWAY_GRAPHIQL: 'false' }).pages.graphiql).toBe(false);
    expect(() => loadGatewayConfig({ DASHBOARD_TOKEN_ISSUER_URL: 'not a url' })).toThrow(/DASHBOARD_TOKEN_ISSUER_URL/);
  });
});
