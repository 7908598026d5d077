import type { AuthChecker } from 'type-graphql';
import { forbidden } from '../errors';
import { satisfies } from './access';
import type { Viewer } from './viewer';

/**
 * type-graphql's `@Authorized(...roles)`, as `@Access` sets it: each role is one
 * alternative of the rule (scopes joined by `+`, each optionally `@dept`); the viewer
 * needs one of them. `<dept>:write` also needs the token's own department (canWrite).
 */
export const scopeAuthChecker: AuthChecker<{ viewer: Viewer }, string> = ({ context }, roles) => {
  const { viewer } = context;
  if (!satisfies(viewer, roles)) {
    throw forbidden(`requires ${roles.join(' or ')} (token of ${viewer.dept} has: ${[...viewer.scopes].join(' ') || 'no scopes'})`);
  }
  return true;
};
