import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../shared/auth/config';
import { DEV_JWT_SECRET, signToken, type TokenClaims } from '../../shared/auth/tokens';

/** The secret of stacks started in production mode (which refuse the development one). */
export const PRODUCTION_TEST_SECRET = 'production-test-secret-0123456789abcdef';

const ALL_READ = 'labor:read finance:read tax:read commerce:read report:read pii:read feed:read audit:read';

/** Typical callers of the graph. */
export const CALLERS = {
  /** The joint-meeting office: reads everything, writes targets. */
  jointOffice: { sub: 'joint-office-1', dept: 'joint-office', scope: `${ALL_READ} joint:write` },
  labor: { sub: 'labor-clerk', dept: 'labor', scope: 'labor:write pii:read' },
  finance: { sub: 'finance-clerk', dept: 'finance', scope: 'finance:write labor:read' },
  tax: { sub: 'tax-clerk', dept: 'tax', scope: 'tax:write labor:read' },
  commerce: { sub: 'commerce-clerk', dept: 'commerce', scope: 'commerce:write labor:read' },
  auditor: { sub: 'auditor-1', dept: 'auditor', scope: `${ALL_READ}` },
  /** The dashboard's aggregate-only token. */
  reporter: { sub: 'dashboard', dept: 'joint-office', scope: 'report:read' },
  feedPartner: { sub: 'partner-sync', dept: 'partner', scope: 'feed:read' },
} satisfies Record<string, TokenClaims>;

export type Caller = keyof typeof CALLERS | TokenClaims;

export function tokenFor(caller: Caller, expiresIn = '10m', secret = DEV_JWT_SECRET): Promise<string> {
  const claims = typeof caller === 'string' ? CALLERS[caller] : caller;
  return signToken(claims, { secret, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE }, expiresIn);
}
