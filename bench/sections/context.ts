import type { BenchTokens } from '../client';
import type { BenchOptions } from '../options';
import type { Figures, Row } from '../report';
import type { Running } from '../services';
import type { BenchWorld } from '../world';

/** What every section gets: the run's options, databases, callers and processes. */
export interface BenchContext {
  options: BenchOptions;
  world: BenchWorld;
  tokens: BenchTokens;
  /** The five subgraphs and the gateway, in that order. */
  services: Running[];
  /** Processes a section started and stopped (the peer gateways), for the memory table. */
  peers: Running[];
  /** Person ids of the registry, lowest and highest. */
  persons: { lo: number; hi: number };
  log(line: string): void;
}

export interface SectionResult {
  rows: Row[];
  figures: Figures;
  notes?: string[];
}

export const connections = 16;

export const randomPerson = (ctx: BenchContext): string =>
  String(ctx.persons.lo + Math.floor(Math.random() * (ctx.persons.hi - ctx.persons.lo + 1)));

export const ms = (n: number): string => `${Math.round(n * 10) / 10}`;
export const loadFigures = (r: { rps: number; p50: number; p99: number; errors: number; requests: number }): string =>
  r.requests === 0
    ? 'no answer within the measured seconds'
    : `${r.rps} req/s, p50 ${r.p50}, p99 ${r.p99}${r.errors ? `, ${r.errors} errors` : ''}`;
