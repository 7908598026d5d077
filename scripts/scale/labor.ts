import { backfillEmploymentChanges } from '../../subgraphs/labor/src/employment/employment-feed';
import { backfillPersonChanges } from '../../subgraphs/labor/src/person/person-feed';
import { rebuildLaborSummary } from '../../subgraphs/labor/src/summary/labor-summary.rebuild';
import type { EntityManager } from 'typeorm';
import { COUNTIES } from '../../demo/world';
import { CertificateStatus, ReemploymentCertificate } from '../../subgraphs/labor/src/certificate/certificate.entity';
import { CertificateChange, CertificateFeedHead } from '../../subgraphs/labor/src/certificate/certificate-change.entity';
import { UrbanLaborForce } from '../../subgraphs/labor/src/labor-force/urban-labor-force.entity';
import { demoLaborForce } from '../../subgraphs/labor/src/labor-force/labor-force.seed';
import { EmploymentKind, EmploymentRecord } from '../../subgraphs/labor/src/employment/employment-record.entity';
import { computeHardship, type HardshipSubject, isHardship } from '../../subgraphs/labor/src/person/hardship';
import { Person } from '../../subgraphs/labor/src/person/person.entity';
import { EmploymentStatus, type Gender, type HouseholdRole, type PersonCategory } from '../../subgraphs/labor/src/person/person.enums';
import { CITY_TARGETS_2003, splitTargets } from '../../subgraphs/labor/src/targets/demo-targets';
import { EmploymentTarget } from '../../subgraphs/labor/src/targets/employment-target.entity';
import type { DepartmentPlan, TablePlan } from './load';
import type { ScaleWorld } from './types';

/** When a change entered the feed: the morning of its day (the bureau's first batch). */
export const changedAtOf = (day: string): Date => new Date(`${day}T08:00:00Z`);

/** Person rows with the hardship flags labor stores, from each household's final state. */
function personRows(world: ScaleWorld) {
  const employed = new Set(world.jobs.filter((j) => j.endedOn === null).map((j) => j.person.id));
  const subjects: HardshipSubject[] = world.persons.map((p) => ({
    id: p.id,
    gender: p.gender as Gender,
    birthDate: p.birthDate,
    registeredOn: p.registeredOn,
    category: p.category as PersonCategory,
    employmentStatus: employed.has(p.id) ? EmploymentStatus.EMPLOYED : EmploymentStatus.UNEMPLOYED,
    householdId: p.householdId,
    householdRole: p.householdRole as HouseholdRole | null,
  }));
  const households = new Map<string, HardshipSubject[]>();
  for (const s of subjects) if (s.householdId) households.set(s.householdId, [...(households.get(s.householdId) ?? []), s]);
  const membersOf = (s: HardshipSubject) => (s.householdId ? (households.get(s.householdId) ?? [s]) : [s]);
  // The record's snapshot: was the person a hardship case just before the job started?
  const before = (id: number) => {
    const s = subjects[id - 1];
    const jobless = { ...s, employmentStatus: EmploymentStatus.UNEMPLOYED };
    return isHardship(
      computeHardship(
        jobless,
        membersOf(s).map((m) => (m.id === id ? jobless : m)),
      ),
    );
  };
  const rows = world.persons.map((p, i) => ({
    ...subjects[i],
    name: p.name,
    idNumber: p.idNumber,
    countyCode: p.countyCode,
    community: p.community,
    ...computeHardship(subjects[i], membersOf(subjects[i])),
  }));
  return { rows, hardshipBefore: before };
}

/**
 * Labor's register: persons, certificates with one feed change each (the outbox the
 * issue path writes; the head moved to the last), employment records, the 2003 targets
 * and the counties' labour force. No audit rows: a bulk load is not a user's write.
 */
export function laborPlan(world: ScaleWorld): DepartmentPlan {
  const { rows, hardshipBefore } = personRows(world);
  const tables: TablePlan[] = [{ entity: Person, rows }];
  const certificates = world.certificates.map((c) => ({
    number: c.number,
    holderId: c.holder.id,
    countyCode: c.holder.countyCode,
    category: c.holder.category as PersonCategory,
    issuedOn: c.issuedOn,
    status: CertificateStatus.VALID,
    statusReason: null,
    reviewedYear: null,
  }));
  tables.push({ entity: ReemploymentCertificate, rows: certificates });
  const changes = world.certificates.map((c) => ({
    sequence: c.sequence,
    number: c.number,
    holderId: c.holder.id,
    holderBirthDate: c.holder.birthDate,
    countyCode: c.holder.countyCode,
    category: c.holder.category as PersonCategory,
    status: CertificateStatus.VALID,
    issuedOn: c.issuedOn,
    reason: null,
    changedAt: changedAtOf(c.issuedOn),
  }));
  tables.push({ entity: CertificateChange, rows: changes });
  const jobs = world.jobs.map((j) => ({
    id: j.id,
    personId: j.person.id,
    countyCode: j.person.countyCode,
    kind: EmploymentKind[j.kind],
    startedOn: j.startedOn,
    endedOn: j.endedOn,
    employerCreditCode: j.employer?.creditCode ?? null,
    contractMonths: j.contractMonths,
    hardship: hardshipBefore(j.person.id),
    postId: null,
  }));
  tables.push({ entity: EmploymentRecord, rows: jobs });
  tables.push({ entity: EmploymentTarget, rows: splitTargets(2003, CITY_TARGETS_2003, COUNTIES) });
  tables.push({ entity: UrbanLaborForce, rows: demoLaborForce() });
  return {
    tables,
    finish: async (tx: EntityManager) => {
      await tx.update(CertificateFeedHead, { id: 1 }, { lastSequence: changes.length });
      // The employment feed carries every record, as the migration's backfill does for a
      // database filled before the feed: finance's replica from zero sees the whole register.
      await backfillEmploymentChanges(tx);
      await backfillPersonChanges(tx);
      // The rows went in by bulk insert, past the services: the monthly summary is recounted.
      await rebuildLaborSummary(tx);
    },
  };
}
