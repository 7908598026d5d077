import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../../shared/auth/viewer';
import { UrbanLaborForce } from './urban-labor-force.entity';
import type { ValidUrbanLaborForce } from './labor-force.inputs';

/** Sets (or replaces) the county's figure for the year and returns the stored row. */
export async function setUrbanLaborForce(tx: EntityManager, viewer: Viewer, figure: ValidUrbanLaborForce): Promise<UrbanLaborForce> {
  const key = { countyCode: figure.countyCode, year: figure.year };
  await tx.delete(UrbanLaborForce, key);
  await tx.insert(UrbanLaborForce, { ...key, persons: figure.persons, setBy: viewer.sub.slice(0, 100) });
  return tx.findOneByOrFail(UrbanLaborForce, key);
}
