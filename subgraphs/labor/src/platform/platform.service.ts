import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { conflict } from '../../../../shared/errors';
import { CommunityPlatform } from './platform.entity';
import type { validatePlatform, validateReadiness } from './platform.inputs';
import { READINESS_COLUMNS } from './readiness';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

/** The answer to a second platform of one street or community. */
export const duplicatePlatform = () => conflict('this street or community already has a platform', { field: 'input.community' });

/** Records a street or community platform, nothing in place yet. */
export async function registerCommunityPlatform(tx: EntityManager, valid: ReturnType<typeof validatePlatform>): Promise<CommunityPlatform> {
  if (await tx.existsBy(CommunityPlatform, valid)) throw duplicatePlatform();
  return insertAndFetch(tx, CommunityPlatform, valid);
}

/** Records the day one item came into place; a recorded day is never overwritten. */
export async function recordPlatformReadiness(
  tx: EntityManager,
  viewer: Viewer,
  valid: ReturnType<typeof validateReadiness>,
): Promise<CommunityPlatform> {
  const column = READINESS_COLUMNS[valid.item];
  const platform = await findOrNotFound(tx, CommunityPlatform, { id: valid.platformId }, { viewer, lock: true });
  const recorded = platform[column];
  if (recorded !== null)
    throw conflict(`${valid.item} of platform ${platform.id} is already recorded as in place on ${recorded}`, {
      field: 'input.item',
    });
  await tx.update(CommunityPlatform, { id: platform.id }, { [column]: valid.inPlaceOn });
  return tx.findOneByOrFail(CommunityPlatform, { id: platform.id });
}
