import { addDays, daysBetween } from '../../shared/calendar';

/**
 * A seeded random source. mulberry32 (public domain, Tommy Ettinger): ten lines, 32 bits of
 * state, plenty for synthetic registers, and the same sequence on every platform — which is
 * all determinism needs. The demo world (demo/world.ts) uses the same generator.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const intBetween = (rand: Random, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

export const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** A day in [from, to] (inclusive), uniformly. */
export function dayBetween(rand: Random, from: string, to: string): string {
  return addDays(from, Math.floor(rand() * (daysBetween(from, to) + 1)));
}

/** Picks by weight: `weights[i]` is the relative chance of `items[i]`. */
export function weighted<T>(rand: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((s, w) => s + w, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i += 1) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

/** Fisher–Yates on a copy: the order in which quotas are filled. */
export function shuffled<T>(rand: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Splits `total` by weight with the largest remainders, so the parts add up exactly. */
export function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = total - parts.reduce((s, p) => s + p, 0);
  for (let k = 0; k < missing; k += 1) parts[order[k].i] += 1;
  return parts;
}
