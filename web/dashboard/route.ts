export type View = 'report' | 'county' | 'circulars' | 'circular';

export interface Route {
  year: number;
  month: number;
  view: View;
  county: string | null;
}

/** `#/2003-07`, `#/2003-07/county/320803`, `#/2003-07/circulars`, `#/2003-07/circular`. */
export function parseRoute(hash: string, fallback: { year: number; month: number }): Route {
  const match = /^#\/(\d{4})-(\d{2})(?:\/(county)\/(\d{6})|\/(circulars|circular))?$/.exec(hash);
  if (!match) return { ...fallback, view: 'report', county: null };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ...fallback, view: 'report', county: null };
  if (match[3]) return { year: Number(match[1]), month, view: 'county', county: match[4] ?? null };
  return { year: Number(match[1]), month, view: (match[5] as View | undefined) ?? 'report', county: null };
}

export function href(route: Pick<Route, 'year' | 'month'> & { view?: View; county?: string | null }): string {
  const base = `#/${route.year}-${String(route.month).padStart(2, '0')}`;
  if (route.view === 'county' && route.county) return `${base}/county/${route.county}`;
  if (route.view === 'circulars' || route.view === 'circular') return `${base}/${route.view}`;
  return base;
}
