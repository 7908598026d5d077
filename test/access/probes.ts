import type { GraphQLResponse } from '../helpers/stack';
import { type Node, printChain } from './selection';

/** A field a role must be refused, and the chain of fields that reaches its parent. */
export interface Probe {
  chain: Node[];
  field: Node;
}

/**
 * How probes may share a request. graphql-js reports one error per nullable parent, and an
 * error under a non-null root field nulls all data: `null` probes (each in its own nullable
 * alias) may share freely, `'alone'` ones never, others only with probes of other groups.
 */
export type Grouping = (probe: Probe) => string | null;

export function batchProbes(probes: Probe[], group: Grouping, size = 25): Probe[][] {
  const free = probes.filter((probe) => group(probe) === null);
  const batches = Array.from({ length: Math.ceil(free.length / size) }, (_, i) => free.slice(i * size, i * size + size));
  const grouped: Probe[][] = [];
  for (const probe of probes.filter((p) => group(p) !== null)) {
    const room =
      group(probe) === 'alone'
        ? undefined
        : grouped.find((batch) => batch.every((other) => group(other) !== 'alone' && group(other) !== group(probe)));
    if (room) room.push(probe);
    else grouped.push([probe]);
  }
  return [...batches, ...grouped];
}

/** The batch as one selection, probe `i` under the alias `p<i>` that `wrap` places. */
export function printBatch(batch: Probe[], wrap: (alias: string, selection: string) => string): string {
  return batch.map((probe, i) => wrap(`p${i}`, printChain(probe.chain, probe.field))).join(' ');
}

/** The code of the error probe `i` met (its path ends at the field, or at its alias when that is the field's own). */
export function outcomeOf(errors: GraphQLResponse['errors'], probe: Probe, i: number): string | undefined {
  const ends = (path: readonly (string | number)[]) =>
    [probe.field.name, `p${i}`].includes(String([...path].reverse().find((s) => typeof s === 'string')));
  const code = errors?.find((e) => e.path?.[0] === `p${i}` && ends(e.path))?.extensions?.code;
  return code === undefined ? undefined : String(code);
}
