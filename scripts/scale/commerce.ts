import type { EntityManager } from 'typeorm';
import { backfillRegisterChanges } from '../../subgraphs/commerce/src/register-feed/register-feed';
import { rebuildCommerceSummary } from '../../subgraphs/commerce/src/summary/commerce-summary.rebuild';
import { makeRegistrationNumber } from '../../shared/checksums';
import { isExcludedIndustry } from '../../shared/policy';
import { EmployeeCount } from '../../subgraphs/commerce/src/employees/employee-count.entity';
import { Enterprise } from '../../subgraphs/commerce/src/enterprise/enterprise.entity';
import { EnterpriseKind, type Industry } from '../../subgraphs/commerce/src/enterprise/enterprise.enums';
import { FeeExemption } from '../../subgraphs/commerce/src/fee-exemption/fee-exemption.entity';
import { exemptionUntil, waivedFees } from '../../subgraphs/commerce/src/fee-exemption/fee-exemption.rules';
import type { DepartmentPlan, TablePlan } from './load';
import { replicaTables } from './replica';
import type { ScaleWorld } from './types';

/**
 * Commerce: the register (individual businesses of holders and the private enterprises
 * that hire; those registered before 2003 also carry the old 15-digit number), each
 * entry's first employee count, the fee exemption of every holder's business outside the
 * excluded trades (from its registration, which is on or after the certificate's issue),
 * and the replica.
 */
export function commercePlan(world: ScaleWorld): DepartmentPlan {
  const entries = world.businesses.map((b, i) => ({
    creditCode: b.creditCode,
    registrationNumber: b.registeredOn < '2003-01-01' ? makeRegistrationNumber(b.countyCode, 100_000 + i) : null,
    name: b.name,
    kind: EnterpriseKind[b.kind],
    industry: b.industry as Industry,
    countyCode: b.countyCode,
    ownerId: b.owner?.id ?? null,
    registeredOn: b.registeredOn,
    employeeCount: b.employeeCount,
  }));
  const tables: TablePlan[] = [{ entity: Enterprise, rows: entries }];
  const employees = world.businesses.map((b) => ({
    creditCode: b.creditCode,
    effectiveOn: b.registeredOn,
    employeeCount: b.employeeCount,
  }));
  tables.push({ entity: EmployeeCount, rows: employees });
  const exemptions = world.businesses.flatMap((b) =>
    b.certificate && b.owner && !isExcludedIndustry(b.industry)
      ? [
          {
            certificateNumber: b.certificate.number,
            enterpriseCreditCode: b.creditCode,
            countyCode: b.countyCode,
            holderId: b.owner.id,
            validFrom: b.registeredOn,
            validUntil: exemptionUntil(b.registeredOn),
            ...waivedFees(),
          },
        ]
      : [],
  );
  tables.push({ entity: FeeExemption, rows: exemptions });
  tables.push(...replicaTables(world, false));
  // The register feed carries every entry (labor's replica from zero sees the whole register).
  return {
    tables,
    finish: async (tx: EntityManager) => {
      await backfillRegisterChanges(tx);
      // Bulk inserted past the services: the monthly summary is recounted from the rows.
      await rebuildCommerceSummary(tx);
    },
  };
}
