import { EnterpriseReliefKind } from '../../subgraphs/tax/src/assessment/assessment.enums';
import { MAX_HIRED_PER_ASSESSMENT } from '../../subgraphs/tax/src/assessment/assessment.inputs';
import { hireRefusal, isNewEnterprise } from '../../subgraphs/tax/src/assessment/assessment-records.rules';
import { assessEnterpriseRelief, SERVICE_INDUSTRIES } from '../../subgraphs/tax/src/assessment/assessment.rules';
import { TaxType } from '../../subgraphs/tax/src/relief/relief.enums';
import type { Industry } from '../../subgraphs/tax/src/taxpayer/taxpayer.enums';
import type { ScaleAssessment, ScaleBusiness, ScaleCertificate, ScaleJob } from './types';

/** Service trades are assessed as new service enterprises, retail as commercial; others get none. */
function kindOf(industry: string): EnterpriseReliefKind | null {
  if (SERVICE_INDUSTRIES.has(industry as Industry)) return EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE;
  return industry === 'RETAIL' ? EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL : null;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The certificates of an enterprise's hires that count on `effectiveFrom`, judged by tax's
 * own rule (hireRefusal) as the assessment path judges labor's records: one per holder,
 * sorted by number as the path stores them. Every scale certificate is VALID.
 */
function qualifyingHires(
  hires: readonly ScaleJob[],
  certificateOf: ReadonlyMap<number, ScaleCertificate>,
  effectiveFrom: string,
): ScaleCertificate[] {
  const counted = new Map<string, ScaleCertificate>();
  for (const job of hires) {
    const certificate = certificateOf.get(job.person.id) ?? null;
    const held = certificate && { status: 'VALID', issuedOn: certificate.issuedOn };
    if (certificate && hireRefusal(job, held, effectiveFrom) === null) counted.set(certificate.number, certificate);
  }
  return [...counted.values()].sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
}

/**
 * Tax's 认定 of each new (2003-registered) hiring enterprise that the notice relieves of
 * income tax, from the records (source RECORDS): effective from the day the last of its
 * open hires of certificate holders could count (the later of the hire's start and the
 * certificate's issue), counting every hire the records rule accepts on that day, staff as
 * commerce registers it.
 */
export function buildAssessments(
  enterprises: readonly ScaleBusiness[],
  jobs: readonly ScaleJob[],
  certificates: readonly ScaleCertificate[],
): ScaleAssessment[] {
  const certificateOf = new Map(certificates.map((c) => [c.holder.id, c]));
  const hiresOf = new Map<string, ScaleJob[]>();
  for (const job of jobs) {
    if (job.kind !== 'ENTERPRISE_HIRE' || !job.employer) continue;
    hiresOf.set(job.employer.creditCode, [...(hiresOf.get(job.employer.creditCode) ?? []), job]);
  }
  const assessments: ScaleAssessment[] = [];
  for (const enterprise of enterprises) {
    const kind = kindOf(enterprise.industry);
    if (!kind || !isNewEnterprise(enterprise.registeredOn)) continue;
    const hires = hiresOf.get(enterprise.creditCode) ?? [];
    const countable = hires.flatMap((j) => {
      const certificate = certificateOf.get(j.person.id);
      return j.endedOn === null && certificate ? [later(j.startedOn, certificate.issuedOn)] : [];
    });
    if (!countable.length) continue;
    const effectiveFrom = countable.reduce(later);
    const hired = qualifyingHires(hires, certificateOf, effectiveFrom);
    const staff = enterprise.employeeCount;
    if (!hired.length || hired.length > Math.min(staff, MAX_HIRED_PER_ASSESSMENT)) continue;
    if (!assessEnterpriseRelief(kind, staff, hired.length).taxTypes.includes(TaxType.ENTERPRISE_INCOME_TAX)) continue;
    assessments.push({ id: assessments.length + 1, enterprise, kind, hired, effectiveFrom });
  }
  return assessments;
}
