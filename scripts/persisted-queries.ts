import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { buildManifest, manifestProblems, serializeManifest } from '../gateway/src/trusted-documents/manifest';
import { MANIFEST_FILE, readManifestSources } from '../gateway/src/trusted-documents/sources';
import { API_SCHEMA_FILE } from './supergraph';

/**
 * `npm run persisted-queries`: writes gateway/persisted-query-manifest.json from the client
 * contract and gateway/partner-operations.graphql, or fails naming every operation the
 * API schema (gateway/api.graphql) cannot run, so none is registered that would fail.
 */
function main(): void {
  const manifest = buildManifest(readManifestSources());
  const problems = manifestProblems(manifest, buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8')));
  if (problems.length) {
    process.stderr.write(`operations the API schema cannot run:\n${problems.join('\n')}\n`);
    process.exit(1);
  }
  writeFileSync(MANIFEST_FILE, serializeManifest(manifest));
  process.stdout.write(`wrote ${MANIFEST_FILE} (${manifest.operations.length} operations)\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
}
