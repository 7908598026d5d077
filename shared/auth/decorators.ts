import { forbidden, notFound } from '../errors';
import { canAccessCounty, type Viewer } from './viewer';

/** Throws FORBIDDEN unless the token may act on records of `countyCode` (a county named in the request). */
export function assertCounty(viewer: Viewer, countyCode: string): void {
  if (!canAccessCounty(viewer, countyCode)) throw forbidden(`this token is limited to county ${viewer.county}`);
}

/**
 * A record looked up by its key for a read (`person(id:)`, `loan(id:)`): one outside the
 * token's county is answered as one that does not exist (null), so that a county clerk
 * cannot probe which ids or numbers exist in other counties. A refusal would say "it exists".
 */
export function visibleOrNull<T extends { countyCode: string }>(viewer: Viewer, record: T | null | undefined): T | null {
  return record && canAccessCounty(viewer, record.countyCode) ? record : null;
}

/**
 * A record looked up by its key for a write: one outside the token's county is answered
 * exactly as one that does not exist, so that neither the refusal nor anything checked
 * after it (its state, its dates, its household) tells a county clerk about another
 * county's records.
 */
export function assertVisible<T extends { countyCode: string }>(
  viewer: Viewer,
  record: T | null | undefined,
  entity: string,
  key: string | number,
): asserts record is T {
  if (!record || !canAccessCounty(viewer, record.countyCode)) throw notFound(entity, key);
}
