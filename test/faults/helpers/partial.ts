import type { GraphQLResponse } from '../../helpers/stack';

type Path = (string | number)[];
type Json = unknown;

const startsWith = (path: Path, prefix: Path) => prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

function at(data: Json, path: Path): Json {
  let current = data;
  for (const key of path) {
    if (current === null || current === undefined) return current;
    current = (current as Record<string | number, Json>)[key];
  }
  return current;
}

/**
 * Differences between a partial answer and the complete answer to the same operation
 * (empty when the partial one is right): every error must name `department` with a fault
 * code, and every value must be the complete answer's except under an error's path, where
 * it must be null. So the missing department's fields, and only those, are null.
 */
export function partialAnswerProblems(complete: GraphQLResponse, partial: GraphQLResponse, department: string, codes: string[]): string[] {
  const problems: string[] = [];
  const errors = partial.errors ?? [];
  for (const error of errors) {
    if (error.extensions?.serviceName !== department)
      problems.push(`error names ${String(error.extensions?.serviceName)}: ${error.message}`);
    if (!codes.includes(String(error.extensions?.code))) problems.push(`error code ${String(error.extensions?.code)}: ${error.message}`);
    if (!error.path) problems.push(`error without a path: ${error.message}`);
    if (/https?:\/\/|127\.0\.0\.1|ECONN|stack/i.test(JSON.stringify(error)))
      problems.push(`error shows internals: ${JSON.stringify(error)}`);
  }
  const nulled = errors.flatMap((e) => (e.path ? [e.path] : []));
  const walk = (path: Path, expected: Json): void => {
    const cut = nulled.find((n) => startsWith(path, n));
    if (cut) {
      // A root field the department owns may null the whole `data` (non-null root).
      const value = cut.length === 1 && partial.data === null ? null : at(partial.data, cut);
      if (value !== null) problems.push(`${cut.join('.')} should be null, is ${JSON.stringify(value)}`);
      return;
    }
    if (expected !== null && typeof expected === 'object') {
      for (const [key, value] of Object.entries(expected)) walk([...path, Array.isArray(expected) ? Number(key) : key], value);
      return;
    }
    const actual = at(partial.data, path);
    if (actual !== expected)
      problems.push(`${path.join('.')}: expected ${JSON.stringify(expected)} (other departments' data), got ${JSON.stringify(actual)}`);
  };
  walk([], complete.data);
  return problems;
}
