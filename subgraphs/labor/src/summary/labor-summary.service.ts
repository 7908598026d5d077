import type { EntityManager } from 'typeorm';
import { addToMonthlySummary, MonthlyDeltas } from '../../../../shared/monthly-summary';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { Person } from '../person/person.entity';
import { LABOR_SUMMARY_COLUMNS, type LaborSummaryColumn } from './labor-monthly-summary.entity';
import { type CertificateTransition, certificateShare, personShare, type SummaryPerson, type SummaryRecord } from './labor-summary.rules';

/**
 * What a write just did to a person, so that the state before it can be told from the
 * state now: the registration itself, a record inserted (its id), or a record updated
 * (the record as it was).
 */
export type PersonChange = { registered: true } | { inserted: number } | { updated: SummaryRecord & { id: number } };

const apply = (tx: EntityManager, deltas: MonthlyDeltas<LaborSummaryColumn>) =>
  addToMonthlySummary(tx, 'labor_monthly_summary', LABOR_SUMMARY_COLUMNS, deltas);

/**
 * Brings labor_monthly_summary in step with a write to a person or their jobs, in the
 * write's transaction (call it after the write, with the person locked): adds the
 * person's share now less their share before the change.
 */
export async function summarizePerson(tx: EntityManager, personId: number, change: PersonChange): Promise<void> {
  const person = await tx.findOneOrFail(Person, { where: { id: personId }, select: { id: true, countyCode: true, registeredOn: true } });
  const records = await tx.find(EmploymentRecord, {
    where: { personId },
    select: { id: true, countyCode: true, kind: true, startedOn: true, endedOn: true, hardship: true },
  });
  const before =
    'registered' in change
      ? personShare(null, [])
      : 'inserted' in change
        ? personShare(
            person,
            records.filter((r) => r.id !== change.inserted),
          )
        : personShare(
            person,
            records.map((r) => (r.id === change.updated.id ? change.updated : r)),
          );
  await apply(tx, new MonthlyDeltas<LaborSummaryColumn>().merge(personShare(person, records)).merge(before, -1));
}

/** Takes a withdrawn registration (a person with no records, see withdrawPersonRegistration) out of the summary. */
export function summarizeWithdrawal(tx: EntityManager, person: SummaryPerson): Promise<void> {
  return apply(tx, new MonthlyDeltas<LaborSummaryColumn>().merge(personShare(person, []), -1));
}

/** Brings labor_monthly_summary in step with certificates issued or changed in `tx`. */
export function summarizeCertificates(tx: EntityManager, transitions: readonly CertificateTransition[]): Promise<void> {
  return apply(tx, certificateShare(transitions));
}
