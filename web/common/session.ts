/**
 * The signed-in person's bearer token, shared by the dashboard and GraphiQL (same origin,
 * so both pages and tabs see it). The token is only read here for display and expiry:
 * the gateway and every subgraph verify it.
 */
const STORAGE_KEY = 'reemp.token';
const STATE_KEY = 'reemp.issuer-state';

export interface TokenInfo {
  token: string;
  dept: string | null;
  sub: string | null;
  scopes: string[];
  county: string | null;
  /** Seconds since the epoch; null when the token does not say. */
  expiresAt: number | null;
}

function base64UrlDecode(part: string): string {
  const padded = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Reads a JWT's claims without verifying it; null when it is not a JWT at all. */
export function describeToken(token: string): TokenInfo | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims: unknown = JSON.parse(base64UrlDecode(parts[1]));
    if (typeof claims !== 'object' || claims === null) return null;
    const c = claims as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      token: token.trim(),
      dept: text(c.dept),
      sub: text(c.sub),
      scopes: typeof c.scope === 'string' ? c.scope.split(' ').filter(Boolean) : [],
      county: text(c.county),
      expiresAt: typeof c.exp === 'number' ? c.exp : null,
    };
  } catch {
    return null;
  }
}

function expired(info: TokenInfo): boolean {
  return info.expiresAt !== null && info.expiresAt * 1000 <= Date.now();
}

/** The stored token, unless it has expired (then it is forgotten). */
export function currentToken(): TokenInfo | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  const info = stored ? describeToken(stored) : null;
  if (!info || expired(info)) {
    if (stored) localStorage.removeItem(STORAGE_KEY);
    return null;
  }
  return info;
}

export type SignInProblem = 'not-a-token' | 'expired';

export function signIn(token: string): TokenInfo | SignInProblem {
  const info = describeToken(token);
  if (!info) return 'not-a-token';
  if (expired(info)) return 'expired';
  localStorage.setItem(STORAGE_KEY, info.token);
  return info;
}

export function signOut(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/**
 * Sends the person to the configured issuer (the intranet's sign-on), which answers by
 * redirecting back with `#access_token=…&state=…` (the OAuth 2.0 token response in the
 * fragment, which never reaches a server). The state guards against a forged redirect.
 */
export function beginIssuerSignIn(issuerUrl: string, scope: string): void {
  const state = crypto.randomUUID();
  sessionStorage.setItem(STATE_KEY, state);
  const target = new URL(issuerUrl);
  target.searchParams.set('response_type', 'token');
  target.searchParams.set('client_id', 'reemployment-dashboard');
  target.searchParams.set('scope', scope);
  target.searchParams.set('state', state);
  target.searchParams.set('redirect_uri', `${location.origin}${location.pathname}`);
  location.assign(target.toString());
}

/** Completes an issuer sign-in if the page was opened by the issuer's redirect. */
export function completeIssuerSignIn(): TokenInfo | SignInProblem | 'bad-state' | null {
  if (!location.hash.startsWith('#access_token=')) return null;
  const params = new URLSearchParams(location.hash.slice(1));
  const expected = sessionStorage.getItem(STATE_KEY);
  sessionStorage.removeItem(STATE_KEY);
  history.replaceState(null, '', location.pathname + location.search);
  if (!expected || params.get('state') !== expected) return 'bad-state';
  return signIn(params.get('access_token') ?? '');
}
