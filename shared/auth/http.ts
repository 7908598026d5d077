import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { AuthenticationError } from './tokens';
import type { Viewer } from './viewer';

const viewers = new WeakMap<Request, Viewer>();
const requestIds = new WeakMap<Request, string>();

/** The verified caller of a request that passed `requireBearer`. */
export function viewerOf(req: Request): Viewer {
  const viewer = viewers.get(req);
  if (!viewer) throw new Error('viewerOf called on a request that was not authenticated');
  return viewer;
}

/** A request id for logs and audit rows: the caller's (e.g. the gateway's) or a new one. */
export function requestIdOf(req: Request): string {
  let id = requestIds.get(req);
  if (!id) {
    const given = req.header('x-request-id');
    id = given && /^[\w.-]{8,100}$/.test(given) ? given : randomUUID();
    requestIds.set(req, id);
  }
  return id;
}

function unauthenticated(res: Response, message: string): void {
  res.status(401).set('www-authenticate', 'Bearer').json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Every GraphQL request must carry a valid bearer token, before anything GraphQL runs:
 * without one, not even `_service` or `_entities` answers. Identity comes from the token
 * alone; headers that claim a role or department are never read.
 */
export function requireBearer(verify: (token: string) => Promise<Viewer>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const match = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(req.header('authorization') ?? '');
    if (!match) {
      unauthenticated(res, 'a bearer token is required');
      return;
    }
    verify(match[1]).then(
      (viewer) => {
        viewers.set(req, viewer);
        next();
      },
      (error: unknown) => unauthenticated(res, error instanceof AuthenticationError ? `invalid token: ${error.message}` : 'invalid token'),
    );
  };
}
