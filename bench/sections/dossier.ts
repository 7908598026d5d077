import { operation, postOk } from '../client';
import { type LoadResult, load, noErrors } from '../load';
import {
  GATEWAY_URL,
  GATEWAY_PORT,
  healthy,
  type Running,
  serviceEnv,
  startProcess,
  stopProcess,
  subgraphUrl,
  waitUntil,
} from '../services';
import type { Row } from '../report';
import { type BenchContext, connections, loadFigures, randomPerson, type SectionResult } from './context';

/** Labor's own part of PersonDossier, asked of labor directly (no gateway). */
const LABOR_DOSSIER = `query LaborDossier($id: ID!) {
  person(id: $id) {
    id name idNumber gender birthDate county { code } category
    hardship { fortyFifty doubleLaidOff doubleUnemployed zeroEmploymentHousehold }
    employmentStatus
    certificate { number status issuedOn }
    employmentRecords { kind startedOn employer { creditCode } }
  }
}`;

/** Today's figure (issue 14) that the gateway must double, at p99 ≤ 100 ms. */
const TODAY_RPS = 200;
const TARGET = { rps: 2 * TODAY_RPS, p99: 100, overStock: 1.3 };

interface Peer {
  name: string;
  main: string;
  port: number;
  env?: NodeJS.ProcessEnv;
}

const PEERS: Peer[] = [
  { name: 'stock @apollo/gateway', main: 'bench/peers/stock-gateway.js', port: 14_100 },
  { name: 'Hive Gateway, deduplication off', main: 'bench/peers/hive-gateway.js', port: 14_200, env: { BENCH_HIVE_DEDUPLICATE: 'false' } },
  { name: 'Hive Gateway, deduplication on', main: 'bench/peers/hive-gateway.js', port: 14_300, env: { BENCH_HIVE_DEDUPLICATE: 'true' } },
];

async function dossierLoad(ctx: BenchContext, url: string, query: string, processes: Running[]): Promise<LoadResult> {
  await postOk(url, ctx.tokens.reader, query, { id: randomPerson(ctx) });
  return load({
    url,
    bearer: ctx.tokens.reader,
    body: () => ({ query, variables: { id: randomPerson(ctx) } }),
    connections,
    quick: ctx.options.quick,
    processes,
    check: noErrors,
  });
}

/**
 * PersonDossier (four departments) for random persons through this gateway, stock
 * @apollo/gateway and Hive Gateway on the same subgraphs, and labor's part alone.
 */
export async function dossierSection(ctx: BenchContext): Promise<SectionResult> {
  const query = operation('PersonDossier');
  const rows: Row[] = [];
  ctx.log('PersonDossier through this gateway …');
  const ours = await dossierLoad(ctx, GATEWAY_URL, query, ctx.services);
  rows.push({
    section: 'PersonDossier',
    case: 'this gateway',
    figures: loadFigures(ours),
    target: `≥ ${TARGET.rps} req/s at p99 ≤ ${TARGET.p99}`,
    met: ours.rps >= TARGET.rps && ours.p99 <= TARGET.p99 && ours.errors === 0,
  });
  const figures: Record<string, number> = { dossierRps: ours.rps, dossierP99: ours.p99 };
  const notes = [
    `PersonDossier CPU ms per request: ${Object.entries(ours.cpuMsPerRequest)
      .map(([name, cpu]) => `${name} ${cpu}`)
      .join(', ')}`,
  ];

  for (const peer of ctx.options.peers ? PEERS : []) {
    ctx.log(`PersonDossier through ${peer.name} …`);
    const env = { ...serviceEnv(ctx.world), BENCH_PEER_PORT: String(peer.port), ...peer.env };
    const running = startProcess(peer.name, peer.main, env);
    ctx.peers.push(running);
    const url = `http://127.0.0.1:${peer.port}/graphql`;
    try {
      await waitUntil(peer.name, () => postOk(url, ctx.tokens.reader, '{ __typename }').then(() => true), 60);
      const result = await dossierLoad(ctx, url, query, [...ctx.services.slice(0, -1), running]);
      const ratio = ours.rps / Math.max(1, result.rps);
      const stock = peer.main.includes('stock');
      rows.push({
        section: 'PersonDossier',
        case: peer.name,
        figures: `${loadFigures(result)} (this gateway ${ratio.toFixed(2)}×)`,
        target: stock ? `this gateway ≥ ${TARGET.overStock}×` : '',
        met: stock ? ratio >= TARGET.overStock : null,
      });
      figures[stock ? 'stockRps' : `hive${peer.env?.BENCH_HIVE_DEDUPLICATE === 'true' ? 'Dedup' : ''}Rps`] = result.rps;
    } finally {
      await stopProcess(running);
    }
  }

  ctx.log('labor alone …');
  const labor = await dossierLoad(ctx, subgraphUrl('labor'), LABOR_DOSSIER, [ctx.services[0]]);
  rows.push({
    section: 'PersonDossier',
    case: "labor subgraph alone (labor's fields)",
    figures: loadFigures(labor),
    target: '',
    met: null,
  });
  figures.laborAloneRps = labor.rps;
  // The health probe must still answer: a peer run must not have taken the stack down.
  await waitUntil('gateway after the peers', healthy(GATEWAY_PORT), 10);
  return { rows, figures, notes };
}
