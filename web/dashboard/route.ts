export type View = 'report' | 'county' | 'record' | 'circulars' | 'circular';

export interface Route {
  year: number;
  month: number;
  view: View;
  county: string | null;
  /** The published circular opened (view `circular`). */
  circularId: string | null;
  /** The record a finding names (view `record`, under its county). */
  record: { kind: string; key: string } | null;
}

type Target = Pick<Route, 'year' | 'month'> & Partial<Omit<Route, 'year' | 'month'>>;

const PATTERN = /^#\/(\d{4})-(\d{2})(?:\/county\/(\d{6})(?:\/record\/([A-Za-z]+)\/([^/]+))?|\/(circulars)|\/circular\/(\d+))?$/;

/**
 * `#/2003-07`, `#/2003-07/county/320803`, `#/2003-07/county/320803/record/Loan/12`,
 * `#/2003-07/circulars`, `#/2003-07/circular/5`. Anything else is the default month's report.
 */
export function parseRoute(hash: string, fallback: { year: number; month: number }): Route {
  const base = { county: null, circularId: null, record: null };
  const match = PATTERN.exec(hash);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) return { ...fallback, view: 'report', ...base };
  const at = { year: Number(match[1]), month };
  if (match[3] && match[4] && match[5]) {
    return { ...at, ...base, view: 'record', county: match[3], record: { kind: match[4], key: decodeURIComponent(match[5]) } };
  }
  if (match[3]) return { ...at, ...base, view: 'county', county: match[3] };
  if (match[6]) return { ...at, ...base, view: 'circulars' };
  if (match[7]) return { ...at, ...base, view: 'circular', circularId: match[7] };
  return { ...at, ...base, view: 'report' };
}

export function href(route: Target): string {
  const base = `#/${route.year}-${String(route.month).padStart(2, '0')}`;
  if (route.view === 'record' && route.county && route.record)
    return `${base}/county/${route.county}/record/${route.record.kind}/${encodeURIComponent(route.record.key)}`;
  if ((route.view === 'county' || route.view === 'record') && route.county) return `${base}/county/${route.county}`;
  if (route.view === 'circulars') return `${base}/circulars`;
  if (route.view === 'circular' && route.circularId) return `${base}/circular/${route.circularId}`;
  return base;
}
