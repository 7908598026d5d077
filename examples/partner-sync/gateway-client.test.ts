import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { feedOperation } from './feeds';
import { GatewayClient } from './gateway-client';

// A stand-in gateway answering what the city's gateway answers in each case, so that each
// answer's handling is seen alone; test/partner-sync.test.ts runs against the real one.
type Answer = { status: number; body: unknown; headers?: Record<string, string> };

let server: Server;
let url: string;
let answers: Answer[] = [];
const received: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push(JSON.parse(body) as Record<string, unknown>);
      const answer = answers.shift() ?? { status: 500, body: 'no answer left' };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const operation = feedOperation('certificateChanges');
const client = (at = url) => new GatewayClient({ url: at, token: 't', timeoutMs: 2000, signal: new AbortController().signal });
const fetchWith = async (...given: Answer[]) => {
  answers = given;
  received.length = 0;
  return client().fetchPage(operation, { after: null, first: 2 });
};
const page = { edges: [{ node: { sequence: 1, number: 'A' } }], pageInfo: { hasNextPage: false, endCursor: 'MQ' } };

describe('GatewayClient.fetchPage', () => {
  it('sends the persisted query id alone, and returns a whole page', async () => {
    expect(await fetchWith({ status: 200, body: { data: { certificateChanges: page } } })).toEqual({ kind: 'page', page, withheld: [] });
    expect(received).toEqual([
      {
        operationName: 'ExportCertificateChanges',
        variables: { after: null, first: 2 },
        extensions: { persistedQuery: { version: 1, sha256Hash: operation.id } },
      },
    ]);
  });

  it('writes a page whose only errors are personal fields withheld from the token, naming them', async () => {
    const withheld = {
      message: 'needs pii:read',
      path: ['certificateChanges', 'edges', 0, 'node', 'personId'],
      extensions: { code: 'FORBIDDEN' },
    };
    expect(await fetchWith({ status: 200, body: { data: { certificateChanges: page }, errors: [withheld, withheld] } })).toEqual({
      kind: 'page',
      page,
      withheld: ['personId'],
    });
    const onTheFeed = { ...withheld, path: ['certificateChanges'] };
    expect(await fetchWith({ status: 200, body: { data: null, errors: [onTheFeed] } })).toMatchObject({ kind: 'fatal' });
  });

  it('waits out a department down, also when the gateway answers part of the data', async () => {
    const down = { message: 'labor is unavailable', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } };
    expect(await fetchWith({ status: 200, body: { data: null, errors: [down] } })).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('SUBGRAPH_UNAVAILABLE'),
    });
    expect(await fetchWith({ status: 200, body: { data: { certificateChanges: page }, errors: [down] } })).toMatchObject({ kind: 'retry' });
    expect(await fetchWith({ status: 503, body: '<html>bad gateway</html>' })).toMatchObject({ kind: 'retry' });
  });

  it('waits as long as Retry-After says on 429', async () => {
    const limited = {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { errors: [{ message: 'too many', extensions: { code: 'RATE_LIMITED' } }] },
    };
    expect(await fetchWith(limited)).toEqual({ kind: 'retry', reason: 'rate limited: too many', retryAfterMs: 7000 });
  });

  it('waits when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await client(`http://127.0.0.1:${port}/graphql`).fetchPage(operation, { first: 2 })).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('stops on refusals that asking again cannot change', async () => {
    const refused = (code: string, status = 200) => ({ status, body: { errors: [{ message: 'no', extensions: { code } }] } });
    for (const answer of [
      refused('FORBIDDEN'),
      refused('UNAUTHENTICATED', 401),
      refused('OPERATION_NOT_REGISTERED', 403),
      refused('BAD_USER_INPUT'),
    ])
      expect(await fetchWith(answer)).toMatchObject({ kind: 'fatal' });
    expect(await fetchWith({ status: 200, body: { data: { certificateChanges: { edges: 'none' } } } })).toMatchObject({
      kind: 'fatal',
      reason: expect.stringContaining('not a feed page'),
    });
  });

  it('sends the document with the id once when the gateway does not know the id', async () => {
    const unknown = {
      status: 200,
      body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] },
    };
    expect(await fetchWith(unknown, { status: 200, body: { data: { certificateChanges: page } } })).toEqual({
      kind: 'page',
      page,
      withheld: [],
    });
    expect(received.map((r) => r.query)).toEqual([undefined, operation.document]);
  });
});
