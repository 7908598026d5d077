import type { DataSource } from 'typeorm';
import { buildDemoWorld } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { CertificateStatus, ReemploymentCertificate } from './certificate/certificate.entity';
import { CertificateChange, CertificateFeedHead } from './certificate/certificate-change.entity';
import { County } from './county/county.entity';
import { EmploymentKind, EmploymentRecord } from './employment/employment-record.entity';
import { Person } from './person/person.entity';
import { EmploymentStatus, type Gender, type PersonCategory } from './person/person.enums';

/** Loads labor's part of the demo world into an empty database, in one transaction. */
export function seedLaborDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  return seedIfEmpty(db, Person, async (tx) => {
    for (const { code, urbanLaborForce } of world.counties) await tx.update(County, { code }, { urbanLaborForce });
    const persons = world.persons.map((p) => ({
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
      employmentStatus: p.employed ? EmploymentStatus.EMPLOYED : EmploymentStatus.UNEMPLOYED,
    }));
    await insertChunked(tx, Person, persons);
    const certificates = world.persons.flatMap((p) =>
      p.certificate
        ? [{ number: p.certificate.number, holderId: p.id, countyCode: p.countyCode, category: p.category as PersonCategory, issuedOn: p.certificate.issuedOn, status: CertificateStatus.VALID, statusReason: null }]
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
    const records = [
      ...world.enterprises.flatMap((e) =>
        e.hires.map((h) => ({ personId: h.personId, kind: EmploymentKind.ENTERPRISE_HIRE, startedOn: h.startedOn, endedOn: null, employerCreditCode: e.creditCode, contractMonths: 36 })),
      ),
      ...world.persons.flatMap((p) =>
        p.business ? [{ personId: p.id, kind: EmploymentKind.SELF_EMPLOYMENT, startedOn: p.business.registeredOn, endedOn: null, employerCreditCode: null, contractMonths: null }] : [],
      ),
    ];
    await insertChunked(tx, EmploymentRecord, records);
  });
}
