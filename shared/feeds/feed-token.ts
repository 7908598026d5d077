import type { OwningDepartment } from '../auth/viewer';
import { signToken } from '../auth/tokens';
import type { SubgraphConfig } from '../subgraph-config';

/**
 * A consumer calls the publisher as its own department with `feed:read`: a token it signs
 * itself where the HS256 secret is configured, else the configured CERTIFICATE_FEED_TOKEN.
 * `purpose` names the worker in the token's subject (`finance-employment-sync`).
 */
export function feedHeaders(name: string, config: SubgraphConfig, purpose = 'certificate'): () => Promise<Record<string, string>> {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (config.feedToken) return { authorization: `Bearer ${config.feedToken}` };
    const secret = config.auth.secret;
    if (!secret) throw new Error('CERTIFICATE_FEED_TOKEN is required when tokens are verified by public key');
    if (!cached || cached.until < Date.now()) {
      const claims = { sub: `${name}-${purpose}-sync`, dept: name as OwningDepartment, scope: 'feed:read' };
      cached = {
        token: await signToken(claims, { secret, issuer: config.auth.issuer, audience: config.auth.audience }, '1h'),
        until: Date.now() + 50 * 60_000,
      };
    }
    return { authorization: `Bearer ${cached.token}` };
  };
}
