import type { DataSource } from 'typeorm';
import { buildDemoWorld, type DemoEnterprise, type DemoPerson, type DemoWorld } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { backfillReliefChanges } from './relief-feed/relief-feed';
import { AssessmentSource, EnterpriseReliefKind } from './assessment/assessment.enums';
import { ENTERPRISE_HIRE, hireRefusal, isNewEnterprise } from './assessment/assessment-records.rules';
import { AssessmentCertificate, EnterpriseReliefAssessment } from './assessment/assessment.entity';
import { assessEnterpriseRelief } from './assessment/assessment.rules';
import { collectingOffice } from './relief/relief.rules';
import { TaxType } from './relief/relief.enums';
import { TaxRelief } from './relief/tax-relief.entity';
import { TaxRegistration } from './taxpayer/tax-registration.entity';
import { type Industry, TaxOffice, TaxpayerKind } from './taxpayer/taxpayer.enums';

/** Hiring enterprises were assessed, and relieved, from the start of August 2003 (their hires started in July). */
const ASSESSED_ON = '2003-08-01';

/** Every demo taxpayer registered with both offices on the day commerce registered it. */
function registrations(world: DemoWorld) {
  const individual = world.persons.flatMap((p) =>
    p.business
      ? [
          {
            creditCode: p.business.creditCode,
            kind: TaxpayerKind.INDIVIDUAL_BUSINESS,
            ownerId: p.id,
            industry: p.business.industry,
            registeredOn: p.business.registeredOn,
            countyCode: p.countyCode,
          },
        ]
      : [],
  );
  const enterprises = world.enterprises.map((e) => ({
    creditCode: e.creditCode,
    kind: TaxpayerKind.ENTERPRISE,
    ownerId: null,
    industry: e.industry,
    registeredOn: e.registeredOn,
    countyCode: e.countyCode,
  }));
  return [...individual, ...enterprises].flatMap((t) =>
    [TaxOffice.STATE, TaxOffice.LOCAL].map((office) => ({ ...t, industry: t.industry as Industry, office })),
  );
}

/**
 * The certificate holders an enterprise's assessment counts, by the rules the service applies
 * to tax's replicas (assessment-records.rules): labor's demo hires, each of a holder whose
 * certificate labor issued VALID. Hires without a certificate do not count.
 */
function hiredHolders(world: DemoWorld, enterprise: DemoEnterprise): string[] {
  const certificates = new Map(world.persons.map((p) => [p.id, p.certificate]));
  return enterprise.hires.flatMap((h) => {
    const certificate = certificates.get(h.personId);
    if (!certificate) return [];
    const hire = { kind: ENTERPRISE_HIRE, startedOn: h.startedOn, endedOn: null, contractMonths: h.contractMonths };
    return hireRefusal(hire, { status: 'VALID', issuedOn: certificate.issuedOn }, ASSESSED_ON) === null ? [certificate.number] : [];
  });
}

/**
 * Retail employers are commercial enterprises, manufacturers main/auxiliary separation
 * entities (a manufacturer is no service trade), the others service enterprises.
 */
function kindOf(industry: string): EnterpriseReliefKind {
  if (industry === 'RETAIL') return EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL;
  if (industry === 'MANUFACTURING') return EnterpriseReliefKind.MAIN_AUXILIARY_SEPARATION;
  return EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE;
}

function seedRegistrations(db: DataSource, world: DemoWorld): Promise<boolean> {
  return seedIfEmpty(db, TaxRegistration, async (tx) => {
    await insertChunked(tx, TaxRegistration, registrations(world));
    // Assessed from the records, as assessEnterpriseRelief would: new enterprises with a qualifying hire.
    for (const e of world.enterprises) {
      const holders = hiredHolders(world, e).sort();
      if (!holders.length || !isNewEnterprise(e.registeredOn)) continue;
      const { identifiers } = await tx.insert(EnterpriseReliefAssessment, {
        enterpriseCreditCode: e.creditCode,
        kind: kindOf(e.industry),
        staffCount: e.employeeCount,
        hiredCount: holders.length,
        source: AssessmentSource.RECORDS,
        overrideReason: null,
        recordedStaffCount: e.employeeCount,
        recordedHiredCount: holders.length,
        effectiveFrom: ASSESSED_ON,
        assessedOn: ASSESSED_ON,
        countyCode: e.countyCode,
      });
      const assessmentId = Number(identifiers[0].id);
      await tx.insert(
        AssessmentCertificate,
        holders.map((certificateNumber) => ({ assessmentId, certificateNumber })),
      );
    }
  });
}

/** Business-tax relief of a holder's individual business, from its registration. */
function individualRelief(p: DemoPerson) {
  if (!p.taxRelief || !p.certificate || !p.business) return [];
  return [
    {
      certificateNumber: p.certificate.number,
      personId: p.id,
      enterpriseCreditCode: null,
      taxpayerCreditCode: p.business.creditCode,
      countyCode: p.countyCode,
      office: TaxOffice.LOCAL,
      assessmentId: null,
      taxType: TaxType.BUSINESS_TAX,
      amount: p.taxRelief.amountFen,
      periodStart: p.taxRelief.periodStart,
      periodEnd: p.taxRelief.periodEnd,
      grantedOn: p.taxRelief.periodStart,
    },
  ];
}

/** Income-tax relief of an employer, resting on its first hire, where its assessment allows it. */
function enterpriseRelief(world: DemoWorld, e: DemoEnterprise, assessment: EnterpriseReliefAssessment | undefined) {
  const holder = hiredHolders(world, e)[0];
  const taxType = TaxType.ENTERPRISE_INCOME_TAX;
  if (!assessment || !holder || e.reliefFen <= 0n) return [];
  if (!assessEnterpriseRelief(assessment.kind, assessment.staffCount, assessment.hiredCount).taxTypes.includes(taxType)) return [];
  return [
    {
      certificateNumber: holder,
      personId: null,
      enterpriseCreditCode: e.creditCode,
      taxpayerCreditCode: e.creditCode,
      countyCode: e.countyCode,
      office: collectingOffice(taxType, e.registeredOn),
      assessmentId: assessment.id,
      taxType,
      amount: e.reliefFen,
      periodStart: ASSESSED_ON,
      periodEnd: '2005-12-31',
      grantedOn: ASSESSED_ON,
    },
  ];
}

/**
 * The demo's retail and manufacturing employers hired under 30 %, which relieves them of
 * nothing: only the service employers get the income-tax relief the world lists.
 */
function seedReliefs(db: DataSource, world: DemoWorld): Promise<boolean> {
  return seedIfEmpty(db, TaxRelief, async (tx) => {
    const assessments = new Map((await tx.find(EnterpriseReliefAssessment)).map((a) => [a.enterpriseCreditCode, a]));
    await insertChunked(tx, TaxRelief, [
      ...world.persons.flatMap(individualRelief),
      ...world.enterprises.flatMap((e) => enterpriseRelief(world, e, assessments.get(e.creditCode))),
    ]);
    // The relief feed carries the demo reliefs too, as the migration's backfill does for older ones.
    await backfillReliefChanges(tx);
  });
}

/** Loads tax's part of the demo world; each part only while its table is empty. */
export async function seedTaxDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  const registered = await seedRegistrations(db, world);
  const relieved = await seedReliefs(db, world);
  return registered || relieved;
}
