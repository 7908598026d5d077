import type { DataSource } from 'typeorm';
import { buildDemoWorld, type DemoEnterprise, type DemoPerson, type DemoWorld } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { backfillReliefChanges } from './relief-feed/relief-feed';
import { EnterpriseReliefKind } from './assessment/assessment.enums';
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

/** The certificate holders an enterprise hired (hires without a certificate do not count). */
function hiredHolders(world: DemoWorld, enterprise: DemoEnterprise): string[] {
  const certificates = new Map(world.persons.map((p) => [p.id, p.certificate?.number]));
  return enterprise.hires.flatMap((h) => certificates.get(h.personId) ?? []);
}

/** Retail employers are commercial enterprises, the others service enterprises (the demo has no manufacturer). */
function kindOf(industry: string): EnterpriseReliefKind {
  return industry === 'RETAIL' ? EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL : EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE;
}

function seedRegistrations(db: DataSource, world: DemoWorld): Promise<boolean> {
  return seedIfEmpty(db, TaxRegistration, async (tx) => {
    await insertChunked(tx, TaxRegistration, registrations(world));
    for (const e of world.enterprises) {
      const holders = hiredHolders(world, e);
      if (!holders.length) continue;
      const { identifiers } = await tx.insert(EnterpriseReliefAssessment, {
        enterpriseCreditCode: e.creditCode,
        kind: kindOf(e.industry),
        staffCount: e.employeeCount,
        hiredCount: holders.length,
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
 * The demo's retail employers hired under 30 %, which relieves a commercial enterprise of
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
