import 'reflect-metadata';
import { benchTokens } from './client';
import { type BenchOptions, parseBenchOptions, type Section } from './options';
import { type Figures, renderRun, type Row, writeRun } from './report';
import { startServices, stopProcess, type Running } from './services';
import type { BenchContext, SectionResult } from './sections/context';
import { dossierSection } from './sections/dossier';
import { feedSection } from './sections/feed';
import { memorySection } from './sections/memory';
import { pagesSection } from './sections/pages';
import { reportsSection } from './sections/reports';
import { writesSection } from './sections/writes';
import { prepareWorld, withDatabase } from './world';

/**
 * `npm run bench -- [--scale N] [--db sqlite|mariadb] [--only …] [--quick]`: starts the five
 * compiled services as separate processes (as `npm start` does) on fresh databases (the
 * demo world, or the scale loader's city), runs the sections and writes docs/BENCHMARKS.md.
 * Nothing here is asserted by the test suite: timings belong to benchmarks only.
 */
// Reports first: their cold figure is the first request for them after start. Writes last:
// they add persons to the register the other sections read.
const ORDER: [Section, (ctx: BenchContext) => Promise<SectionResult> | SectionResult][] = [
  ['reports', reportsSection],
  ['dossier', dossierSection],
  ['pages', pagesSection],
  ['feed', feedSection],
  ['writes', writesSection],
  ['memory', memorySection],
];

const log = (line: string) => process.stderr.write(`${line}\n`);

async function run(options: BenchOptions): Promise<void> {
  const world = await prepareWorld(options, log);
  let services: Running[] = [];
  const peers: Running[] = [];
  try {
    const started = Date.now();
    services = await startServices(world);
    log(`five services and the gateway ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const persons = await withDatabase(world.urls.labor, async (query) => {
      const [row] = await query('SELECT MIN(id) AS lo, MAX(id) AS hi FROM person');
      return { lo: Number(row.lo), hi: Number(row.hi) };
    });
    const ctx: BenchContext = { options, world, tokens: await benchTokens(), services, peers, persons, log };
    const rows: Row[] = [];
    const figures: Figures = {};
    const notes = [
      `persons ${persons.lo}–${persons.hi}; services ready in ${((Date.now() - started) / 1000).toFixed(1)} s${world.seedMs === null ? '' : `, after seeding in ${(world.seedMs / 1000).toFixed(1)} s`}`,
    ];
    for (const [section, measure] of ORDER) {
      if (!options.only.has(section)) continue;
      // A section that fails (a department timing out at scale) is a row, not the end of the run.
      const result = await Promise.resolve()
        .then(() => measure(ctx))
        .catch((error: unknown): SectionResult => ({
          rows: [
            {
              section,
              case: 'failed',
              figures: String(error instanceof Error ? error.message : error).slice(0, 300),
              target: '',
              met: false,
            },
          ],
          figures: {},
        }));
      rows.push(...result.rows);
      Object.assign(figures, result.figures);
      notes.push(...(result.notes ?? []));
      for (const row of result.rows)
        log(`  ${row.section} | ${row.case} | ${row.figures}${row.met === null ? '' : row.met ? ' | met' : ' | MISSED'}`);
    }
    const markdown = renderRun(options, rows, figures, notes);
    process.stdout.write(`${markdown}\n`);
    if (options.write) writeRun(options, markdown);
  } finally {
    await Promise.all([...services].reverse().map(stopProcess));
    await world.cleanup();
  }
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  await run(options);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
