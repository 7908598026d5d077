import { exportJWK, generateKeyPair } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../shared/auth/config';
import { DEV_JWT_SECRET, type SigningKey, signToken, signTokenWithKey, type TokenClaims } from '../../shared/auth/tokens';

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

/** Who issues a stack's tokens: the development secret, or a key pair (production stacks). */
export type Signer = (claims: TokenClaims, expiresIn: string) => Promise<string>;

const settings = { issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };

export const devSigner: Signer = (claims, expiresIn) => signToken(claims, { ...settings, secret: DEV_JWT_SECRET }, expiresIn);

/** A fresh ES256 issuer, as `npm run keys` makes one: its signer and the public JWKS the services verify with. */
export async function issuerKeyPair(): Promise<{ signer: Signer; jwks: { keys: object[] } }> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = 'test-issuer';
  const key: SigningKey = { jwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' } };
  return {
    signer: (claims, expiresIn) => signTokenWithKey(claims, key, settings, expiresIn),
    jwks: { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] },
  };
}

export function tokenFor(caller: Caller, expiresIn = '10m', signer: Signer = devSigner): Promise<string> {
  return signer(typeof caller === 'string' ? CALLERS[caller] : caller, expiresIn);
}
