import type { DataSource } from 'typeorm';
import { buildDemoWorld, COUNTIES, DEMO_YEAR } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { CertificateStatus, ReemploymentCertificate } from './certificate/certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate/certificate-change.entity';
import { UrbanLaborForce } from './labor-force/urban-labor-force.entity';
import { demoLaborForce } from './labor-force/labor-force.seed';
import { EmploymentKind, EmploymentRecord } from './employment/employment-record.entity';
import { backfillEmploymentChanges } from './employment/employment-feed';
import { backfillPersonChanges } from './person/person-feed';
import { rebuildLaborSummary } from './summary/labor-summary.rebuild';
import { computeHardship, type HardshipSubject, isHardship, type RosterSubject } from './person/hardship';
import { HouseholdMember } from './household/household-member.entity';
import { type DemoRosterMember, demoRoster, demoRosterHistory } from './household/household.seed';
import { HouseholdChange } from './household/household-change.entity';
import { Person } from './person/person.entity';
import { EmploymentStatus, type Gender, HouseholdRole, type PersonCategory } from './person/person.enums';
import { CITY_TARGETS_2003, splitTargets } from './targets/demo-targets';
import { EmploymentTarget } from './targets/employment-target.entity';
import { seedInspectionDemo } from './inspection/inspection.seed';
import { seedPlatformDemo } from './platform/platform.seed';
import { seedTrainingDemo } from './training/training.seed';

/** Each household's roster members, by household id. */
function rosterByHousehold(roster: readonly DemoRosterMember[]): Map<string, RosterSubject[]> {
  const byHousehold = new Map<string, RosterSubject[]>();
  for (const m of roster) byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
  return byHousehold;
}

/** Demo households are couples: the first member registered is the head, the second the spouse. */
function withHardship<T extends HardshipSubject>(
  persons: T[],
  roster: Map<string, RosterSubject[]>,
): (T & ReturnType<typeof computeHardship>)[] {
  const households = new Map<string, T[]>();
  for (const p of persons) if (p.householdId) households.set(p.householdId, [...(households.get(p.householdId) ?? []), p]);
  return persons.map((p) => ({
    ...p,
    ...computeHardship(
      p,
      p.householdId ? (households.get(p.householdId) ?? []) : [p],
      p.householdId ? (roster.get(p.householdId) ?? []) : [],
    ),
  }));
}

function coupleRoles(persons: readonly { id: number; householdId: string }[]): Map<number, HouseholdRole> {
  const headed = new Set<string>();
  const roles = new Map<number, HouseholdRole>();
  for (const p of persons) {
    roles.set(p.id, headed.has(p.householdId) ? HouseholdRole.SPOUSE : HouseholdRole.HEAD);
    headed.add(p.householdId);
  }
  return roles;
}

/**
 * Whether the person was a hardship case just before the job started (the record's
 * snapshot): the roster counts only if it had been recorded by then, as it would have live.
 */
function hardshipBeforeJob(persons: HardshipSubject[], roster: Map<string, RosterSubject[]>, personId: number, startedOn: string): boolean {
  const person = persons.find((p) => p.id === personId);
  if (!person) return false;
  const before = { ...person, employmentStatus: EmploymentStatus.UNEMPLOYED };
  const household = persons
    .filter((p) => p.householdId !== null && p.householdId === person.householdId)
    .map((p) => (p.id === personId ? before : p));
  const known = (person.householdId ? (roster.get(person.householdId) ?? []) : []).filter((m) => m.situationConfirmedOn <= startedOn);
  return isHardship(computeHardship(before, household, known));
}

/**
 * Loads labor's demo data into empty tables: the registry, the yearly targets, then the
 * other duties (training, community platforms, inspections) that refer to the registry.
 */
export async function seedLaborDemo(db: DataSource): Promise<boolean> {
  const registry = await seedRegistry(db);
  // The notice's 2003 targets split among the counties by the demo population weights.
  const targets = await seedIfEmpty(db, EmploymentTarget, (tx) =>
    insertChunked(tx, EmploymentTarget, splitTargets(DEMO_YEAR, CITY_TARGETS_2003, COUNTIES)).then(() => undefined),
  );
  // The demo year's labour force, the base of its registered unemployment rate.
  const laborForce = await seedIfEmpty(db, UrbanLaborForce, (tx) =>
    insertChunked(tx, UrbanLaborForce, demoLaborForce()).then(() => undefined),
  );
  const world = buildDemoWorld();
  const duties = [await seedTrainingDemo(db, world), await seedPlatformDemo(db, world), await seedInspectionDemo(db, world)];
  return registry || targets || laborForce || duties.some(Boolean);
}

/** Loads labor's part of the demo world into an empty database, in one transaction. */
function seedRegistry(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  return seedIfEmpty(db, Person, async (tx) => {
    const roles = coupleRoles(world.persons);
    const heads = world.persons.filter((p) => roles.get(p.id) === HouseholdRole.HEAD);
    const roster = demoRoster(
      heads.map((h) => ({
        id: h.householdId,
        countyCode: h.countyCode,
        headName: h.name,
        registered: world.persons.filter((p) => p.householdId === h.householdId).length,
      })),
    );
    await insertChunked(tx, HouseholdMember, roster);
    await insertChunked(tx, HouseholdChange, demoRosterHistory(await tx.find(HouseholdMember, { order: { id: 'ASC' } })));
    const rosters = rosterByHousehold(roster);
    const persons = withHardship(
      world.persons.map((p) => ({
        id: p.id,
        name: p.name,
        idNumber: p.idNumber,
        gender: p.gender as Gender,
        birthDate: p.birthDate,
        countyCode: p.countyCode,
        community: p.community,
        category: p.category as PersonCategory,
        registeredOn: p.registeredOn,
        householdId: p.householdId,
        householdRole: roles.get(p.id) ?? HouseholdRole.OTHER,
        // A business owner works in the business (their open SELF_EMPLOYMENT record below).
        employmentStatus: p.employed || p.business ? EmploymentStatus.EMPLOYED : EmploymentStatus.UNEMPLOYED,
      })),
      rosters,
    );
    await insertChunked(tx, Person, persons);
    const certificates = world.persons.flatMap((p) =>
      p.certificate
        ? [
            {
              number: p.certificate.number,
              holderId: p.id,
              countyCode: p.countyCode,
              category: p.category as PersonCategory,
              issuedOn: p.certificate.issuedOn,
              status: CertificateStatus.VALID,
              statusReason: null,
            },
          ]
        : [],
    );
    await insertChunked(tx, ReemploymentCertificate, certificates);
    // The feed starts with one change per demo certificate, as if each had been issued live.
    const birthDates = new Map(world.persons.map((p) => [p.id, p.birthDate]));
    const changes = certificates.map((c, i) => ({
      sequence: i + 1,
      number: c.number,
      holderId: c.holderId,
      holderBirthDate: birthDates.get(c.holderId) ?? '',
      countyCode: c.countyCode,
      category: c.category,
      status: c.status,
      issuedOn: c.issuedOn,
      reason: null,
      changedAt: new Date(`${c.issuedOn}T08:00:00Z`),
    }));
    await insertChunked(tx, CertificateChange, changes);
    await tx.update(CertificateFeedHead, { id: 1 }, { lastSequence: changes.length });
    const countyOf = new Map(world.persons.map((p) => [p.id, p.countyCode]));
    const jobFields = (personId: number, startedOn: string) => ({
      countyCode: countyOf.get(personId) ?? '',
      hardship: hardshipBeforeJob(persons, rosters, personId, startedOn),
      postId: null,
    });
    const records = [
      ...world.enterprises.flatMap((e) =>
        e.hires.map((h) => ({
          ...jobFields(h.personId, h.startedOn),
          personId: h.personId,
          kind: EmploymentKind.ENTERPRISE_HIRE,
          startedOn: h.startedOn,
          endedOn: null,
          employerCreditCode: e.creditCode,
          contractMonths: h.contractMonths,
        })),
      ),
      ...world.persons.flatMap((p) =>
        p.business
          ? [
              {
                ...jobFields(p.id, p.business.registeredOn),
                personId: p.id,
                kind: EmploymentKind.SELF_EMPLOYMENT,
                startedOn: p.business.registeredOn,
                endedOn: null,
                // The business commerce registers for the owner: the register feed finds it traced.
                employerCreditCode: p.business.creditCode,
                contractMonths: null,
              },
            ]
          : [],
      ),
    ];
    await insertChunked(tx, EmploymentRecord, records);
    // The employment feed carries the demo records too, as if each had been recorded live.
    await backfillEmploymentChanges(tx);
    await backfillPersonChanges(tx);
    // Inserted past the services, so the monthly summary is counted from the rows.
    await rebuildLaborSummary(tx);
  });
}
