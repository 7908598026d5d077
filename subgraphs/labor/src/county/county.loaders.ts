import { type DataSource, In } from 'typeorm';
import { cityArea, CITY_CODE, countiesOf } from '../../../../shared/areas';
import { rowLoader } from '../../../../shared/loaders';
import { County } from './county.entity';

/** The city as one County: its labour force is its counties'. */
function cityOf(counties: County[]): County {
  const { code, name, nameEn } = cityArea();
  return Object.assign(new County(), { code, name, nameEn, urbanLaborForce: counties.reduce((sum, c) => sum + c.urbanLaborForce, 0) });
}

async function countiesByCode(db: DataSource, codes: readonly string[]): Promise<County[]> {
  const rows = await db.getRepository(County).findBy({ code: In([...new Set(codes.flatMap(countiesOf))]) });
  if (!codes.includes(CITY_CODE)) return rows;
  const city = new Set(countiesOf(CITY_CODE));
  return [...rows, cityOf(rows.filter((c) => city.has(c.code)))];
}

export function createCountyLoaders(db: DataSource) {
  return {
    countyByCode: rowLoader(
      (codes: readonly string[]) => countiesByCode(db, codes),
      (c) => c.code,
    ),
  };
}
