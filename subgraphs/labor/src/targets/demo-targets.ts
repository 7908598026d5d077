import { CITY_CODE } from '../../../../shared/areas';
import { TARGET_COUNTS, type TargetFigures } from './employment-target.entity';
import { splitByWeight } from './split';

/** The notice's 2003 targets for the whole city (目标责任). */
export const CITY_TARGETS_2003: TargetFigures = {
  jobsCreated: 35_000,
  netNewEmployment: 24_000,
  reemployed: 27_000,
  hardshipReemployed: 5_000,
  ruralLaborExported: 100_000,
  registeredUnemploymentRate: 4.5,
};

/**
 * The target table of a year: the city's figures split among the counties by weight,
 * each count adding up exactly; every county keeps the city's unemployment-rate ceiling.
 */
export function splitTargets(year: number, city: TargetFigures, counties: readonly { code: string; weight: number }[]) {
  const shares = Object.fromEntries(
    TARGET_COUNTS.map((key) => [
      key,
      splitByWeight(
        city[key],
        counties.map((c) => c.weight),
      ),
    ]),
  );
  return [
    { areaCode: CITY_CODE, year, ...city },
    ...counties.map((county, i) => ({
      areaCode: county.code,
      year,
      ...(Object.fromEntries(TARGET_COUNTS.map((key) => [key, shares[key][i]])) as Record<(typeof TARGET_COUNTS)[number], number>),
      registeredUnemploymentRate: city.registeredUnemploymentRate,
    })),
  ];
}
