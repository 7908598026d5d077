import type { Node } from './selection';

/** What one role saw: the fields that answered, how to reach each type, and values. */
export class Observation {
  /** `Type.field`s that answered (their parent object was there and no error). */
  readonly answered = new Set<string>();
  /** The first chain of selection nodes that reached an object of each type. */
  readonly chains = new Map<string, Node[]>();
  /** The same, starting at a nullable field: an error under it stops there (see probes). */
  readonly nullableChains = new Map<string, Node[]>();
  /** Values seen per `Type.field` (leaf fields only). */
  readonly values = new Map<string, unknown[]>();

  /** Walks `data` (the value of the selection `nodes` at `chain`) and records what is there. */
  walk(nodes: Node[], data: unknown, chain: Node[] = []): void {
    if (Array.isArray(data)) {
      for (const item of data) this.walk(nodes, item, chain);
      return;
    }
    if (!data || typeof data !== 'object') return;
    const object = data as Record<string, unknown>;
    for (const node of nodes) {
      if (!(node.name in object)) continue;
      const value = object[node.name];
      this.answered.add(node.key);
      if (!node.object) {
        this.values.set(node.key, [...(this.values.get(node.key) ?? []), value]);
        continue;
      }
      if (value === null || (Array.isArray(value) && value.length === 0)) continue;
      const reached = [...chain, node];
      if (!this.chains.has(node.type)) this.chains.set(node.type, reached);
      if (reached[0].nullable && !this.nullableChains.has(node.type)) this.nullableChains.set(node.type, reached);
      this.walk(node.children, value, [...chain, node]);
    }
  }
}

/** The `Type.field` an error path points at, following `nodes` (indices skipped). */
export function keyAt(nodes: Node[], path: readonly (string | number)[]): string | undefined {
  let current = nodes;
  let key: string | undefined;
  for (const segment of path) {
    if (typeof segment === 'number') continue;
    const node = current.find((n) => n.name === segment);
    if (!node) return undefined;
    key = node.key;
    current = node.children;
  }
  return key;
}

/** Runs `work` over `items` with at most `size` at a time. */
export async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}
