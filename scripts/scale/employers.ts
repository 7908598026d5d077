import { EnterpriseReliefKind } from '../../subgraphs/tax/src/assessment/assessment.enums';
import { MAX_HIRED_PER_ASSESSMENT } from '../../subgraphs/tax/src/assessment/assessment.inputs';
import { assessEnterpriseRelief, SERVICE_INDUSTRIES } from '../../subgraphs/tax/src/assessment/assessment.rules';
import { TaxType } from '../../subgraphs/tax/src/relief/relief.enums';
import type { Industry } from '../../subgraphs/tax/src/taxpayer/taxpayer.enums';
import type { ScaleAssessment, ScaleBusiness, ScaleCertificate, ScaleJob } from './types';

/** Service trades are assessed as new service enterprises, retail as commercial; others get none. */
function kindOf(industry: string): EnterpriseReliefKind | null {
  if (SERVICE_INDUSTRIES.has(industry as Industry)) return EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE;
  return industry === 'RETAIL' ? EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL : null;
}

/**
 * Tax's 认定 of each hiring enterprise that the notice relieves of income tax: the
 * certificate holders on its open hires, assessed on the day the last of them started
 * (each certificate issued by then), staff as commerce registers it.
 */
export function buildAssessments(
  enterprises: readonly ScaleBusiness[],
  jobs: readonly ScaleJob[],
  certificates: readonly ScaleCertificate[],
): ScaleAssessment[] {
  const certificateOf = new Map(certificates.map((c) => [c.holder.id, c]));
  const hires = new Map<string, { certificate: ScaleCertificate; startedOn: string }[]>();
  for (const job of jobs) {
    const certificate = certificateOf.get(job.person.id);
    if (!job.employer || job.endedOn !== null || !certificate) continue;
    const list = hires.get(job.employer.creditCode) ?? [];
    list.push({ certificate, startedOn: job.startedOn > certificate.issuedOn ? job.startedOn : certificate.issuedOn });
    hires.set(job.employer.creditCode, list);
  }
  const assessments: ScaleAssessment[] = [];
  for (const enterprise of enterprises) {
    const kind = kindOf(enterprise.industry);
    const hired = hires.get(enterprise.creditCode) ?? [];
    if (!kind || !hired.length) continue;
    const staff = enterprise.employeeCount;
    if (hired.length > Math.min(staff, MAX_HIRED_PER_ASSESSMENT)) continue;
    if (!assessEnterpriseRelief(kind, staff, hired.length).taxTypes.includes(TaxType.ENTERPRISE_INCOME_TAX)) continue;
    const assessedOn = hired.reduce((last, h) => (h.startedOn > last ? h.startedOn : last), '2003-01-01');
    assessments.push({ id: assessments.length + 1, enterprise, kind, hired: hired.map((h) => h.certificate), assessedOn });
  }
  return assessments;
}
