import type { EntityManager } from 'typeorm';
import { CITY_CODE } from '../../../../shared/areas';
import { EmploymentTarget } from './employment-target.entity';
import type { ValidTargetTable } from './targets.inputs';

/** Replaces the year's whole table (the city's row and every county's) and returns the city's row. */
export async function setEmploymentTargets(tx: EntityManager, table: ValidTargetTable): Promise<EmploymentTarget> {
  await tx.delete(EmploymentTarget, { year: table.year });
  const rows = [
    { areaCode: CITY_CODE, year: table.year, ...table.city },
    ...table.counties.map(({ countyCode, ...figures }) => ({ areaCode: countyCode, year: table.year, ...figures })),
  ];
  await tx.insert(EmploymentTarget, rows);
  return tx.findOneByOrFail(EmploymentTarget, { areaCode: CITY_CODE, year: table.year });
}
