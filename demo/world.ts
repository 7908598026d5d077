import { CITY_COUNTIES } from '../shared/areas';
import { makeCreditCode, makeResidentId } from '../shared/checksums';

/**
 * The deterministic demo world that every subgraph seeds its own part of. Each department
 * keeps only its own rows and the keys of others (person ids, certificate numbers, credit
 * codes), so the graph joins up through the gateway exactly as in production. Same input,
 * same world: no randomness from the clock.
 */

export const DEMO_YEAR = 2003;

export interface DemoCounty {
  code: string;
  name: string;
  nameEn: string;
  /** Share of the city's synthetic persons (DOMAIN.md population weights). */
  weight: number;
  /** Urban labour force, for the registered unemployment rate. */
  urbanLaborForce: number;
}

const WEIGHTS: Record<string, { weight: number; urbanLaborForce: number }> = {
  '320802': { weight: 30, urbanLaborForce: 152_000 },
  '320803': { weight: 114, urbanLaborForce: 231_000 },
  '320804': { weight: 91, urbanLaborForce: 176_000 },
  '320811': { weight: 31, urbanLaborForce: 143_000 },
  '320826': { weight: 112, urbanLaborForce: 168_000 },
  '320829': { weight: 37, urbanLaborForce: 88_000 },
  '320830': { weight: 80, urbanLaborForce: 139_000 },
  '320831': { weight: 35, urbanLaborForce: 79_000 },
};

export const COUNTIES: DemoCounty[] = CITY_COUNTIES.map((c) => ({ ...c, ...WEIGHTS[c.code] }));

export type DemoCategory =
  'SOE_LAID_OFF' | 'SOE_UNEMPLOYED' | 'SOE_CLOSURE_RESETTLED' | 'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE' | 'OTHER_UNEMPLOYED';

export interface DemoPerson {
  id: number;
  name: string;
  idNumber: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  countyCode: string;
  community: string;
  category: DemoCategory;
  registeredOn: string;
  householdId: string;
  employed: boolean;
  certificate: { number: string; issuedOn: string } | null;
  loan: { amountFen: bigint; termMonths: number; appliedOn: string; lowProfitProject: boolean } | null;
  business: { creditCode: string; name: string; industry: string; registeredOn: string } | null;
  taxRelief: { amountFen: bigint; periodStart: string; periodEnd: string } | null;
}

export interface DemoEnterprise {
  creditCode: string;
  name: string;
  countyCode: string;
  industry: string;
  registeredOn: string;
  employeeCount: number;
  /** Persons hired by this enterprise (labor's employment records), each on a contract of `contractMonths`. */
  hires: { personId: number; startedOn: string; contractMonths: number }[];
  /** Enterprise relief granted by tax on its hires' certificates. */
  reliefFen: bigint;
}

export interface DemoWorld {
  counties: DemoCounty[];
  persons: DemoPerson[];
  enterprises: DemoEnterprise[];
}

/** mulberry32: tiny seeded PRNG, enough for reproducible synthetic data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭', '林', '何', '高', '梁'];
const GIVEN_MALE = ['建国', '志强', '卫东', '国庆', '永华', '德明', '文革', '小平', '保国', '建军'];
const GIVEN_FEMALE = ['秀英', '桂兰', '海燕', '玉梅', '红霞', '春梅', '丽娟', '爱华', '金凤', '淑珍'];
const COMMUNITIES = ['城南街道', '城北街道', '新城社区', '东风社区', '淮海社区', '人民路社区'];
const QUALIFYING: DemoCategory[] = ['SOE_LAID_OFF', 'SOE_UNEMPLOYED', 'SOE_CLOSURE_RESETTLED', 'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE'];
const BUSINESS_INDUSTRIES = ['RETAIL', 'CATERING', 'REPAIR', 'LAUNDRY_TAILORING', 'BARBER', 'CLEANING', 'HOUSEHOLD_SERVICE'];
const ENTERPRISE_INDUSTRIES = ['MANUFACTURING', 'RETAIL', 'CATERING', 'TRANSPORT', 'HOUSEHOLD_SERVICE'];

const pad2 = (n: number) => String(n).padStart(2, '0');
const monthDay = (rand: () => number, month: number) => `${DEMO_YEAR}-${pad2(month)}-${pad2(1 + Math.floor(rand() * 28))}`;

export function buildDemoWorld(totalPersons = 320, seed = 20030715): DemoWorld {
  const rand = prng(seed);
  const totalWeight = COUNTIES.reduce((sum, c) => sum + c.weight, 0);
  const persons: DemoPerson[] = [];
  const enterprises: DemoEnterprise[] = [];
  let nextId = 1;
  let enterpriseSerial = 10_000;

  for (const county of COUNTIES) {
    const count = Math.max(12, Math.round((totalPersons * county.weight) / totalWeight));
    let certificateSeq = 0;
    const countyPersons: DemoPerson[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = nextId++;
      const gender = rand() < 0.5 ? 'MALE' : 'FEMALE';
      const birthYear = 1945 + Math.floor(rand() * 38);
      const birthDate = `${birthYear}-${pad2(1 + Math.floor(rand() * 12))}-${pad2(1 + Math.floor(rand() * 28))}`;
      // Odd sequence = male, even = female (GB 11643).
      const sequence = 2 * Math.floor(rand() * 400) + (gender === 'MALE' ? 1 : 2);
      // The first three persons of each county hold everything, so every county shows
      // a certificate, a loan, a relief and a business at once.
      const full = i < 3;
      const category: DemoCategory = full ? QUALIFYING[i % 4] : rand() < 0.85 ? QUALIFYING[Math.floor(rand() * 4)] : 'OTHER_UNEMPLOYED';
      const registeredOn = monthDay(rand, 1 + Math.floor(rand() * 6));
      const qualifies = category !== 'OTHER_UNEMPLOYED';
      const hasCertificate = full || (qualifies && rand() < 0.7);
      const issuedOn = registeredOn.replace(/-(\d\d)-/, (_m, mm: string) => `-${pad2(Math.min(12, Number(mm) + 1))}-`);
      const certificate = hasCertificate
        ? { number: `${county.code}${DEMO_YEAR}${String(++certificateSeq).padStart(6, '0')}`, issuedOn }
        : null;
      const hasBusiness = full || (certificate !== null && rand() < 0.25);
      const business = hasBusiness
        ? {
            creditCode: makeCreditCode('2', county.code, enterpriseSerial++),
            name: `${SURNAMES[id % SURNAMES.length]}记${['小吃', '修理部', '洗衣店', '理发店', '便利店'][id % 5]}`,
            industry: BUSINESS_INDUSTRIES[Math.floor(rand() * BUSINESS_INDUSTRIES.length)],
            registeredOn: issuedOn,
          }
        : null;
      const loan =
        full || (certificate !== null && rand() < 0.3)
          ? {
              amountFen: BigInt(5 + Math.floor(rand() * 16)) * 100_000n,
              termMonths: [6, 12, 24][Math.floor(rand() * 3)],
              appliedOn: issuedOn,
              lowProfitProject: rand() < 0.6,
            }
          : null;
      const taxRelief =
        business !== null
          ? { amountFen: BigInt(200 + Math.floor(rand() * 3000)) * 100n, periodStart: business.registeredOn, periodEnd: '2005-12-31' }
          : null;
      countyPersons.push({
        id,
        name: SURNAMES[Math.floor(rand() * SURNAMES.length)] + (gender === 'MALE' ? GIVEN_MALE : GIVEN_FEMALE)[Math.floor(rand() * 10)],
        idNumber: makeResidentId(county.code, birthDate, sequence),
        gender,
        birthDate,
        countyCode: county.code,
        community: COMMUNITIES[Math.floor(rand() * COMMUNITIES.length)],
        category,
        registeredOn,
        // Consecutive pairs share a household, so household hardship flags have data.
        householdId: `${county.code}-H${String(Math.floor(i / 2)).padStart(4, '0')}`,
        // An owner works in the business: not also an enterprise's hire (counted once, by
        // commerce). The draw stays where it was so the rest of the world is unchanged.
        employed: !full && rand() < 0.2 && business === null,
        certificate,
        loan,
        business,
        taxRelief,
      });
    }
    persons.push(...countyPersons);

    // Two private enterprises per county that hire employed persons of the county.
    const employed = countyPersons.filter((p) => p.employed);
    for (let e = 0; e < 2; e += 1) {
      // Three-year contracts: what 财税[2002]208号 asks of a July hire for the employer's relief.
      const hires = employed
        .filter((_p, idx) => idx % 2 === e)
        .map((p) => ({ personId: p.id, startedOn: monthDay(rand, 7), contractMonths: 36 }));
      enterprises.push({
        creditCode: makeCreditCode('1', county.code, enterpriseSerial++),
        name: `淮安${county.name.slice(0, 2)}${['纺织', '食品', '物流', '家政'][(e + county.code.length) % 4]}有限公司`,
        countyCode: county.code,
        industry: ENTERPRISE_INDUSTRIES[Math.floor(rand() * ENTERPRISE_INDUSTRIES.length)],
        // Set up in the first half of 2003, under the notice (新办): the tax office can assess
        // them from the records. (Two draws, as before, so the rest of the world is unchanged.)
        registeredOn: `${DEMO_YEAR}-0${1 + Math.floor(rand() * 6)}-${pad2(1 + Math.floor(rand() * 28))}`,
        employeeCount: 20 + Math.floor(rand() * 200),
        hires,
        reliefFen: hires.length > 0 ? BigInt(hires.length) * 1_200_00n : 0n,
      });
    }
  }
  return { counties: COUNTIES, persons, enterprises };
}
