import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig } from '../config';
import { buildManifest, documentId } from './manifest';
import { MANIFEST_FILE } from './sources';
import { loadTrustedDocuments, persistedQueryCache, requestedOperation, TrustedDocuments } from './trusted-documents';

const manifest = buildManifest([{ name: 'partners', text: 'query Status($n: ID!) { certificate(number: $n) { status } }' }]);
const [status] = manifest.operations;
const trusted = new TrustedDocuments(manifest.operations, 2000);

describe('TrustedDocuments.check', () => {
  it('allows a registered id, with or without its document', () => {
    expect(trusted.check({ id: status.id, query: null })).toEqual({ allowed: true });
    expect(trusted.check({ id: status.id, query: status.body })).toEqual({ allowed: true });
  });

  it('allows the registered document as it is, or laid out otherwise', () => {
    expect(trusted.check({ id: null, query: status.body })).toEqual({ allowed: true });
    expect(trusted.check({ id: null, query: '# bank\nquery Status($n:ID!){certificate(number:$n){status}}' })).toEqual({ allowed: true });
  });

  it('refuses an unknown id even with a registered document, and any other document', () => {
    const otherId = documentId('query Other { x }');
    expect(trusted.check({ id: otherId, query: status.body })).toMatchObject({ allowed: false, message: expect.stringContaining(otherId) });
    expect(
      trusted.check({ id: null, query: 'query Status($n: ID!) { certificate(number: $n) { status holder { idNumber } } }' }),
    ).toMatchObject({
      allowed: false,
    });
    expect(trusted.check({ id: null, query: 'query {' })).toMatchObject({ allowed: false });
    const tampered = 'query Status($n: ID!) { certificate(number: $n) { status holder { idNumber } } }';
    expect(trusted.check({ id: status.id, query: tampered })).toMatchObject({
      allowed: false,
      message: expect.stringContaining('not the registered'),
    });
  });

  it('leaves a request naming no operation to Apollo, which refuses it', () => {
    expect(trusted.check({ id: null, query: null })).toEqual({ allowed: true });
  });
});

describe('requestedOperation', () => {
  const extensions = { persistedQuery: { version: 1, sha256Hash: status.id } };

  it('reads a POST body', () => {
    expect(requestedOperation('POST', { query: 'q', extensions }, {})).toEqual({ query: 'q', id: status.id });
    expect(requestedOperation('POST', [{ query: 'q' }], {})).toEqual({ query: null, id: null });
  });

  it('reads GET parameters, extensions as JSON', () => {
    expect(requestedOperation('GET', undefined, { extensions: JSON.stringify(extensions) })).toEqual({ query: null, id: status.id });
    expect(requestedOperation('GET', undefined, { query: 'q', extensions: '{not json' })).toEqual({ query: 'q', id: null });
  });
});

describe('persistedQueryCache', () => {
  it('answers registered ids from the manifest and keeps what others register apart', async () => {
    const cache = persistedQueryCache(trusted);
    expect(await cache.get(`apq:${status.id}`)).toBe(status.body);
    const other = documentId('{ counties { code } }');
    expect(await cache.get(`apq:${other}`)).toBeUndefined();
    await cache.set(`apq:${other}`, '{ counties { code } }');
    expect(await cache.get(`apq:${other}`)).toBe('{ counties { code } }');
    expect(trusted.bodyOf(other)).toBeUndefined();
  });
});

describe('loading the manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reemp-manifest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('is on for partners whenever the gateway reads its environment, from the committed manifest by default', () => {
    const config = loadGatewayConfig({});
    expect(config.trustedDocumentsForPartners).toBe(true);
    expect(config.persistedQueryManifestPath).toBe(MANIFEST_FILE);
    expect(loadTrustedDocuments(MANIFEST_FILE, 2000).size).toBeGreaterThan(10);
  });

  it('refuses a start on a manifest whose id is not the hash of its body, or that is no manifest', () => {
    const tampered = { ...manifest, operations: [{ ...status, body: `${status.body} ` }] };
    expect(() => loadTrustedDocuments(write('tampered.json', JSON.stringify(tampered)), 2000)).toThrow(/Status's id is not the SHA-256/);
    expect(() => loadTrustedDocuments(write('other.json', '{"operations":[]}'), 2000)).toThrow(/not a persisted query manifest: format/);
    expect(() => loadTrustedDocuments(join(dir, 'missing.json'), 2000)).toThrow(/cannot read the persisted query manifest/);
  });
});
