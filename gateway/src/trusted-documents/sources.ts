import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../shared/paths';
import type { OperationSource } from './manifest';

/** The committed manifest the gateway loads (GATEWAY_PERSISTED_QUERY_MANIFEST overrides it). */
export const MANIFEST_FILE = join(projectRoot(), 'gateway', 'persisted-query-manifest.json');

/**
 * What partners may run: the client contract's operations first, then operations written
 * for one partner or another (README, "Partners"). `npm run persisted-queries` writes the
 * manifest from them; test/trusted-documents.test.ts fails when it is stale.
 */
export const MANIFEST_SOURCES = [
  join(projectRoot(), 'test', 'contract', 'operations.graphql'),
  join(projectRoot(), 'gateway', 'partner-operations.graphql'),
];

export function readManifestSources(): OperationSource[] {
  return MANIFEST_SOURCES.map((path) => ({ name: path.slice(projectRoot().length + 1), text: readFileSync(path, 'utf8') }));
}
