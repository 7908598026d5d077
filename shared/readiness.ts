import type { Express } from 'express';
import type { Logger } from './logger';

/** A service's readiness: whether it should receive traffic, and why (no secrets, no addresses). */
export interface Readiness {
  ready: boolean;
  body: Record<string, unknown>;
}

export type ReadinessProbe = () => Promise<Readiness>;

/** Rejects when `promise` takes longer than `ms`: a stuck dependency must not hang a probe. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/**
 * GET /ready: 200 when the service can do its work, 503 otherwise, with a body saying
 * what is missing. Unlike /health (liveness: is the process serving at all), a failing
 * readiness check means "send traffic elsewhere for now", not "restart me".
 */
export function mountReadiness(app: Express, service: string, probe: ReadinessProbe, logger: Logger): void {
  app.get('/ready', async (_req, res) => {
    try {
      const { ready, body } = await probe();
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service, ...body });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', service });
    }
  });
}
