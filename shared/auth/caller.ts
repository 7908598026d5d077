import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import type { AuditedContext } from '../audit/plugin';
import { PersonalDataReads } from '../audit/personal-reads';
import type { Logger } from '../logger';
import { clientRequestIdOf, requestIdOf, viewerOf } from './http';
import type { Viewer } from './viewer';

export interface CallerContext extends AuditedContext {
  /** The verified token's caller as it is: what an Idempotency-Key is bound to. */
  caller: Viewer;
}

/**
 * A request that carries an Idempotency-Key may be answered again later from a stored
 * response, so it is answered without personal data in full: the token's `pii:read` does
 * not apply to it (ID numbers come masked, birth dates are refused).
 */
function withoutPii(viewer: Viewer): Viewer {
  if (!viewer.scopes.has('pii:read')) return viewer;
  return { ...viewer, scopes: new Set([...viewer.scopes].filter((scope) => scope !== 'pii:read')) };
}

/** Who is asking, under which request ids, and the per-request audit of personal reads. */
export function callerContext(req: Request, db: DataSource, service: string, logger: Logger): CallerContext {
  const caller = viewerOf(req);
  const viewer = req.header('idempotency-key') ? withoutPii(caller) : caller;
  const scope = { db, viewer, requestId: requestIdOf(req), clientRequestId: clientRequestIdOf(req), service };
  const personalReads = new PersonalDataReads(scope, (error) =>
    logger.error({ err: error, requestId: scope.requestId }, 'audit of a personal-data read failed: data withheld'),
  );
  return { ...scope, caller, personalReads };
}
