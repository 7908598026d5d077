import type { AccessRule } from '../../shared/auth/access';
import type { TokenClaims } from '../../shared/auth/tokens';

export const HOME = '320803';
export const OTHER = '320804';

const ALL_READ = 'labor:read finance:read tax:read commerce:read';

/** The roles every field is run against. */
export const ROLES = {
  reportOnly: { sub: 'm-report', dept: 'joint-office', scope: 'report:read' },
  laborReader: { sub: 'm-labor-r', dept: 'labor', scope: 'labor:read' },
  financeReader: { sub: 'm-finance-r', dept: 'finance', scope: 'finance:read' },
  taxReader: { sub: 'm-tax-r', dept: 'tax', scope: 'tax:read' },
  commerceReader: { sub: 'm-commerce-r', dept: 'commerce', scope: 'commerce:read' },
  laborClerk: { sub: 'm-labor-w', dept: 'labor', scope: 'labor:write' },
  laborCountyClerk: { sub: 'm-labor-cz', dept: 'labor', scope: 'labor:write', county: HOME },
  financeClerk: { sub: 'm-finance-w', dept: 'finance', scope: 'finance:write' },
  taxClerk: { sub: 'm-tax-w', dept: 'tax', scope: 'tax:write' },
  commerceClerk: { sub: 'm-commerce-w', dept: 'commerce', scope: 'commerce:write' },
  countyOfficer: { sub: 'm-county', dept: 'joint-office', scope: ALL_READ, county: HOME },
  partner: { sub: 'm-partner', dept: 'partner', scope: 'feed:read' },
  financeFeed: { sub: 'm-finance-feed', dept: 'finance', scope: 'feed:read' },
  auditor: { sub: 'm-auditor', dept: 'auditor', scope: `${ALL_READ} report:read audit:read` },
  piiReader: { sub: 'm-pii', dept: 'joint-office', scope: `${ALL_READ} report:read feed:read pii:read joint:write` },
  guarantor: { sub: 'm-guarantor', dept: 'finance', scope: 'guarantee:approve' },
  bank: { sub: 'm-bank', dept: 'finance', scope: 'bank:disburse' },
  loanReviewer: { sub: 'm-reviewer', dept: 'labor', scope: 'labor:write loan:review' },
} satisfies Record<string, TokenClaims>;

export type RoleName = keyof typeof ROLES;

/**
 * What the access matrix promises a role, worked out here from the rule's text alone (not
 * with the code under test): an alternative opens when the token has each of its scopes;
 * `<area>:write` also needs the token's own department (`joint:` the joint office),
 * `<area>:read` is implied by `<area>:write`, and `scope@dept` needs a city-wide token
 * of that department.
 */
export function opens(role: TokenClaims, rule: AccessRule): boolean {
  const scopes = role.scope.split(' ').filter(Boolean);
  const has = (requirement: string): boolean => {
    const [scope, dept] = requirement.split('@');
    if (dept && (role.dept !== dept || role.county)) return false;
    const [area, action] = scope.split(':');
    if (action === 'write') return scopes.includes(scope) && role.dept === (area === 'joint' ? 'joint-office' : area);
    return scopes.includes(scope) || (action === 'read' && scopes.includes(`${area}:write`));
  };
  return rule.scopes.length === 0 || rule.scopes.some((alternative) => alternative.split('+').every(has));
}

export function seesInFull(role: TokenClaims): boolean {
  return role.scope.split(' ').includes('pii:read');
}
