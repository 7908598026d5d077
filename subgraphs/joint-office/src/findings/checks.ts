import type { FindingRecordEntry } from '../circular/snapshot';
import type { CheckData, CheckedPerson } from './check-data';
import { ConsistencyRule } from './findings.enums';

export interface FindingDraft {
  rule: ConsistencyRule;
  countyCode: string | null;
  summary: string;
  records: FindingRecordEntry[];
}

/** The same rule naming the same records is the same finding, run after run. */
export function fingerprintOf(draft: FindingDraft): string {
  return [draft.rule, ...draft.records.map((r) => `${r.department}:${r.kind}:${r.key}`)].join('|').slice(0, 250);
}

const ref = (department: string, kind: string, key: string): FindingRecordEntry => ({ department, kind, key });

interface Benefit {
  department: string;
  kind: string;
  id: string;
  certificate: string;
  /** The day the benefit starts, where that matters (relief and exemptions). */
  startsOn: string | null;
}

function benefitsOf(p: CheckedPerson): Benefit[] {
  return [
    ...(p.loans ?? [])
      .filter((l) => l.status !== 'REJECTED')
      .map((l) => ({ department: 'finance', kind: 'Loan', id: l.id, certificate: l.certificate.number, startsOn: null })),
    ...(p.subsidies ?? []).flatMap((s) =>
      s.certificate ? [{ department: 'finance', kind: 'SubsidyPayment', id: s.id, certificate: s.certificate.number, startsOn: null }] : [],
    ),
    ...(p.taxReliefs ?? []).map((r) => ({
      department: 'tax',
      kind: 'TaxRelief',
      id: r.id,
      certificate: r.certificate.number,
      startsOn: r.periodStart,
    })),
    ...(p.businesses ?? []).flatMap((b) =>
      b.feeExemption
        ? [
            {
              department: 'commerce',
              kind: 'FeeExemption',
              id: b.feeExemption.id,
              certificate: b.feeExemption.certificate.number,
              startsOn: b.feeExemption.validFrom,
            },
          ]
        : [],
    ),
  ];
}

/** Chinese first, then English, like the duties' titles: the dashboard and the printed circular are read in Chinese. */
const BENEFIT_NAMES: Record<string, readonly [string, string]> = {
  Loan: ['小额担保贷款', 'A small guaranteed loan'],
  SubsidyPayment: ['补贴', 'A subsidy payment'],
  TaxRelief: ['税收减免', 'A tax relief'],
  FeeExemption: ['收费减免', 'A fee exemption'],
};
const benefitName = (kind: string): readonly [string, string] => BENEFIT_NAMES[kind] ?? [kind, kind];

/** Benefits on a certificate labor revoked, or on a number labor never issued to the person. */
function certificateChecks(p: CheckedPerson): FindingDraft[] {
  return benefitsOf(p).flatMap((b): FindingDraft[] => {
    const person = ref('labor', 'Person', p.id);
    const certificate = ref('labor', 'ReemploymentCertificate', b.certificate);
    const benefit = ref(b.department, b.kind, b.id);
    const base = { countyCode: p.countyCode, records: [benefit, certificate, person] };
    if (!p.certificate || p.certificate.number !== b.certificate) {
      return [
        {
          ...base,
          rule: ConsistencyRule.BENEFIT_WITHOUT_VALID_CERTIFICATE,
          summary: `${benefitName(b.kind)[0]}所依据的优惠证劳动部门从未发给其持有人 — ${benefitName(b.kind)[1]} (${b.department}) rests on a certificate labor never issued to its holder`,
        },
      ];
    }
    const found: FindingDraft[] = [];
    if (p.certificate.status === 'REVOKED') {
      found.push({
        ...base,
        rule: ConsistencyRule.BENEFIT_WITHOUT_VALID_CERTIFICATE,
        summary: `${benefitName(b.kind)[0]}所依据的优惠证已被劳动部门收回 — ${benefitName(b.kind)[1]} (${b.department}) rests on a certificate labor has revoked`,
      });
    }
    if (b.startsOn !== null && b.startsOn < p.certificate.issuedOn) {
      found.push({
        ...base,
        rule: ConsistencyRule.BENEFIT_BEFORE_CERTIFICATE,
        summary: `${benefitName(b.kind)[0]}起始于${b.startsOn}，早于优惠证发证日${p.certificate.issuedOn} — ${benefitName(b.kind)[1]} (${b.department}) starts on ${b.startsOn}, before the certificate was issued on ${p.certificate.issuedOn}`,
      });
    }
    return found;
  });
}

/**
 * Labor counts an enterprise hire as the person's re-employment of the month; commerce counts
 * a new individual business as another. Where labor records that business too (a
 * self-employment record of the month) labor counts the person once and the registers agree;
 * where it does not, the month's figures count one person by two departments for two different jobs.
 */
function countedTwice(p: CheckedPerson): FindingDraft[] {
  const records = p.employmentRecords ?? [];
  const month = (day: string) => day.slice(0, 7);
  const hires = records.filter((r) => r.kind === 'ENTERPRISE_HIRE');
  const selfEmployed = new Set(records.filter((r) => r.kind === 'SELF_EMPLOYMENT').map((r) => month(r.startedOn)));
  const businesses = (p.businesses ?? []).filter((b) => b.kind === 'INDIVIDUAL_BUSINESS' && !selfEmployed.has(month(b.registeredOn)));
  return hires.flatMap((hire) =>
    businesses
      .filter((b) => month(b.registeredOn) === month(hire.startedOn))
      .map((b) => ({
        rule: ConsistencyRule.COUNTED_BY_TWO_DEPARTMENTS,
        countyCode: p.countyCode,
        summary: `${month(hire.startedOn)}同一人被劳动、工商两部门重复统计 — In ${month(hire.startedOn)} labor counts the person re-employed by an enterprise hire and commerce counts a new individual business of theirs that labor's register lacks`,
        records: [ref('labor', 'EmploymentRecord', hire.id), ref('commerce', 'Enterprise', b.creditCode), ref('labor', 'Person', p.id)],
      })),
  );
}

/** A subsidy paid to an employer for a holder the employer never hired (as labor records it). */
function subsidyWithoutHire(p: CheckedPerson): FindingDraft[] {
  const employers = new Set((p.employmentRecords ?? []).flatMap((r) => (r.employer ? [r.employer.creditCode] : [])));
  return (p.subsidies ?? []).flatMap((s) =>
    s.enterprise && !employers.has(s.enterprise.creditCode)
      ? [
          {
            rule: ConsistencyRule.SUBSIDY_WITHOUT_HIRE,
            countyCode: p.countyCode,
            summary:
              '补贴发给了劳动部门无其录用记录的用人单位 — A subsidy was paid to an employer for a holder labor records no hire of by that employer',
            records: [
              ref('finance', 'SubsidyPayment', s.id),
              ref('commerce', 'Enterprise', s.enterprise.creditCode),
              ref('labor', 'Person', p.id),
            ],
          },
        ]
      : [],
  );
}

const isPriority = (p: CheckedPerson) =>
  Boolean(p.hardship && (p.hardship.fortyFifty || p.hardship.doubleLaidOff || p.hardship.doubleUnemployed));

/** Registered by `day` and not yet in any work that had started by then. */
const waitingOn = (p: CheckedPerson, day: string) => p.registeredOn <= day && !(p.employmentRecords ?? []).some((r) => r.startedOn <= day);

/** 空岗优先 — a post filled by a non-priority person while a priority person of the county was waiting. */
function postPriority(data: CheckData): FindingDraft[] {
  const byId = new Map(data.persons.map((p) => [p.id, p]));
  return data.posts.flatMap((post) => {
    const holder = post.filledBy ? byId.get(post.filledBy.id) : undefined;
    if (!holder || !post.filledOn || isPriority(holder)) return [];
    const filledOn = post.filledOn;
    const waiting = data.persons.filter(
      (p) => p.countyCode === post.countyCode && p.id !== holder.id && isPriority(p) && waitingOn(p, filledOn),
    );
    if (!waiting.length) return [];
    return [
      {
        rule: ConsistencyRule.WELFARE_POST_PRIORITY_SKIPPED,
        countyCode: post.countyCode,
        summary: `${filledOn}公益性岗位安置了非优先人员，而本县（区）${waiting.length}名优先人员仍在等待 — A public-welfare post was filled on ${filledOn} by a person outside the priority groups while ${waiting.length} priority person(s) of the county waited`,
        records: [ref('labor', 'PublicWelfarePost', post.id), ref('labor', 'Person', holder.id)],
      },
    ];
  });
}

/** Every check over the records read; each finding once. */
export function runChecks(data: CheckData): FindingDraft[] {
  const drafts = [
    ...data.persons.flatMap((p) => [...certificateChecks(p), ...countedTwice(p), ...subsidyWithoutHire(p)]),
    ...postPriority(data),
  ];
  const unique = new Map(drafts.map((d) => [fingerprintOf(d), d]));
  return [...unique.values()];
}
