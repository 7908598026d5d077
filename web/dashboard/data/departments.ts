import type { GraphQLError } from '../../common/graphql';

export const DEPARTMENTS = ['labor', 'finance', 'tax', 'commerce'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const DEPARTMENT_NAMES: Record<Department, string> = {
  labor: '劳动保障局 (labor)',
  finance: '财政局 (finance)',
  tax: '税务局 (tax)',
  commerce: '工商局 (commerce)',
};

/** Which department answers each County field the dashboard reads (as in the supergraph). */
const FIELD_OWNERS: Record<string, Department> = {
  counties: 'labor',
  name: 'labor',
  targets: 'labor',
  employmentProgress: 'labor',
  certificateStats: 'labor',
  loanStats: 'finance',
  taxReliefStats: 'tax',
  registrationStats: 'commerce',
  employmentSeries: 'labor',
  certificateSeries: 'labor',
  loanSeries: 'finance',
  subsidySeries: 'finance',
  taxReliefSeries: 'tax',
  registrationSeries: 'commerce',
};

function isDepartment(name: unknown): name is Department {
  return typeof name === 'string' && (DEPARTMENTS as readonly string[]).includes(name);
}

/**
 * The department an error belongs to: the gateway's `extensions.serviceName` when it says
 * (issue 9), else the deepest field of the error's path that a department owns; null when
 * neither tells (e.g. a failed fetch reported without a path).
 */
export function departmentOfError(error: GraphQLError): Department | null {
  const service = error.extensions?.serviceName;
  if (isDepartment(service)) return service;
  const fields = (error.path ?? []).filter((p): p is string => typeof p === 'string').reverse();
  for (const field of fields) {
    const owner = FIELD_OWNERS[field];
    if (owner) return owner;
  }
  return null;
}
