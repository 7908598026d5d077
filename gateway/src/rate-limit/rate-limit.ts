import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { bearerTokenOf } from '../../../shared/auth/http';
import type { Viewer } from '../../../shared/auth/viewer';
import type { CallerKind, RefusalCounter } from '../refusals';
import type { RateLimitSettings } from './settings';

/** The code of a refused request (HTTP 429 with Retry-After). */
export const RATE_LIMITED = 'RATE_LIMITED';

interface Bucket {
  caller: CallerKind;
  limiter: RateLimiterMemory | null;
  limit: number;
  describe: string;
}

function bucket(caller: CallerKind, points: number, windowSeconds: number, describe: string): Bucket {
  const limiter = points > 0 ? new RateLimiterMemory({ points, duration: windowSeconds, keyPrefix: caller }) : null;
  return { caller, limiter, limit: points, describe };
}

function tooManyRequests(res: Response, refusal: RateLimiterRes, bucket: Bucket, windowSeconds: number): void {
  const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  res
    .status(429)
    .set('retry-after', String(retryAfterSeconds))
    .json({
      errors: [
        {
          message: `too many requests: ${bucket.describe} may send ${bucket.limit} in ${windowSeconds} s; retry after ${retryAfterSeconds} s`,
          extensions: { code: RATE_LIMITED, retryAfterSeconds },
        },
      ],
    });
}

/**
 * Counts every /graphql request against its caller, before the body is read: a valid
 * token's subject (partners apart, with their own limit), else the client's address.
 * The token is verified here with the gateway's own verifier, whose cache then answers
 * the bearer check that follows. Counters live in this process (rate-limiter-flexible's
 * memory store): behind N gateway replicas a caller may send N times the limit.
 */
export function rateLimit(
  settings: RateLimitSettings,
  verify: (token: string) => Promise<Viewer>,
  refusals?: RefusalCounter,
): RequestHandler {
  const { windowSeconds } = settings;
  const clients = bucket('client', settings.client, windowSeconds, 'a client');
  const partners = bucket('partner', settings.partner, windowSeconds, 'a partner');
  const anonymous = bucket('anonymous', settings.anonymous, windowSeconds, 'an address without a valid token');
  // The socket's address: a client's X-Forwarded-For is not believed (no trusted proxy is configured).
  const addressOf = (req: Request) => req.socket.remoteAddress ?? 'unknown';

  const callerOf = async (req: Request): Promise<{ bucket: Bucket; key: string }> => {
    const token = bearerTokenOf(req);
    const viewer = token ? await verify(token).catch(() => null) : null;
    if (!viewer) return { bucket: anonymous, key: addressOf(req) };
    return { bucket: viewer.dept === 'partner' ? partners : clients, key: viewer.sub };
  };

  /** The refusal, or null when the request may go on. */
  const refusalOf = async (req: Request): Promise<{ refusal: RateLimiterRes; bucket: Bucket } | null> => {
    const { bucket, key } = await callerOf(req);
    if (!bucket.limiter) return null;
    try {
      await bucket.limiter.consume(key);
      return null;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { refusal, bucket };
      throw refusal;
    }
  };

  return (req, res, next) => {
    refusalOf(req).then((refused) => {
      if (!refused) return next();
      refusals?.inc({ code: RATE_LIMITED, caller: refused.bucket.caller });
      tooManyRequests(res, refused.refusal, refused.bucket, windowSeconds);
    }, next);
  };
}
