import { SUBGRAPHS } from '../subgraphs/registry';
import { subgraphPort } from './services';

/** Reads `sql_statements_total` from every subgraph's `/metrics` (a `metrics:read` token). */
export async function statementCounts(bearer: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name } of SUBGRAPHS) {
    const response = await fetch(`http://127.0.0.1:${subgraphPort(name)}/metrics`, { headers: { authorization: `Bearer ${bearer}` } });
    if (!response.ok) throw new Error(`${name} /metrics answered ${response.status}`);
    const line = /^sql_statements_total\{[^}]*\} (\d+)/m.exec(await response.text());
    if (!line) throw new Error(`${name} /metrics has no sql_statements_total`);
    counts[name] = Number(line[1]);
  }
  return counts;
}

/**
 * A reading of the counters to compare against: the statements a scrape itself causes
 * (the replica and feed gauges read their cursors) are measured by a second scrape at
 * rest and left out of the requests' figures.
 */
export async function statementBaseline(bearer: string): Promise<{ counts: Record<string, number>; scrape: Record<string, number> }> {
  const first = await statementCounts(bearer);
  const counts = await statementCounts(bearer);
  return { counts, scrape: Object.fromEntries(Object.keys(counts).map((name) => [name, counts[name] - first[name]])) };
}

/** Statements each subgraph ran per request since the baseline, one decimal. */
export async function statementsPerRequest(
  bearer: string,
  baseline: Awaited<ReturnType<typeof statementBaseline>>,
  requests: number,
): Promise<string> {
  const after = await statementCounts(bearer);
  return Object.keys(after)
    .map((name) => {
      const ran = after[name] - baseline.counts[name] - baseline.scrape[name];
      return `${name} ${Math.round((10 * ran) / requests) / 10}`;
    })
    .join(', ');
}
