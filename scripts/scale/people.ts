import { COUNTIES } from '../../demo/world';
import { addDays } from '../../shared/calendar';
import { makeResidentId } from '../../shared/checksums';
import { dayBetween, pick, type Random, splitByWeight, weighted } from './random';

/** Scale 1: the whole city's register as the brief sizes it (issue 14). */
export const SCALE_1 = {
  persons: 100_000,
  certificates: 60_000,
  employmentRecords: 50_000,
  loans: 5_000,
  reliefs: 20_000,
  businesses: 15_000,
  /** Of the businesses, the holders' individual businesses; the rest are hiring private enterprises. */
  individualBusinesses: 12_000,
} as const;

export type Category =
  'SOE_LAID_OFF' | 'SOE_UNEMPLOYED' | 'SOE_CLOSURE_RESETTLED' | 'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE' | 'OTHER_UNEMPLOYED';

export interface ScalePerson {
  id: number;
  name: string;
  idNumber: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  countyCode: string;
  community: string;
  category: Category;
  registeredOn: string;
  householdId: string | null;
  householdRole: 'HEAD' | 'SPOUSE' | null;
}

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '朱',
  '马',
  '胡',
  '郭',
  '林',
  '何',
  '高',
  '梁',
  '罗',
  '郑',
  '谢',
  '宋',
];
const GIVEN_MALE = ['建国', '志强', '卫东', '国庆', '永华', '德明', '小平', '保国', '建军', '海涛', '立新', '红兵', '跃进', '长江'];
const GIVEN_FEMALE = ['秀英', '桂兰', '海燕', '玉梅', '红霞', '春梅', '丽娟', '爱华', '金凤', '淑珍', '美玲', '小红', '翠花', '素琴'];
const COMMUNITIES = [
  '城南街道',
  '城北街道',
  '新城社区',
  '东风社区',
  '淮海社区',
  '人民路社区',
  '健康路社区',
  '运河社区',
  '清江社区',
  '钵池社区',
];
const CATEGORIES: Category[] = [
  'SOE_LAID_OFF',
  'SOE_UNEMPLOYED',
  'SOE_CLOSURE_RESETTLED',
  'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE',
  'OTHER_UNEMPLOYED',
];
/** 85 % qualify for a certificate, as in the demo world. */
const CATEGORY_WEIGHTS = [30, 20, 10, 25, 15];

export const QUALIFYING: ReadonlySet<Category> = new Set(CATEGORIES.slice(0, 4));

export const quota = (scale: number, atScale1: number): number => Math.round(atScale1 * scale);

/**
 * The registered persons of every county (by the DOMAIN.md population weights): registered
 * from 2002 on (the register predates the policy) up to the business date, two in three
 * in couples (head and spouse: household hardship flags need both), ID numbers valid and
 * unique (sequence per county and birth date, odd for men).
 */
export function buildPersons(rand: Random, scale: number, businessDate: string): ScalePerson[] {
  const perCounty = splitByWeight(
    quota(scale, SCALE_1.persons),
    COUNTIES.map((c) => c.weight),
  );
  const sequences = new Map<string, number>();
  const persons: ScalePerson[] = [];
  COUNTIES.forEach((county, c) => {
    let household = 0;
    let spouseOf: ScalePerson | null = null;
    for (let i = 0; i < perCounty[c]; i += 1) {
      const spouse: ScalePerson | null = spouseOf;
      const gender = spouse ? (spouse.gender === 'MALE' ? 'FEMALE' : 'MALE') : rand() < 0.5 ? 'MALE' : 'FEMALE';
      const birthDate = dayBetween(rand, '1945-01-01', '1984-12-31');
      const key = `${county.code}${birthDate}`;
      const k = sequences.get(key) ?? 0;
      sequences.set(key, k + 1);
      // Three digits of sequence, odd for men and even for women: 499 per county and day.
      if (k >= 499) throw new Error(`scale too large: more than 499 persons of ${county.code} born on ${birthDate}`);
      const inCouple: boolean = spouse !== null || rand() < 0.5;
      const householdId = inCouple ? (spouse?.householdId ?? `${county.code}-S${String(++household).padStart(6, '0')}`) : null;
      const person: ScalePerson = {
        id: persons.length + 1,
        name: pick(rand, SURNAMES) + pick(rand, gender === 'MALE' ? GIVEN_MALE : GIVEN_FEMALE),
        idNumber: makeResidentId(county.code, birthDate, 2 * k + (gender === 'MALE' ? 1 : 2)),
        gender,
        birthDate,
        countyCode: county.code,
        community: spouse?.community ?? pick(rand, COMMUNITIES),
        category: weighted(rand, CATEGORIES, CATEGORY_WEIGHTS),
        registeredOn: dayBetween(rand, '2002-01-01', addDays(businessDate, -1)),
        householdId,
        householdRole: inCouple ? (spouse ? 'SPOUSE' : 'HEAD') : null,
      };
      persons.push(person);
      spouseOf = inCouple && !spouse ? person : null;
    }
  });
  return persons;
}
