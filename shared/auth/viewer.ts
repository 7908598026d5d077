/** Who is calling, from a verified token: the only source of identity anywhere. */
export const DEPARTMENTS = ['labor', 'finance', 'tax', 'commerce', 'joint-office', 'partner', 'auditor'] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** The department a subgraph acts as in tokens it is issued (its feed token, say). */
export function departmentNamed(name: string): Department {
  const department = DEPARTMENTS.find((d) => d === name);
  if (!department) throw new Error(`${name} is not a department known to tokens (shared/auth/viewer.ts)`);
  return department;
}

/** The four departments that own data (and subgraphs). */
export type OwningDepartment = 'labor' | 'finance' | 'tax' | 'commerce';

export interface Viewer {
  sub: string;
  dept: Department;
  scopes: ReadonlySet<string>;
  /** GB/T 2260 code that limits the token to one county, or null for the whole city. */
  county: string | null;
  /** The raw bearer token, forwarded to other services on the caller's behalf. */
  token: string;
}

/**
 * Scopes (space-separated in the `scope` claim):
 * - `<dept>:read` person-level records a department owns; `<dept>:write` implies it and
 *   also lets that department (and only it: the `dept` claim must match) write them;
 * - `report:read` aggregates only (per-county statistics, no names);
 * - `pii:read` ID numbers in full (otherwise masked);
 * - `feed:read` the certificate feed; `audit:read` the audit trail;
 * - `joint:write` joint-office actions (yearly targets);
 * - `metrics:read` the Prometheus endpoint `/metrics` of each service;
 * - loan actors within finance: `loan:review` (labor's review of a loan application),
 *   `guarantee:approve` (guarantee institutions), `bank:disburse` (lending banks).
 */
export function hasScope(viewer: Viewer, scope: string): boolean {
  if (viewer.scopes.has(scope)) return true;
  const [area, action] = scope.split(':');
  return action === 'read' && viewer.scopes.has(`${area}:write`);
}

/** Writing needs the scope and, for department data, the token's own department. */
export function canWrite(viewer: Viewer, area: string): boolean {
  if (!viewer.scopes.has(`${area}:write`)) return false;
  if (area === 'joint') return viewer.dept === 'joint-office';
  return viewer.dept === area;
}

/** A county-limited token sees and writes person-level records of its county only. */
export function canAccessCounty(viewer: Viewer, countyCode: string): boolean {
  return viewer.county === null || viewer.county === countyCode;
}

/** `320803195501167408` → `320803********7408`: enough to tell records apart, not to misuse. */
export function maskIdNumber(idNumber: string): string {
  return idNumber.slice(0, 6) + '*'.repeat(Math.max(0, idNumber.length - 10)) + idNumber.slice(-4);
}
