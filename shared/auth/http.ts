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

const ID_FORMAT = /^[\w.-]{8,100}$/;

/**
 * The request id of logs and audit rows. The gateway mints its own for every request
 * (`trustForwarded: false`): a client's `x-request-id` never passes for it. A subgraph
 * takes the one the gateway forwards, or mints one when called without it.
 */
export function requestIdOf(req: Request, options: { trustForwarded: boolean } = { trustForwarded: true }): string {
  let id = requestIds.get(req);
  if (!id) {
    const given = options.trustForwarded ? req.header('x-request-id') : undefined;
    id = given && ID_FORMAT.test(given) ? given : randomUUID();
    requestIds.set(req, id);
  }
  return id;
}

/**
 * The client's own request id, kept apart from ours: at the gateway the client's
 * `x-request-id`, at a subgraph the `x-client-request-id` the gateway forwards it as.
 */
export function clientRequestIdOf(req: Request, header = 'x-client-request-id'): string | null {
  const given = req.header(header);
  return given && ID_FORMAT.test(given) ? given : null;
}

/** The JWT of an `Authorization: Bearer …` header, unverified; null without one. */
export function bearerTokenOf(req: Request): string | null {
  return /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/.exec(req.header('authorization') ?? '')?.[1] ?? null;
}

function unauthenticated(res: Response, message: string): void {
  res
    .status(401)
    .set('www-authenticate', 'Bearer')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Every GraphQL request must carry a valid bearer token, before anything GraphQL runs:
 * without one, not even `_service` or `_entities` answers. Identity comes from the token
 * alone; headers that claim a role or department are never read.
 */
export function requireBearer(verify: (token: string) => Promise<Viewer>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const token = bearerTokenOf(req);
    if (!token) {
      unauthenticated(res, 'a bearer token is required');
      return;
    }
    verify(token).then(
      (viewer) => {
        viewers.set(req, viewer);
        next();
      },
      (error: unknown) => unauthenticated(res, error instanceof AuthenticationError ? `invalid token: ${error.message}` : 'invalid token'),
    );
  };
}
