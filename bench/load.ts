import autocannon from 'autocannon';
import { durations } from './options';
import { cpuSeconds, type Running } from './services';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  /** Milliseconds of CPU per request in each process of the run. */
  cpuMsPerRequest: Record<string, number>;
}

export interface LoadSpec {
  url: string;
  bearer: string;
  /** A request body per call: a fresh person, a fresh ID number. */
  body: () => object;
  connections: number;
  quick: boolean;
  /** Processes whose CPU per request is reported. */
  processes?: Running[];
  /** Requests whose answers must be checked (GraphQL errors come with status 200). */
  check?: (body: string) => boolean;
}

function run(spec: LoadSpec, seconds: number) {
  let graphqlErrors = 0;
  return autocannon({
    url: spec.url,
    method: 'POST',
    connections: spec.connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${spec.bearer}` },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: JSON.stringify(spec.body()) }),
        onResponse: (_status, body) => {
          if (spec.check && !spec.check(body)) graphqlErrors += 1;
        },
      },
    ],
  }).then((result) => ({ result, graphqlErrors }));
}

/**
 * An unmeasured warm-up (V8 optimises the hot paths of every process in the first few
 * thousand requests), then the measured load.
 */
export async function load(spec: LoadSpec): Promise<LoadResult> {
  const { warmup, measure } = durations(spec);
  await run(spec, warmup);
  const processes = spec.processes ?? [];
  const before = processes.map((p) => cpuSeconds(p.child.pid));
  const { result, graphqlErrors } = await run(spec, measure);
  const total = Math.max(1, result.requests.total);
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
    cpuMsPerRequest: Object.fromEntries(
      processes.map((p, i) => [p.name, Number(((1000 * (cpuSeconds(p.child.pid) - before[i])) / total).toFixed(2))]),
    ),
  };
}

/** A body is clean when it has data and no errors (the cheap test: no parse of the whole answer). */
export const noErrors = (body: string): boolean => !body.includes('"errors"');
