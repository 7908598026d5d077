import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envPrefix } from '../../shared/config';
import { projectRoot } from '../../shared/paths';

/** The committed supergraph, as this project's gateway loads it. */
export const supergraphSdl = (): string => readFileSync(join(projectRoot(), 'gateway', 'supergraph.graphql'), 'utf8');

/** `<NAME>_URL` from the bench's environment, else the URL composition wrote. */
export const subgraphUrlFromEnv = (name: string, composed: string): string => process.env[`${envPrefix(name)}_URL`] ?? composed;

/** The port a peer gateway listens on (set by bench/sections/dossier.ts). */
export const peerPort = (): number => Number(process.env.BENCH_PEER_PORT ?? 14_100);
