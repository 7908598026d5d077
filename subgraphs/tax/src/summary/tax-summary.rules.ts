import { countOncePer, MonthlyDeltas } from '../../../../shared/monthly-summary';
import type { TaxSummaryColumn } from './tax-monthly-summary.entity';

export type TaxDeltas = MonthlyDeltas<TaxSummaryColumn>;

/** What of a relief the summary counts. */
export interface SummaryRelief {
  id?: number;
  countyCode: string;
  personId: number | null;
  enterpriseCreditCode: string | null;
  grantedOn: string;
  amount: number;
}

/**
 * The share of a set of reliefs: their amounts, and each person and each enterprise
 * relieved once per county and month, quarter, year. Given one holder's reliefs of a
 * year, a grant adds the share after it less the share before.
 */
export function reliefShare(reliefs: readonly SummaryRelief[], amounts = true): TaxDeltas {
  const deltas: TaxDeltas = new MonthlyDeltas();
  const persons = new Map<number, { countyCode: string; day: string }[]>();
  const enterprises = new Map<string, { countyCode: string; day: string }[]>();
  for (const r of reliefs) {
    if (amounts) deltas.add(r.countyCode, r.grantedOn, 'amount', r.amount);
    const event = { countyCode: r.countyCode, day: r.grantedOn };
    if (r.personId !== null) persons.set(r.personId, [...(persons.get(r.personId) ?? []), event]);
    if (r.enterpriseCreditCode !== null)
      enterprises.set(r.enterpriseCreditCode, [...(enterprises.get(r.enterpriseCreditCode) ?? []), event]);
  }
  for (const events of persons.values()) countOncePer(deltas, events, ['personsMonth', 'personsQuarter', 'personsYear']);
  for (const events of enterprises.values()) countOncePer(deltas, events, ['enterprisesMonth', 'enterprisesQuarter', 'enterprisesYear']);
  return deltas;
}
