import type { DataSource } from 'typeorm';
import { buildDemoWorld } from '../../../demo/world';
import { makeRegistrationNumber } from '../../../shared/checksums';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { EnterpriseKind, type Industry } from './enterprise/enterprise.enums';
import { Enterprise } from './enterprise/enterprise.entity';

/** Loads commerce's part of the demo world: holders' individual businesses and hiring enterprises. */
export function seedCommerceDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  const businesses = world.persons.flatMap((p) =>
    p.business
      ? [{
          creditCode: p.business.creditCode,
          registrationNumber: null,
          name: p.business.name,
          kind: EnterpriseKind.INDIVIDUAL_BUSINESS,
          industry: p.business.industry as Industry,
          countyCode: p.countyCode,
          ownerId: p.id,
          registeredOn: p.business.registeredOn,
          employeeCount: 1 + (p.id % 3),
        }]
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
  return seedIfEmpty(db, Enterprise, (tx) => insertChunked(tx, Enterprise, [...businesses, ...enterprises]));
}
