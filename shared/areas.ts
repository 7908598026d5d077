/**
 * GB/T 2260 codes of Huai'an (淮安市, 320800) as of 2003-12: the reference data every
 * department validates county codes against. Labor's `county` table is loaded from it.
 */
export const CITY_CODE = '320800';

export const CITY_COUNTIES: readonly { code: string; name: string; nameEn: string }[] = [
  { code: '320802', name: '清河区', nameEn: 'Qinghe District' },
  { code: '320803', name: '楚州区', nameEn: 'Chuzhou District' },
  { code: '320804', name: '淮阴区', nameEn: 'Huaiyin District' },
  { code: '320811', name: '清浦区', nameEn: 'Qingpu District' },
  { code: '320826', name: '涟水县', nameEn: 'Lianshui County' },
  { code: '320829', name: '洪泽县', nameEn: 'Hongze County' },
  { code: '320830', name: '盱眙县', nameEn: 'Xuyi County' },
  { code: '320831', name: '金湖县', nameEn: 'Jinhu County' },
];

const CODES = new Set(CITY_COUNTIES.map((c) => c.code));

export function isCityCounty(code: string): boolean {
  return CODES.has(code);
}
