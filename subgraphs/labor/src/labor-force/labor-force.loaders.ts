import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { countiesOf } from '../../../../shared/areas';
import { UrbanLaborForce } from './urban-labor-force.entity';

export const laborForceKey = (areaCode: string, year: number) => `${areaCode}:${year}`;

/**
 * Keyed `areaCode:year`; one statement for every area of a report. The city's figure is
 * its counties' sum, and null unless every county has one: a partial sum would understate
 * the base and overstate the rate.
 */
async function laborForces(db: DataSource, keys: readonly string[]): Promise<(number | null)[]> {
  const wanted = keys.map((key) => {
    const [area, year] = key.split(':');
    return { counties: countiesOf(area), year: Number(year) };
  });
  const rows = await db.getRepository(UrbanLaborForce).findBy({
    countyCode: In([...new Set(wanted.flatMap((w) => w.counties))]),
    year: In([...new Set(wanted.map((w) => w.year))]),
  });
  const persons = new Map(rows.map((r) => [laborForceKey(r.countyCode, r.year), r.persons]));
  return wanted.map(({ counties, year }) => {
    const figures = counties.map((code) => persons.get(laborForceKey(code, year)));
    return figures.length > 0 && figures.every((n) => n !== undefined) ? figures.reduce<number>((sum, n) => sum + (n ?? 0), 0) : null;
  });
}

export function createLaborForceLoaders(db: DataSource) {
  return {
    urbanLaborForceByAreaYear: new DataLoader<string, number | null>((keys) => laborForces(db, keys)),
  };
}
