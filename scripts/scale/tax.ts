import { lastDayWithinYears, POLICY_END } from '../../shared/policy';
import { TaxType } from '../../subgraphs/tax/src/relief/tax-type.enum';
import { TaxRelief } from '../../subgraphs/tax/src/relief/tax-relief.entity';
import { TaxRegistration } from '../../subgraphs/tax/src/taxpayer/tax-registration.entity';
import { type Industry, TaxOffice, TaxpayerKind } from '../../subgraphs/tax/src/taxpayer/taxpayer.enums';
import type { DepartmentPlan, TablePlan } from './load';
import { replicaTables } from './replica';
import type { ScaleWorld } from './world';

const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Tax: every business registered with both offices on the day commerce registered it, the
 * holders' individual-business reliefs (地税 collects business tax and individual income
 * tax) from the registration for the policy's remaining window, and the replica.
 * Enterprise reliefs (which need assessments of hires) are not generated.
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
  const reliefs = world.reliefs.map((r) => ({
    id: r.id,
    certificateNumber: r.business.certificate?.number ?? '',
    personId: r.business.owner?.id ?? null,
    enterpriseCreditCode: null,
    taxpayerCreditCode: r.business.creditCode,
    countyCode: r.business.countyCode,
    office: TaxOffice.LOCAL,
    assessmentId: null,
    taxType: TaxType[r.taxType],
    amount: r.amountFen,
    periodStart: r.business.registeredOn,
    periodEnd: earlier(POLICY_END, lastDayWithinYears(r.business.registeredOn)),
    grantedOn: r.grantedOn,
  }));
  tables.push({ entity: TaxRelief, rows: reliefs });
  tables.push(...replicaTables(world, false));
  return { tables };
}
