import type { EntityManager } from 'typeorm';
import { lastDayWithinYears, POLICY_END } from '../../shared/policy';
import { AssessmentCertificate, EnterpriseReliefAssessment } from '../../subgraphs/tax/src/assessment/assessment.entity';
import { AssessmentSource } from '../../subgraphs/tax/src/assessment/assessment.enums';
import { collectingOffice } from '../../subgraphs/tax/src/relief/relief.rules';
import { TaxType } from '../../subgraphs/tax/src/relief/relief.enums';
import { TaxRelief } from '../../subgraphs/tax/src/relief/tax-relief.entity';
import { backfillReliefChanges } from '../../subgraphs/tax/src/relief-feed/relief-feed';
import { TaxRegistration } from '../../subgraphs/tax/src/taxpayer/tax-registration.entity';
import { type Industry, TaxOffice, TaxpayerKind } from '../../subgraphs/tax/src/taxpayer/taxpayer.enums';
import type { DepartmentPlan, TablePlan } from './load';
import { employmentReplicaTables, registerReplicaTables, replicaTables } from './replica';
import type { ScaleWorld } from './types';

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Tax: every business registered with both offices on the day commerce registered it, the
 * assessments (认定) of hiring employers with the certificates they count, the reliefs
 * (employers' income tax from the assessment, holders' individual businesses from the tax
 * registration, each for the three years within the policy's window), and the replicas of
 * labor's certificates and employment records and of commerce's register.
 */
export function taxPlan(world: ScaleWorld): DepartmentPlan {
  const registrations = world.businesses.flatMap((b) =>
    [TaxOffice.STATE, TaxOffice.LOCAL].map((office) => ({
      creditCode: b.creditCode,
      office,
      kind: b.kind === 'INDIVIDUAL_BUSINESS' ? TaxpayerKind.INDIVIDUAL_BUSINESS : TaxpayerKind.ENTERPRISE,
      ownerId: b.owner?.id ?? null,
      industry: b.industry as Industry,
      registeredOn: b.registeredOn,
      countyCode: b.countyCode,
    })),
  );
  const tables: TablePlan[] = [{ entity: TaxRegistration, rows: registrations }];
  // Counted from the records as the assessment path does: the register's staff, the hires
  // the records rule accepts; the recorded figures are the figures (no override).
  const assessments = world.assessments.map((a) => ({
    id: a.id,
    enterpriseCreditCode: a.enterprise.creditCode,
    kind: a.kind,
    staffCount: a.enterprise.employeeCount,
    hiredCount: a.hired.length,
    source: AssessmentSource.RECORDS,
    overrideReason: null,
    recordedStaffCount: a.enterprise.employeeCount,
    recordedHiredCount: a.hired.length,
    effectiveFrom: a.effectiveFrom,
    assessedOn: a.effectiveFrom,
    countyCode: a.enterprise.countyCode,
  }));
  tables.push({ entity: EnterpriseReliefAssessment, rows: assessments });
  const counted = world.assessments.flatMap((a) => a.hired.map((c) => ({ assessmentId: a.id, certificateNumber: c.number })));
  tables.push({ entity: AssessmentCertificate, rows: counted });
  const reliefs = world.reliefs.map((r) => {
    const taxType = TaxType[r.taxType];
    const employer = r.assessment !== null;
    return {
      id: r.id,
      certificateNumber: r.certificate.number,
      personId: employer ? null : r.certificate.holder.id,
      enterpriseCreditCode: employer ? r.business.creditCode : null,
      taxpayerCreditCode: r.business.creditCode,
      countyCode: r.business.countyCode,
      // 地税 collects business and individual income tax; enterprise income tax by registration date.
      office: employer ? collectingOffice(taxType, r.business.registeredOn) : TaxOffice.LOCAL,
      assessmentId: r.assessment?.id ?? null,
      taxType,
      amount: r.amountFen,
      periodStart: r.periodStart,
      periodEnd: earlier(POLICY_END, lastDayWithinYears(r.periodStart)),
      grantedOn: r.grantedOn,
    };
  });
  tables.push({ entity: TaxRelief, rows: reliefs });
  // The replicas the assessments were counted from, caught up with their feeds.
  tables.push(...replicaTables(world, false), ...registerReplicaTables(world), ...employmentReplicaTables(world));
  // The relief feed carries every relief, as the migration's backfill does for a database filled before it.
  return { tables, finish: async (tx: EntityManager) => void (await backfillReliefChanges(tx)) };
}
