import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from '@graphql-inspector/core';
import { buildSchema, parse, printSchema } from 'graphql';
import { projectRoot } from '../shared/paths';
import { checkSchemaChange } from './schema-changes';
import { composeSupergraph, RELEASED_SCHEMA_FILE } from './supergraph';

const CONTRACT = join(projectRoot(), 'test', 'contract', 'operations.graphql');

const line = (c: Change) => `  - ${c.message}${c.path ? ` (${c.path})` : ''}`;

/**
 * `npm run schema:check`: composes the graph and compares its API schema with the released
 * one. Fails on a breaking change to anything the contract's operations use, unless the
 * released schema deprecated it with a reason and a date. `--release` records the current
 * API schema as released (do it with a docs/CHANGELOG.md entry).
 */
async function main(): Promise<void> {
  const { apiSchema, errors } = await composeSupergraph();
  if (!apiSchema) throw new Error(`composition failed:\n${errors.join('\n')}`);
  if (process.argv.includes('--release')) {
    writeFileSync(RELEASED_SCHEMA_FILE, `${printSchema(apiSchema)}\n`);
    process.stdout.write(`wrote ${RELEASED_SCHEMA_FILE}\n`);
    return;
  }
  if (!existsSync(RELEASED_SCHEMA_FILE))
    throw new Error(`no released schema at ${RELEASED_SCHEMA_FILE}: run npm run schema:check -- --release`);
  const released = buildSchema(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'));
  const check = await checkSchemaChange(released, apiSchema, parse(readFileSync(CONTRACT, 'utf8')));
  const report = [
    ['safe changes', check.safe],
    ['breaking, but nothing in the contract uses it (tell partners in docs/CHANGELOG.md)', check.uncontracted],
    ['retired after a dated deprecation', check.retired],
    ['BREAKING for the contract', check.breaking],
  ] as const;
  for (const [title, changes] of report) if (changes.length) process.stdout.write(`${title}:\n${changes.map(line).join('\n')}\n`);
  if (check.breaking.length) {
    process.stderr.write('schema check failed: deprecate first (reason and date), release, and remove in a later release\n');
    process.exit(1);
  }
  process.stdout.write(`schema check passed against ${RELEASED_SCHEMA_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
