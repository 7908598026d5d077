import { COUNTIES } from '../../demo/world';
import { addDays, ageOn } from '../../shared/calendar';
import { makeCreditCode } from '../../shared/checksums';
import { isExcludedIndustry } from '../../shared/policy';
import { THREE_YEAR_CONTRACT_MONTHS } from '../../subgraphs/tax/src/assessment/assessment-records.rules';
import { buildAssessments } from './employers';
import { buildPersons, QUALIFYING, quota, SCALE_1, type ScalePerson } from './people';
import type { ScaleBusiness, ScaleCertificate, ScaleJob, ScaleLoan, ScaleRelief, ScaleWorld } from './types';
import { dayBetween, intBetween, mulberry32, pick, shuffled, splitByWeight, weighted } from './random';

/** The policy's first day: certificates, benefits and jobs counted by the reports start here. */
export const YEAR_START = '2003-01-01';

const INDIVIDUAL_INDUSTRIES = [
  'RETAIL',
  'CATERING',
  'REPAIR',
  'LAUNDRY_TAILORING',
  'BARBER',
  'CLEANING',
  'HOUSEHOLD_SERVICE',
  'HANDICRAFT',
  'TRANSPORT',
  'CHILD_CARE',
  'ELDERLY_CARE',
  'INTERNET_CAFE',
  'CONSTRUCTION',
];
/** Mostly small trades; a few of the excluded ones, which get neither relief nor fee exemption. */
const INDIVIDUAL_WEIGHTS = [30, 20, 12, 8, 8, 5, 5, 4, 4, 1, 1, 1, 1];
const ENTERPRISE_INDUSTRIES = ['MANUFACTURING', 'RETAIL', 'CATERING', 'TRANSPORT', 'HOUSEHOLD_SERVICE', 'CONSTRUCTION', 'OTHER'];
/** 微利项目: the trades whose loans finance subsidises. */
const LOW_PROFIT = new Set([
  'REPAIR',
  'CATERING',
  'LAUNDRY_TAILORING',
  'BARBER',
  'CLEANING',
  'CHILD_CARE',
  'ELDERLY_CARE',
  'HOUSEHOLD_SERVICE',
]);
const SHOP = ['小吃', '修理部', '洗衣店', '理发店', '便利店', '裁缝铺', '家政服务部', '早点铺'];
const FIRM = ['纺织', '食品', '物流', '家政', '机械', '商贸', '建材', '服装'];

/** Serials of the organisation codes in credit codes: below commerce's NEW_SERIAL_BASE (migrated records). */
const SERIAL_BASE = 20_000_000;

/**
 * The whole city at `scale`, the same for the same scale, seed and business date: every
 * date on or before the business date, every benefit resting on a certificate that was
 * issued before it.
 */
export function buildScaleWorld(scale: number, businessDate: string, seed = 20030715): ScaleWorld {
  const rand = mulberry32(seed);
  const persons = buildPersons(rand, scale, businessDate);
  const lastDay = businessDate;
  const from = (d: string) => (d > YEAR_START ? d : YEAR_START);

  // Certificates: qualifying persons, issued in 2003 on or after registration.
  const eligible = persons.filter((p) => QUALIFYING.has(p.category));
  const holders = shuffled(rand, eligible).slice(0, quota(scale, SCALE_1.certificates));
  const issued = holders
    .map((holder) => ({ holder, issuedOn: dayBetween(rand, from(addDays(holder.registeredOn, 1)), lastDay) }))
    .sort((a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.holder.id - b.holder.id);
  const perCounty = new Map<string, number>();
  const certificates: ScaleCertificate[] = issued.map(({ holder, issuedOn }, i) => {
    // Numbers run per issuing county and year, as labor's issue path hands them out.
    const key = `${holder.countyCode}${issuedOn.slice(0, 4)}`;
    const n = (perCounty.get(key) ?? 0) + 1;
    perCounty.set(key, n);
    return { number: `${holder.countyCode}${issuedOn.slice(0, 4)}${String(n).padStart(6, '0')}`, holder, issuedOn, sequence: i + 1 };
  });

  // Individual businesses of holders, registered on or after the certificate's issue.
  let serial = SERIAL_BASE;
  const owners = shuffled(rand, certificates).slice(0, quota(scale, SCALE_1.individualBusinesses));
  const individual: ScaleBusiness[] = owners.map((certificate) => {
    const industry = weighted(rand, INDIVIDUAL_INDUSTRIES, INDIVIDUAL_WEIGHTS);
    const holder = certificate.holder;
    return {
      creditCode: makeCreditCode('2', holder.countyCode, serial++),
      name: `${holder.name.slice(0, 1)}记${pick(rand, SHOP)}`,
      kind: 'INDIVIDUAL_BUSINESS',
      industry,
      countyCode: holder.countyCode,
      owner: holder,
      certificate,
      registeredOn: dayBetween(rand, certificate.issuedOn, lastDay),
      employeeCount: intBetween(rand, 1, 4),
    };
  });
  // Private enterprises that hire, by county weight: one in three an existing employer
  // (registered 1995–2002), the others new (新办, registered in the policy's window), the
  // ones tax relieves for the holders they hire.
  const enterpriseCounts = splitByWeight(
    quota(scale, SCALE_1.businesses - SCALE_1.individualBusinesses),
    COUNTIES.map((c) => c.weight),
  );
  const enterprises: ScaleBusiness[] = COUNTIES.flatMap((county, c) =>
    Array.from({ length: enterpriseCounts[c] }, (_x, i) => ({
      creditCode: makeCreditCode('1', county.code, serial++),
      name: `淮安${county.name.slice(0, 2)}${pick(rand, FIRM)}${i + 1}号有限公司`,
      kind: 'PRIVATE_ENTERPRISE' as const,
      industry: pick(rand, ENTERPRISE_INDUSTRIES),
      countyCode: county.code,
      owner: null,
      certificate: null,
      registeredOn: rand() < 1 / 3 ? dayBetween(rand, '1995-01-01', addDays(YEAR_START, -1)) : dayBetween(rand, YEAR_START, lastDay),
      employeeCount: intBetween(rand, 8, 400),
    })),
  );

  // Jobs: owners are self-employed in their business from its registration (labor's record
  // carries its credit code, as the register feed leaves it); the others found work in
  // 2003, each person one job, so no owner is also an enterprise's hire (labor allows one
  // full-time job at a time, and nobody is counted twice). Hires are on 3-year contracts,
  // which qualify for relief whenever the hire started.
  const jobs: ScaleJob[] = individual.map((b, i) => ({
    id: i + 1,
    person: b.owner as ScalePerson,
    kind: 'SELF_EMPLOYMENT',
    startedOn: b.registeredOn,
    endedOn: null,
    employer: b,
    contractMonths: null,
  }));
  const ownerIds = new Set(individual.map((b) => (b.owner as ScalePerson).id));
  const byCounty = new Map<string, ScaleBusiness[]>();
  for (const e of enterprises) byCounty.set(e.countyCode, [...(byCounty.get(e.countyCode) ?? []), e]);
  const workers = shuffled(
    rand,
    persons.filter((p) => !ownerIds.has(p.id)),
  ).slice(0, Math.max(0, quota(scale, SCALE_1.employmentRecords) - jobs.length));
  for (const person of workers) {
    const startedOn = dayBetween(rand, from(person.registeredOn), lastDay);
    const employers = (byCounty.get(person.countyCode) ?? []).filter((e) => e.registeredOn <= startedOn);
    const kind = weighted(rand, ['ENTERPRISE_HIRE', 'FLEXIBLE', 'LABOR_EXPORT'] as const, [55, 33, 12]);
    const hire = kind === 'ENTERPRISE_HIRE' && employers.length > 0;
    // One in ten jobs has ended again by the business date (the person is unemployed again).
    const ends = rand() < 0.1 && startedOn < lastDay;
    jobs.push({
      id: jobs.length + 1,
      person,
      kind: hire ? 'ENTERPRISE_HIRE' : kind === 'ENTERPRISE_HIRE' ? 'FLEXIBLE' : kind,
      startedOn,
      endedOn: ends ? dayBetween(rand, addDays(startedOn, 1), lastDay) : null,
      employer: hire ? pick(rand, employers) : null,
      contractMonths: hire ? THREE_YEAR_CONTRACT_MONTHS : null,
    });
  }

  // Loans: holders aged 60 or less on the day they apply, after the certificate's issue.
  const businessOf = new Map(individual.map((b) => [(b.owner as ScalePerson).id, b]));
  const loans: ScaleLoan[] = [];
  for (const certificate of shuffled(rand, certificates)) {
    if (loans.length >= quota(scale, SCALE_1.loans)) break;
    const appliedOn = dayBetween(rand, certificate.issuedOn, lastDay);
    if (ageOn(certificate.holder.birthDate, appliedOn) > 60) continue;
    const business = businessOf.get(certificate.holder.id);
    loans.push({
      id: loans.length + 1,
      certificate,
      amountFen: BigInt(intBetween(rand, 5, 20)) * 100_000n,
      termMonths: pick(rand, [6, 12, 12, 24, 24]),
      lowProfitProject: business ? LOW_PROFIT.has(business.industry) : rand() < 0.5,
      appliedOn,
      purpose: business ? `经营 ${business.name}` : '自主创业',
    });
  }

  // Reliefs: employers' income tax on their assessments first, then business tax of every
  // relievable individual business, then its income tax, as far as the quota goes.
  const assessments = buildAssessments(enterprises, jobs, certificates);
  const target = quota(scale, SCALE_1.reliefs);
  const reliefs: ScaleRelief[] = assessments.slice(0, target).map((assessment, i) => ({
    id: i + 1,
    business: assessment.enterprise,
    certificate: assessment.hired[0],
    assessment,
    taxType: 'ENTERPRISE_INCOME_TAX',
    amountFen: BigInt(intBetween(rand, 1_000, 20_000)) * 100n,
    periodStart: assessment.effectiveFrom,
    grantedOn: dayBetween(rand, assessment.effectiveFrom, lastDay),
  }));
  const relievable = individual.filter((b) => !isExcludedIndustry(b.industry));
  for (const taxType of ['BUSINESS_TAX', 'INDIVIDUAL_INCOME_TAX'] as const) {
    for (const business of relievable) {
      if (reliefs.length >= target) break;
      reliefs.push({
        id: reliefs.length + 1,
        business,
        certificate: business.certificate as ScaleCertificate,
        assessment: null,
        taxType,
        amountFen: BigInt(taxType === 'BUSINESS_TAX' ? intBetween(rand, 200, 3200) : intBetween(rand, 100, 1500)) * 100n,
        periodStart: business.registeredOn,
        grantedOn: dayBetween(rand, business.registeredOn, lastDay),
      });
    }
  }
  return { scale, businessDate, persons, certificates, businesses: [...individual, ...enterprises], jobs, loans, assessments, reliefs };
}
