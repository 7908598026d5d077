import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import { databaseUrls } from './scale/databases';
import { DEPARTMENTS, type Department, type SeedProgress, seedScale } from './scale/seed';

/**
 * `npm run seed -- --scale N [--db <url-or-sqlite-folder>] [--only <subgraph>] [--seed S]`:
 * fills the departments' databases with the whole city at scale N (1 ≈ 100,000 persons),
 * every date on or before BUSINESS_DATE (default 2003-08-15, as `npm start`).
 */
const USAGE = 'usage: npm run seed -- --scale N [--db <mariadb-url|sqlite-folder>] [--only labor|finance|tax|commerce] [--seed S]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function progressBars(): SeedProgress & { close(): void } {
  const multi = new MultiBar(
    { format: '{department} [{bar}] {percentage}% | {value}/{total} rows | {table}', hideCursor: true, clearOnComplete: false },
    Presets.shades_classic,
  );
  const bars = new Map<Department, SingleBar>();
  return {
    start: (department, total) => bars.set(department, multi.create(total, 0, { department: department.padEnd(8), table: '' })),
    advance: (department, table, rows) => bars.get(department)?.increment(rows, { table }),
    stop: (department) => bars.get(department)?.update({ table: 'done' }),
    close: () => multi.stop(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: 'string' }, db: { type: 'string' }, only: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  });
  const scale = Number(values.scale);
  if (!values.scale || !Number.isFinite(scale) || scale <= 0 || scale > 20) fail('--scale must be a number above 0 and at most 20');
  const only = values.only as Department | undefined;
  if (only !== undefined && !DEPARTMENTS.includes(only))
    fail(`--only must be one of ${DEPARTMENTS.join(', ')} (the joint office needs no data)`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) fail('--seed must be an integer');
  const businessDate = process.env.BUSINESS_DATE ?? '2003-08-15';
  if (!/^\d{4}-\d\d-\d\d$/.test(businessDate) || businessDate < '2003-01-02') fail('BUSINESS_DATE must be a date after 2003-01-01');

  const urls = await databaseUrls(only ? [only] : DEPARTMENTS, values.db);
  // cli-progress draws only on a terminal; elsewhere (CI logs) the summary below is the output.
  const bars = process.stderr.isTTY ? progressBars() : undefined;
  const started = Date.now();
  try {
    const results = await seedScale({ scale, businessDate, urls, seed, progress: bars });
    bars?.close();
    for (const r of results) {
      process.stdout.write(`${r.department} (${(r.ms / 1000).toFixed(1)} s) ${urls[r.department].replace(/\/\/[^@]*@/, '//')}\n`);
      for (const [table, count] of Object.entries(r.rows)) process.stdout.write(`  ${table.padEnd(30)} ${count}\n`);
    }
    process.stdout.write(`seeded scale ${scale} as of ${businessDate} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    bars?.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`seed failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
