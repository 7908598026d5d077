import { writeFileSync } from 'node:fs';
import { describeViolation, nullabilityViolations } from './nullability';
import { printSchema } from 'graphql';
import { API_SCHEMA_FILE, composeSupergraph, SUPERGRAPH_FILE, subgraphSdlFile } from './supergraph';

/** `npm run compose`: writes gateway/supergraph.graphql, gateway/api.graphql (what clients see) and each subgraph's schema.graphql, or fails listing the errors (composition or nullability). */
async function main(): Promise<void> {
  const { supergraphSdl, apiSchema, errors, hints, subgraphs } = await composeSupergraph();
  if (!supergraphSdl || !apiSchema) {
    process.stderr.write(`composition failed:\n${errors.join('\n')}\n`);
    process.exit(1);
  }
  // A non-null field one department resolves for another's objects lets that department
  // blank its siblings' data when it is down (README, "Nullability across departments").
  const violations = nullabilityViolations(supergraphSdl);
  if (violations.length) {
    process.stderr.write(`the supergraph breaks the nullability rule:\n${violations.map(describeViolation).join('\n')}\n`);
    process.exit(1);
  }
  for (const { name, sdl } of subgraphs) writeFileSync(subgraphSdlFile(name), `${sdl}\n`);
  writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
  writeFileSync(API_SCHEMA_FILE, `${printSchema(apiSchema)}\n`);
  process.stdout.write(`wrote ${SUPERGRAPH_FILE} and ${subgraphs.length} subgraph schemas (${hints.length} composition hints)\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
