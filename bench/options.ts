import { parseArgs } from 'node:util';

export const SECTIONS = ['dossier', 'reports', 'pages', 'feed', 'writes', 'memory'] as const;
export type Section = (typeof SECTIONS)[number];
export type BenchDatabase = 'sqlite' | 'mariadb';

export interface BenchOptions {
  /** 0: the demo world; N > 0: the scale loader's city (`npm run seed -- --scale N`) before the services start. */
  scale: number;
  db: BenchDatabase;
  only: ReadonlySet<Section>;
  /** 2 s warm-up and 3 s measured per load: checks that the run works, on a busy machine. */
  quick: boolean;
  /** Skips stock @apollo/gateway and Hive Gateway (a profile of this gateway alone). */
  peers: boolean;
  /** Where the markdown goes (docs/BENCHMARKS.md); `--no-write` leaves it alone. */
  write: boolean;
}

export const USAGE =
  'usage: npm run bench -- [--scale N] [--db sqlite|mariadb] [--only dossier,reports,pages,feed,writes,memory] [--quick] [--no-peers] [--no-write]';

/** Seconds of unmeasured warm-up and of measurement for each autocannon load. */
export const durations = (options: Pick<BenchOptions, 'quick'>) =>
  options.quick ? { warmup: 2, measure: 3 } : { warmup: 10, measure: 10 };

export function parseBenchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string', default: '0' },
      db: { type: 'string', default: 'sqlite' },
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'no-peers': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale < 0 || scale > 20)
    throw new Error(`--scale must be 0 (the demo world) or a number up to 20\n${USAGE}`);
  if (values.db !== 'sqlite' && values.db !== 'mariadb') throw new Error(`--db must be sqlite or mariadb\n${USAGE}`);
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...SECTIONS];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')}\n${USAGE}`);
  return {
    scale,
    db: values.db,
    only: new Set(only as Section[]),
    quick: values.quick,
    peers: !values['no-peers'],
    write: !values['no-write'],
  };
}
