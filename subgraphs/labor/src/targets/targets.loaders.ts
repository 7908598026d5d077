import { type DataSource, In } from 'typeorm';
import { rowLoader } from '../../../../shared/loaders';
import { EmploymentTarget } from './employment-target.entity';

export const targetKey = (areaCode: string, year: number) => `${areaCode}:${year}`;

export function createTargetLoaders(db: DataSource) {
  return {
    /** Keyed `areaCode:year`; one statement for every county of a report. */
    targetByAreaYear: rowLoader(
      async (keys: readonly string[]) => {
        const areas = [...new Set(keys.map((k) => k.split(':')[0]))];
        const years = [...new Set(keys.map((k) => Number(k.split(':')[1])))];
        return db.getRepository(EmploymentTarget).findBy({ areaCode: In(areas), year: In(years) });
      },
      (t) => targetKey(t.areaCode, t.year),
    ),
  };
}
