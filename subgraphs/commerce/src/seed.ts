import type { DataSource } from 'typeorm';
import { buildDemoWorld } from '../../../demo/world';
import { makeRegistrationNumber } from '../../../shared/checksums';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { EmployeeCount } from './employees/employee-count.entity';
import { EnterpriseKind, type Industry } from './enterprise/enterprise.enums';
import { Enterprise } from './enterprise/enterprise.entity';
import { backfillRegisterChanges } from './register-feed/register-feed';
import { FeeExemption } from './fee-exemption/fee-exemption.entity';
import { rebuildCommerceSummary } from './summary/commerce-summary.rebuild';
import { isExcludedIndustry } from '../../../shared/policy';
import { exemptionUntil, waivedFees } from './fee-exemption/fee-exemption.rules';

/**
 * Loads commerce's part of the demo world: holders' individual businesses (with the fee
 * exemption their certificate gives, from the registration date), hiring enterprises, and
 * each entry's first employee count.
 */
export function seedCommerceDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  const businesses = world.persons.flatMap((p) =>
    p.business
      ? [
          {
            creditCode: p.business.creditCode,
            registrationNumber: null,
            name: p.business.name,
            kind: EnterpriseKind.INDIVIDUAL_BUSINESS,
            industry: p.business.industry as Industry,
            countyCode: p.countyCode,
            ownerId: p.id,
            registeredOn: p.business.registeredOn,
            employeeCount: 1 + (p.id % 3),
          },
        ]
      : [],
  );
  const exemptions = world.persons.flatMap((p) =>
    p.business && p.certificate && !isExcludedIndustry(p.business.industry)
      ? [
          {
            certificateNumber: p.certificate.number,
            enterpriseCreditCode: p.business.creditCode,
            countyCode: p.countyCode,
            holderId: p.id,
            validFrom: p.business.registeredOn,
            validUntil: exemptionUntil(p.business.registeredOn),
            ...waivedFees(),
          },
        ]
      : [],
  );
  // Enterprises registered before 2003 also carry the old 15-digit registration number.
  const enterprises = world.enterprises.map((e, i) => ({
    creditCode: e.creditCode,
    registrationNumber: makeRegistrationNumber(e.countyCode, 100_000 + i),
    name: e.name,
    kind: EnterpriseKind.PRIVATE_ENTERPRISE,
    industry: e.industry as Industry,
    countyCode: e.countyCode,
    ownerId: null,
    registeredOn: e.registeredOn,
    employeeCount: e.employeeCount,
  }));
  const entries = [...businesses, ...enterprises];
  const counts = entries.map((e) => ({ creditCode: e.creditCode, effectiveOn: e.registeredOn, employeeCount: e.employeeCount }));
  return seedIfEmpty(db, Enterprise, async (tx) => {
    await insertChunked(tx, Enterprise, entries);
    await insertChunked(tx, EmployeeCount, counts);
    await insertChunked(tx, FeeExemption, exemptions);
    // The register feed carries the demo entries too, as if each had been registered live.
    await backfillRegisterChanges(tx);
    // Inserted past the services, so the monthly summary is counted from the rows.
    await rebuildCommerceSummary(tx);
  });
}
