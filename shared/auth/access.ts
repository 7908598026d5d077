import { Authorized, Extensions, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { PersonalDataReads } from '../audit/personal-reads';
import { forbidden } from '../errors';
import { canAccessCounty, canWrite, hasScope, type Viewer } from './viewer';

/**
 * How a field touches personal data:
 * - `none`: not about one person;
 * - `personal`: about one person (a name, a category, the date of an event), for the field's readers;
 * - `masked`: identifying, served masked unless the token has `pii:read` (then audited);
 * - `identifying`: identifying in full (a birth date): only the scopes listed, every read audited.
 */
export type PersonalData = 'none' | 'personal' | 'masked' | 'identifying';

/**
 * One output field's rule. `scopes` lists alternatives, any one of which opens the field;
 * an alternative is one or more scopes joined by `+` (all needed), each optionally
 * `@dept` (held by a city-wide token of that department). Empty: open to any token that
 * reached the parent. `<area>:write` also needs the token's own department.
 */
export interface AccessRule {
  scopes: readonly string[];
  /** A county claim limits it: records of other counties are refused, lists leave them out. */
  countyLimited: boolean;
  personalData: PersonalData;
  /** For audited reads: the root property naming the record read (default `id`). */
  subject?: string;
}

export interface AccessDeclaration {
  scopes: readonly string[];
  county?: boolean;
  personal?: PersonalData;
  subject?: string;
}

export const ACCESS_EXTENSION = 'access';

interface AccessContext {
  viewer: Viewer;
  personalReads: PersonalDataReads;
}

export function accessRule(declaration: AccessDeclaration): AccessRule {
  return {
    scopes: [...declaration.scopes],
    countyLimited: declaration.county ?? false,
    personalData: declaration.personal ?? 'none',
    ...(declaration.subject ? { subject: declaration.subject } : {}),
  };
}

/** One `scope[@dept]` of an alternative. */
function grants(viewer: Viewer, requirement: string): boolean {
  const [scope, dept] = requirement.split('@');
  if (dept !== undefined && (viewer.dept !== dept || viewer.county !== null)) return false;
  return scope.endsWith(':write') ? canWrite(viewer, scope.slice(0, -':write'.length)) : hasScope(viewer, scope);
}

/** Whether `viewer` satisfies one of the alternatives (always, for none). */
export function satisfies(viewer: Viewer, scopes: readonly string[]): boolean {
  return scopes.length === 0 || scopes.some((alternative) => alternative.split('+').every((part) => grants(viewer, part)));
}

/** Refuses a field of a record outside a county-limited token's county. */
export const CountyScoped: MiddlewareFn<{ viewer: Viewer }> = ({ root, context }, next) => {
  const county = (root as { countyCode?: unknown } | undefined)?.countyCode;
  if (typeof county === 'string' && !canAccessCounty(context.viewer, county)) {
    throw forbidden(`this token is limited to county ${context.viewer.county}`);
  }
  return next();
};

/** Whether the viewer sees `masked` fields in full. */
export function seesInFull(viewer: Viewer): boolean {
  return hasScope(viewer, 'pii:read');
}

/**
 * Audits a read of personal data in full before the value leaves the resolver: the
 * request's reads are written in one batched insert, and if it fails the field fails
 * with it, so no unaudited value is ever sent.
 */
function auditedRead(rule: AccessRule): MiddlewareFn<AccessContext> {
  return async ({ root, context, info }, next) => {
    const value: unknown = await next();
    const inFull = rule.personalData === 'identifying' || seesInFull(context.viewer);
    if (value === null || value === undefined || !inFull) return value;
    const subject = (root as Record<string, unknown>)[rule.subject ?? 'id'];
    await context.personalReads.record(`${info.parentType.name}.${info.fieldName}`, String(subject));
    return value;
  };
}

/**
 * The access rule of an output field, declared on the field itself (entity property,
 * field resolver, query or mutation) and enforced from the same declaration: the scopes
 * through type-graphql's `@Authorized` (see scopeAuthChecker), the county and the audit
 * of personal data through middlewares. The rule is also recorded in the field's
 * extensions, where the access matrix, its test and README's table read it. One per
 * field, never per class: a field another resolver adds to a type must not inherit one.
 */
export function Access(declaration: AccessDeclaration) {
  const rule = accessRule(declaration);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor): void => {
    const decorators: ((t: object, k: string | symbol, d?: PropertyDescriptor) => void)[] = [Extensions({ [ACCESS_EXTENSION]: rule })];
    if (rule.scopes.length) decorators.push(Authorized(...rule.scopes));
    const middlewares: MiddlewareFn<AccessContext>[] = [];
    if (rule.countyLimited) middlewares.push(CountyScoped);
    if (rule.personalData === 'masked' || rule.personalData === 'identifying') middlewares.push(auditedRead(rule));
    if (middlewares.length) decorators.push(UseMiddleware(...middlewares));
    for (const decorate of decorators) decorate(target, key, descriptor);
  };
}
