import { parseArgs } from 'node:util';
import { z } from 'zod';
import { FEED_NAMES } from './feeds';

export const USAGE = `usage: PARTNER_TOKEN=… node dist/examples/partner-sync/main.js --feed <${FEED_NAMES.join('|')}>
    --out <file.jsonl> [--state <file>] [--gateway <url>] [--page <1-500>] [--follow] [--interval <seconds>]
    [--retries <n>] [--backoff-ms <ms>] [--backoff-max-ms <ms>] [--timeout-ms <ms>]`;

const int = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** Command line and environment together, each problem named by its option or variable. */
const schema = z.object({
  feed: z.enum(FEED_NAMES, { error: `must be one of ${FEED_NAMES.join(', ')}` }),
  out: z.string({ error: 'is required: the JSON lines file to append to' }).min(1),
  /** The cursor file; beside the output by default. */
  state: z.string().min(1).optional(),
  gateway: z.url({ protocol: /^https?$/ }).default('http://localhost:4000/graphql'),
  /** Changes per request: the feeds serve at most 500. */
  page: int(1, 500, 500),
  follow: z.boolean().default(false),
  /** Seconds between polls once caught up (--follow). */
  interval: int(1, 86_400, 30),
  /** Failed attempts in a row tolerated before giving up (the cursor stays; a later run resumes). */
  retries: int(0, 1000, 10),
  'backoff-ms': int(1, 3_600_000, 1000),
  'backoff-max-ms': int(1, 3_600_000, 60_000),
  'timeout-ms': int(100, 600_000, 30_000),
  PARTNER_TOKEN: z
    .string({ error: 'is required: the bearer token the city issued (dept partner, scope feed:read)' })
    .trim()
    .min(1, 'is empty'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface SyncConfig {
  feed: z.infer<typeof schema>['feed'];
  outFile: string;
  stateFile: string;
  gatewayUrl: string;
  pageSize: number;
  follow: boolean;
  pollIntervalMs: number;
  retry: { retries: number; baseMs: number; maxMs: number };
  requestTimeoutMs: number;
  token: string;
  logLevel: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n${USAGE}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the options and PARTNER_TOKEN / LOG_LEVEL; throws ConfigError listing every problem. */
export function loadConfig(argv: string[], env: NodeJS.ProcessEnv): SyncConfig {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        feed: { type: 'string' },
        out: { type: 'string' },
        state: { type: 'string' },
        gateway: { type: 'string' },
        page: { type: 'string' },
        follow: { type: 'boolean' },
        interval: { type: 'string' },
        retries: { type: 'string' },
        'backoff-ms': { type: 'string' },
        'backoff-max-ms': { type: 'string' },
        'timeout-ms': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new ConfigError([error instanceof Error ? error.message : String(error)]);
  }
  const parsed = schema.safeParse({ ...values, PARTNER_TOKEN: env.PARTNER_TOKEN, LOG_LEVEL: env.LOG_LEVEL });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${optionName(i.path)}: ${i.message}`));
  const c = parsed.data;
  if (c['backoff-max-ms'] < c['backoff-ms']) throw new ConfigError(['--backoff-max-ms: must not be below --backoff-ms']);
  return {
    feed: c.feed,
    outFile: c.out,
    stateFile: c.state ?? `${c.out}.cursor`,
    gatewayUrl: c.gateway,
    pageSize: c.page,
    follow: c.follow,
    pollIntervalMs: c.interval * 1000,
    retry: { retries: c.retries, baseMs: c['backoff-ms'], maxMs: c['backoff-max-ms'] },
    requestTimeoutMs: c['timeout-ms'],
    token: c.PARTNER_TOKEN,
    logLevel: c.LOG_LEVEL,
  };
}

function optionName(path: PropertyKey[]): string {
  const name = String(path[0] ?? '(options)');
  return /^[A-Z_]+$/.test(name) ? name : `--${name}`;
}
