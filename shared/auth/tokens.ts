import { createSecretKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import { createLocalJWKSet, importJWK, importSPKI, type JWK, type JWTPayload, jwtVerify, type JWTVerifyGetKey, SignJWT } from 'jose';
import { DEPARTMENTS, type Department, type Viewer } from './viewer';

/** The development and test secret. Production refuses to start with it (see auth config). */
export const DEV_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

export type KeySource =
  | { kind: 'secret'; secret: string }
  | { kind: 'publicKey'; pem: string; algorithm: 'RS256' | 'ES256' }
  | { kind: 'jwks'; jwks: { keys: object[] } };

export interface AuthSettings {
  keys: KeySource;
  issuer: string;
  audience: string;
  /** Longest lifetime (exp − iat) of a token; default DEFAULT_MAX_TOKEN_AGE_SECONDS. */
  maxTokenAgeSeconds?: number;
  /** The same for service tokens that carry machine scopes only (feed, metrics). */
  maxServiceTokenAgeSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 8 * 3600;
export const DEFAULT_MAX_SERVICE_TOKEN_AGE_SECONDS = 30 * 86_400;
/** Scopes of machines that sync or scrape; their tokens live in configuration, so longer. */
const MACHINE_SCOPES = new Set(['feed:read', 'metrics:read']);
/** Clocks of the issuer and the services may differ by this much. */
const CLOCK_TOLERANCE_SECONDS = 60;

export class AuthenticationError extends Error {}

/**
 * A token must say when it was issued, not be issued in the future, and not live longer
 * than allowed: a stolen token with `exp` a century away would otherwise open the graph
 * for good. Service tokens (machine scopes only) may live longer than a person's.
 */
function checkLifetime(payload: JWTPayload, scopes: ReadonlySet<string>, settings: AuthSettings): void {
  const iat = payload.iat ?? 0;
  const exp = payload.exp ?? 0;
  const machine = scopes.size > 0 && [...scopes].every((s) => MACHINE_SCOPES.has(s));
  const maxAge = machine
    ? (settings.maxServiceTokenAgeSeconds ?? DEFAULT_MAX_SERVICE_TOKEN_AGE_SECONDS)
    : (settings.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS);
  if (iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new AuthenticationError('"iat" claim is in the future');
  if (exp - iat > maxAge) throw new AuthenticationError(`token lifetime (exp − iat) exceeds the maximum of ${maxAge} seconds`);
}

function claimsToViewer(payload: JWTPayload, token: string): Viewer {
  const { sub, dept, scope, county } = payload as JWTPayload & { dept?: unknown; scope?: unknown; county?: unknown };
  if (typeof sub !== 'string' || !sub) throw new AuthenticationError('token has no sub');
  if (typeof dept !== 'string' || !(DEPARTMENTS as readonly string[]).includes(dept))
    throw new AuthenticationError('token has no valid dept');
  if (scope !== undefined && typeof scope !== 'string') throw new AuthenticationError('scope must be a space-separated string');
  if (county !== undefined && (typeof county !== 'string' || !/^\d{6}$/.test(county)))
    throw new AuthenticationError('county must be a GB/T 2260 code');
  return {
    sub,
    dept: dept as Department,
    scopes: new Set((scope ?? '').split(' ').filter(Boolean)),
    county: county ?? null,
    token,
  };
}

/**
 * Verifies bearer tokens with jose: signature, expiry, issuer and audience, with the
 * algorithm pinned by the key source (so `alg: none` or an HS/RS swap never passes).
 * A verified token is remembered until it expires (at most a minute): the gateway and
 * every subgraph see the same token on each request, and one verification serves them.
 */
export async function createTokenVerifier(settings: AuthSettings): Promise<(token: string) => Promise<Viewer>> {
  let key: ReturnType<typeof createSecretKey> | Awaited<ReturnType<typeof importSPKI>> | JWTVerifyGetKey;
  let algorithms: string[];
  switch (settings.keys.kind) {
    case 'secret':
      key = createSecretKey(Buffer.from(settings.keys.secret, 'utf8'));
      algorithms = ['HS256'];
      break;
    case 'publicKey':
      key = await importSPKI(settings.keys.pem, settings.keys.algorithm);
      algorithms = [settings.keys.algorithm];
      break;
    case 'jwks':
      key = createLocalJWKSet(settings.keys.jwks);
      algorithms = ['RS256', 'ES256'];
      break;
  }
  const verified = new LRUCache<string, Viewer>({ max: 10_000 });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const verifyKey = key as Parameters<typeof jwtVerify>[1];
      const { payload } = await jwtVerify(token, verifyKey, {
        algorithms,
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub', 'iat'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
      const viewer = claimsToViewer(payload, token);
      checkLifetime(payload, viewer.scopes, settings);
      const ttl = Math.min(60_000, (payload.exp ?? 0) * 1000 - Date.now());
      if (ttl > 0) verified.set(token, viewer, { ttl });
      return viewer;
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      throw new AuthenticationError(error instanceof Error ? error.message : 'invalid token');
    }
  };
}

export interface TokenClaims {
  sub: string;
  dept: Department;
  scope: string;
  county?: string;
}

/** Signs an HS256 token (development, tests, and services' own calls where a secret is configured). */
export function signToken(
  claims: TokenClaims,
  settings: { secret: string; issuer: string; audience: string },
  expiresIn = '8h',
): Promise<string> {
  return new SignJWT({ dept: claims.dept, scope: claims.scope, ...(claims.county ? { county: claims.county } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(settings.secret));
}

/** A private signing key as `npm run keys` writes it: a JWK with its `kid` and `alg`. */
export interface SigningKey {
  jwk: JWK & { kid: string; alg: 'ES256' | 'RS256' };
}

/** Signs with the issuer's private key (tokens verified against its public JWKS). */
export async function signTokenWithKey(
  claims: TokenClaims,
  key: SigningKey,
  settings: { issuer: string; audience: string },
  expiresIn = '8h',
): Promise<string> {
  const privateKey = await importJWK(key.jwk, key.jwk.alg);
  return new SignJWT({ dept: claims.dept, scope: claims.scope, ...(claims.county ? { county: claims.county } : {}) })
    .setProtectedHeader({ alg: key.jwk.alg, kid: key.jwk.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(privateKey);
}

export function readKeyFile(path: string): string {
  return readFileSync(path, 'utf8');
}
