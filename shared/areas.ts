/**
 * GB/T 2260 codes of Huai'an (淮安市, 320800) as of 2003-12: the reference data every
 * department validates county codes against. Labor's `county` table is loaded from it.
 */
export const CITY_CODE = '320800';

/** A reporting area: one of the eight counties, or the city as a whole. */
export interface Area {
  code: string;
  name: string;
  nameEn: string;
}

export const CITY_COUNTIES: readonly Area[] = [
  { code: '320802', name: '清河区', nameEn: 'Qinghe District' },
  { code: '320803', name: '楚州区', nameEn: 'Chuzhou District' },
  { code: '320804', name: '淮阴区', nameEn: 'Huaiyin District' },
  { code: '320811', name: '清浦区', nameEn: 'Qingpu District' },
  { code: '320826', name: '涟水县', nameEn: 'Lianshui County' },
  { code: '320829', name: '洪泽县', nameEn: 'Hongze County' },
  { code: '320830', name: '盱眙县', nameEn: 'Xuyi County' },
  { code: '320831', name: '金湖县', nameEn: 'Jinhu County' },
];

const CITY: Area = { code: CITY_CODE, name: '淮安市', nameEn: "Huai'an" };

const BY_CODE = new Map(CITY_COUNTIES.map((c) => [c.code, c]));
const CITY_COUNTY_CODES: readonly string[] = CITY_COUNTIES.map((c) => c.code);

export function isCityCounty(code: string): boolean {
  return BY_CODE.has(code);
}

export function cityArea(): Area {
  return CITY;
}

/** A county, the city (320800), or undefined for any other code. */
export function areaByCode(code: string): Area | undefined {
  return code === CITY_CODE ? CITY : BY_CODE.get(code);
}

/**
 * The county codes whose figures make up an area: the eight counties for the city, the
 * county itself otherwise. Every department sums its own counties for the city, so the
 * city's figures are the sum of the counties' by construction.
 */
export function countiesOf(code: string): readonly string[] {
  return code === CITY_CODE ? CITY_COUNTY_CODES : [code];
}
