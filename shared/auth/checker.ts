import type { AuthChecker } from 'type-graphql';
import { forbidden } from '../errors';
import { canWrite, hasScope, type Viewer } from './viewer';

/**
 * type-graphql's `@Authorized(...roles)`: each role is a scope; the viewer needs one of
 * them. A `<dept>:write` role also needs the token's own department (see canWrite).
 * `@Authorized()` alone means any authenticated caller.
 */
export const scopeAuthChecker: AuthChecker<{ viewer: Viewer }, string> = ({ context }, roles) => {
  const { viewer } = context;
  if (roles.length === 0) return true;
  const allowed = roles.some((role) => (role.endsWith(':write') ? canWrite(viewer, role.slice(0, -':write'.length)) : hasScope(viewer, role)));
  if (!allowed) throw forbidden(`requires ${roles.join(' or ')} (token of ${viewer.dept} has: ${[...viewer.scopes].join(' ') || 'no scopes'})`);
  return true;
};
