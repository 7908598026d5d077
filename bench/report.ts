import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../shared/paths';
import type { BenchOptions } from './options';

/** One line of the table: a measured case, its figures, and the target beside them. */
export interface Row {
  section: string;
  case: string;
  figures: string;
  /** The target as issue 14 states it, or '' where the row is for information. */
  target: string;
  met: boolean | null;
}

/** Figures later runs compare against (scale 10's report against scale 1's), kept in the markdown. */
export type Figures = Record<string, number>;

const FILE = join(projectRoot(), 'docs', 'BENCHMARKS.md');
const PACKAGES = ['@apollo/gateway', '@apollo/server', '@graphql-hive/gateway'];

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

export function machine(): string {
  const cpu = cpus();
  return [
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM`,
    `Node ${process.version}`,
    PACKAGES.map((p) => `${p} ${packageVersion(p)}`).join(', '),
  ].join('; ');
}

const runKey = (options: Pick<BenchOptions, 'db' | 'scale'>) => `${options.db}-scale-${options.scale}`;
const begin = (key: string) => `<!-- bench:${key} -->`;
const END = '<!-- /bench -->';

/** The figures a previous run at another scale left in docs/BENCHMARKS.md, if any. */
export function previousFigures(options: Pick<BenchOptions, 'db' | 'scale'>): Figures | null {
  if (!existsSync(FILE)) return null;
  const text = readFileSync(FILE, 'utf8');
  const start = text.indexOf(begin(runKey(options)));
  if (start < 0) return null;
  const match = /<!-- figures (\{.*?\}) -->/.exec(text.slice(start, text.indexOf(END, start)));
  return match ? (JSON.parse(match[1]) as Figures) : null;
}

/** An error message in a table cell: no line breaks, no column separators. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replaceAll('|', '\\|');

const mark = (met: boolean | null) => (met === null ? '' : met ? 'met' : '**missed**');

export function renderRun(options: BenchOptions, rows: Row[], figures: Figures, notes: string[]): string {
  const lines = [
    begin(runKey(options)),
    `## ${options.db}, ${options.scale === 0 ? 'demo world (scale 0)' : `scale ${options.scale}`}${options.quick ? ' — quick run' : ''}`,
    '',
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine()}`,
    '',
    '| section | case | figures | target | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.section} | ${r.case} | ${cell(r.figures)} | ${r.target} | ${mark(r.met)} |`),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    `<!-- figures ${JSON.stringify(figures)} -->`,
    END,
  ];
  return lines.join('\n');
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts); each database and scale has its own section,
replaced when it is run again. Run it on a quiet machine: the figures of a \`--quick\` run
(2 s warm-up, 3 s measured, on a shared machine) only show that the run works.

\`\`\`
npm run bench -- [--scale N] [--db sqlite|mariadb] [--only dossier,reports,pages,feed,writes,memory] [--quick]
\`\`\`

Targets are issue 14's. p50/p99 in milliseconds; 16 connections unless the case says otherwise.
Before issue 14 the gateway served PersonDossier (one person) at 180–280 req/s, p99 130–200 ms,
on the 2-core CI machine. Stock @apollo/gateway and Hive Gateway run on the same subgraphs with
the bearer token passed on and nothing else of this gateway (no limits, guards, rate limit or
metrics); Hive reaches the areas over loopback HTTP (it has no in-process subgraph).
`;

/** Replaces (or appends) this database and scale's section of docs/BENCHMARKS.md. */
export function writeRun(options: BenchOptions, section: string): void {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = text.indexOf(begin(runKey(options)));
  const next =
    start < 0
      ? `${text.trimEnd()}\n\n${section}\n`
      : `${text.slice(0, start)}${section}${text.slice(text.indexOf(END, start) + END.length)}`;
  writeFileSync(FILE, next);
}
