import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { classifyFault, neverSent } from '../resilience/faults';
import { undiciFetcher } from './undici-fetcher';

/** A department on loopback: echoes what it got, or hangs when asked. */
function department(handler: (req: IncomingMessage, body: string, res: ServerResponse) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, body, res));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server })),
  );
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('undiciFetcher', () => {
  const agent = new Agent({ keepAliveTimeout: 1_000 });
  afterAll(() => agent.close());

  it('sends method, headers and body, and answers status, headers and the parsed body', async () => {
    const { url, server } = await department((req, body, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Seen-Auth': req.headers.authorization ?? '' });
      res.end(JSON.stringify({ data: { method: req.method, body: JSON.parse(body) as unknown } }));
    });
    try {
      const answer = await undiciFetcher(2_000, agent)(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: JSON.stringify({ query: '{ a }' }),
      });
      expect(answer.ok).toBe(true);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('Content-Type')).toBe('application/json');
      expect(answer.headers.get('x-seen-auth')).toBe('Bearer t');
      expect(await answer.json()).toEqual({ data: { method: 'POST', body: { query: '{ a }' } } });
      expect(await answer.clone().text()).toContain('"method":"POST"');
    } finally {
      await close(server);
    }
  });

  it('passes a 4xx or 5xx answer on with its body (the data source decides what it means)', async () => {
    const { url, server } = await department((_req, _body, res) => {
      res.writeHead(503, { 'Content-Type': 'text/plain' });
      res.end('down for maintenance');
    });
    try {
      const answer = await undiciFetcher(2_000, agent)(url, { method: 'POST', body: '{}' });
      expect(answer.ok).toBe(false);
      expect(answer.status).toBe(503);
      expect(await answer.text()).toBe('down for maintenance');
    } finally {
      await close(server);
    }
  });

  it('gives up after the timeout with a TimeoutError, classified SUBGRAPH_TIMEOUT', async () => {
    const { url, server } = await department(() => undefined);
    try {
      const error = await undiciFetcher(150, agent)(url, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
      expect((error as Error).name).toBe('TimeoutError');
      expect(classifyFault(error)).toBe('SUBGRAPH_TIMEOUT');
    } finally {
      server.closeAllConnections();
      await close(server);
    }
  });

  it('reports a refused connection as never sent, classified SUBGRAPH_UNAVAILABLE', async () => {
    const { url, server } = await department(() => undefined);
    await close(server);
    const error = await undiciFetcher(2_000, agent)(url, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(neverSent(error)).toBe(true);
    expect(classifyFault(error)).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
