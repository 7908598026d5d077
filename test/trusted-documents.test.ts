import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { API_SCHEMA_FILE } from '../scripts/supergraph';
import { buildManifest, documentId, manifestProblems, serializeManifest } from '../gateway/src/trusted-documents/manifest';
import { MANIFEST_FILE, readManifestSources } from '../gateway/src/trusted-documents/sources';
import { contractOperations } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

const committed = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as ReturnType<typeof buildManifest>;

describe('the persisted query manifest (gateway/persisted-query-manifest.json)', () => {
  it('is what `npm run persisted-queries` writes from the contract and the partner operations', () => {
    expect(readFileSync(MANIFEST_FILE, 'utf8')).toBe(serializeManifest(buildManifest(readManifestSources())));
  });

  it('holds the client contract first, every operation of it in its order', () => {
    const contract = [...contractOperations().keys()];
    expect(committed.operations.slice(0, contract.length).map((o) => o.name)).toEqual(contract);
    expect(committed.operations.length).toBeGreaterThan(contract.length);
  });

  it('holds only operations the API schema runs', () => {
    expect(manifestProblems(committed, buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')))).toEqual([]);
  });
});

const registered = (name: string) => {
  const operation = committed.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not in the manifest`);
  return operation;
};

/** Partner tokens (dept `partner`) run registered operations only; other tokens run anything. */
describe('trusted documents at the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ trustedDocuments: true });
  });
  afterAll(() => stack?.stop());

  async function post(body: object, caller: Caller = 'feedPartner') {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token(caller)}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as {
      data?: Record<string, unknown>;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    return { status: response.status, ...json };
  }

  const changes = registered('CertificateChanges');
  const persisted = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });
  const firstPage = { first: 3 };
  type Changes = { certificateChanges: { edges: { node: { number: string } }[] } };

  it('runs a registered contract operation sent by id alone', async () => {
    const res = await post({ extensions: persisted(changes.id), variables: firstPage, operationName: 'CertificateChanges' });
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
    expect((res.data as Changes).certificateChanges.edges).toHaveLength(3);
  });

  it('runs a registered operation by id over GET too', async () => {
    const params = new URLSearchParams({ variables: JSON.stringify(firstPage), extensions: JSON.stringify(persisted(changes.id)) });
    const response = await fetch(`${stack.gatewayUrl}?${params.toString()}`, {
      headers: { authorization: `Bearer ${await stack.token('feedPartner')}`, 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as { data?: Changes; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?.certificateChanges.edges).toHaveLength(3);
  });

  it('runs the registered document sent in full, as registered or as the contract lays it out', async () => {
    const asRegistered = await post({ query: changes.body, variables: firstPage });
    expect(asRegistered.errors).toBeUndefined();
    expect((asRegistered.data as Changes).certificateChanges.edges).toHaveLength(3);
    const asWritten = readFileSync(`${__dirname}/contract/operations.graphql`, 'utf8');
    const start = asWritten.indexOf('query CertificateChanges');
    const original = asWritten.slice(start, asWritten.indexOf('\n}\n', start) + 2);
    expect(original).not.toBe(changes.body);
    const asContract = await post({ query: original, variables: firstPage });
    expect(asContract.errors).toBeUndefined();
  });

  it('refuses a free-form operation from a partner with 403 OPERATION_NOT_REGISTERED, before any department is asked', async () => {
    let subgraphRequests = 0;
    const count = () => (subgraphRequests += 1);
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.service.httpServer.on('request', count);
    const res = await post({ query: '{ certificateChanges(first: 1) { edges { cursor } } }' });
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.service.httpServer.off('request', count);
    expect(res.status).toBe(403);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_REGISTERED']);
    expect(res.errors?.[0].message).toMatch(/registered operations/);
    expect(res.data).toBeUndefined();
    expect(subgraphRequests).toBe(0);
  });

  it('refuses an unknown id, an id another client registered through automatic persisted queries, and a registered id with another document', async () => {
    const query = '{ counties { code } }';
    const id = documentId(query);
    // The labor clerk registers the query (APQ) and runs it by id: other tokens keep APQ.
    expect((await post({ query, extensions: persisted(id) }, 'labor')).errors).toBeUndefined();
    const byIdForLabor = await post({ extensions: persisted(id) }, 'labor');
    expect(byIdForLabor.errors).toBeUndefined();
    expect(byIdForLabor.data?.counties).toHaveLength(8);
    const swapped = { query: '{ certificateChanges(first: 1) { edges { node { holder { id } } } } }', extensions: persisted(changes.id) };
    for (const body of [{ extensions: persisted(id) }, { query, extensions: persisted(id) }, swapped]) {
      const res = await post(body);
      expect([res.status, res.errors?.[0].extensions?.code]).toEqual([403, 'OPERATION_NOT_REGISTERED']);
    }
  });

  it('keeps free-form operations for department and office tokens', async () => {
    for (const caller of ['labor', 'jointOffice'] as const) {
      const res = await post({ query: '{ certificateChanges(first: 2) { edges { cursor } } }' }, caller);
      expect([caller, res.status, res.errors]).toEqual([caller, 200, undefined]);
    }
  });
});
