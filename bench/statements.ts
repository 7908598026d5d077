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

/** Statements each subgraph ran per request between two readings, one decimal. */
export function perRequest(before: Record<string, number>, after: Record<string, number>, requests: number): string {
  return Object.keys(after)
    .map((name) => `${name} ${Math.round((10 * (after[name] - before[name])) / requests) / 10}`)
    .join(', ');
}
