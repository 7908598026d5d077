import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './supergraph';

/** `npm run compose`: writes gateway/supergraph.graphql, or fails listing the errors. */
async function main(): Promise<void> {
  const { supergraphSdl, errors, hints } = await composeSupergraph();
  if (!supergraphSdl) {
    process.stderr.write(`composition failed:\n${errors.join('\n')}\n`);
    process.exit(1);
  }
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  process.stdout.write(`wrote ${SUPERGRAPH_FILE} (${hints.length} composition hints)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
