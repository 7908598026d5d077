import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../../shared/auth/config';
import { createTokenVerifier, DEV_JWT_SECRET, signToken, type TokenClaims } from '../../../shared/auth/tokens';
import { loadGatewayConfig } from '../config';
import { rateLimit } from './rate-limit';
import type { RateLimitSettings } from './settings';

describe('rate limit configuration', () => {
  it('defaults to limits no person or test run reaches, partners lower', () => {
    expect(loadGatewayConfig({}).rateLimit).toEqual({ windowSeconds: 60, client: 6000, partner: 600, anonymous: 300 });
  });

  it('takes 0 as no limit and refuses anything but a whole number, naming the variable', () => {
    expect(loadGatewayConfig({ GATEWAY_RATE_LIMIT_CLIENT: '0' }).rateLimit.client).toBe(0);
    expect(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_PARTNER: '-1' })).toThrow(/GATEWAY_RATE_LIMIT_PARTNER/);
    expect(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_ANONYMOUS: 'many' })).toThrow(/GATEWAY_RATE_LIMIT_ANONYMOUS/);
    expect(() => loadGatewayConfig({ GATEWAY_RATE_LIMIT_WINDOW_SECONDS: '0' })).toThrow(/GATEWAY_RATE_LIMIT_WINDOW_SECONDS/);
  });
});

/** The middleware alone, in front of an endpoint that always answers 200. */
describe('rateLimit', () => {
  const settings = { issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, secret: DEV_JWT_SECRET };
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

  async function endpoint(limits: RateLimitSettings): Promise<(claims?: TokenClaims) => Promise<number>> {
    const app = express();
    app.use(rateLimit(limits, await createTokenVerifier({ keys: { kind: 'secret', secret: DEV_JWT_SECRET }, ...settings })));
    app.use((_req, res) => void res.json({ ok: true }));
    const server = createServer(app);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return async (claims) => {
      const headers: Record<string, string> = claims ? { authorization: `Bearer ${await signToken(claims, settings)}` } : {};
      return (await fetch(url, { headers })).status;
    };
  }
  const clerk: TokenClaims = { sub: 'clerk', dept: 'labor', scope: 'labor:read' };
  const bank: TokenClaims = { sub: 'bank', dept: 'partner', scope: 'feed:read' };

  it('counts a subject across its tokens, partners against their own limit', async () => {
    const send = await endpoint({ windowSeconds: 600, client: 2, partner: 1, anonymous: 5 });
    expect([await send(clerk), await send(clerk), await send(clerk)]).toEqual([200, 200, 429]);
    expect([await send(bank), await send(bank)]).toEqual([200, 429]);
    expect(await send({ ...clerk, sub: 'another-clerk' })).toBe(200);
  });

  it('lifts a limit set to 0', async () => {
    const send = await endpoint({ windowSeconds: 600, client: 0, partner: 1, anonymous: 1 });
    const statuses = await Promise.all(Array.from({ length: 5 }, () => send(clerk)));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect([await send(), await send()]).toEqual([200, 429]);
  });
});
