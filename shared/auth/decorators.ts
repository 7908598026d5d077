import { Authorized, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import { forbidden } from '../errors';
import { canAccessCounty, type Viewer } from './viewer';

/** Refuses a field of a record outside a county-limited token's county. */
export const CountyScoped: MiddlewareFn<{ viewer: Viewer }> = ({ root, context }, next) => {
  const county = (root as { countyCode?: unknown } | undefined)?.countyCode;
  if (typeof county === 'string' && !canAccessCounty(context.viewer, county)) {
    throw forbidden(`this token is limited to county ${context.viewer.county}`);
  }
  return next();
};

/**
 * A field of a person-level record: needs one of `scopes`, and a county-limited token
 * sees it only for records of its county. Sits on the entity's fields, so it holds
 * however the record is reached, `_entities` included.
 */
export function RecordField(...scopes: string[]): PropertyDecorator & MethodDecorator {
  const authorized = Authorized(...scopes);
  const scoped = UseMiddleware(CountyScoped);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor) {
      authorized(target, key, descriptor);
      scoped(target, key, descriptor);
    } else {
      authorized(target, key);
      scoped(target, key);
    }
  };
}

/** Throws FORBIDDEN unless the token may act on records of `countyCode`. */
export function assertCounty(viewer: Viewer, countyCode: string): void {
  if (!canAccessCounty(viewer, countyCode)) throw forbidden(`this token is limited to county ${viewer.county}`);
}
