import type { DataSource } from 'typeorm';
import { buildDemoWorld } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { TaxType } from './relief/tax-type.enum';
import { TaxRelief } from './relief/tax-relief.entity';

/** Loads tax's part of the demo world: business-tax relief of individual businesses, income-tax relief of hiring enterprises. */
export function seedTaxDemo(db: DataSource): Promise<boolean> {
  const world = buildDemoWorld();
  const holders = new Map(world.persons.map((p) => [p.id, p]));
  const individual = world.persons.flatMap((p) =>
    p.taxRelief && p.certificate
      ? [{
          certificateNumber: p.certificate.number,
          personId: p.id,
          enterpriseCreditCode: null,
          countyCode: p.countyCode,
          taxType: TaxType.BUSINESS_TAX,
          amount: p.taxRelief.amountFen,
          periodStart: p.taxRelief.periodStart,
          periodEnd: p.taxRelief.periodEnd,
          grantedOn: p.taxRelief.periodStart,
        }]
      : [],
  );
  // An enterprise's relief rests on the certificate of one of its hires.
  const enterprise = world.enterprises.flatMap((e) => {
    const holder = e.hires.map((h) => holders.get(h.personId)).find((p) => p?.certificate);
    return holder?.certificate && e.reliefFen > 0n
      ? [{
          certificateNumber: holder.certificate.number,
          personId: null,
          enterpriseCreditCode: e.creditCode,
          countyCode: e.countyCode,
          taxType: TaxType.ENTERPRISE_INCOME_TAX,
          amount: e.reliefFen,
          periodStart: '2003-08-01',
          periodEnd: '2005-12-31',
          grantedOn: '2003-08-01',
        }]
      : [];
  });
  return seedIfEmpty(db, TaxRelief, (tx) => insertChunked(tx, TaxRelief, [...individual, ...enterprise]));
}
