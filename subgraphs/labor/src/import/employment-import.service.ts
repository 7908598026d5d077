import { type EntityManager, In } from 'typeorm';
import { canAccessCounty, maskIdNumber, type Viewer } from '../../../../shared/auth/viewer';
import {
  type Checked,
  created,
  failed,
  type ItemOutcome,
  refusal,
  unchanged,
  validated,
  writeItem,
} from '../../../../shared/bulk-import/batch';
import { notFound } from '../../../../shared/errors';
import { EmploymentRecord } from '../employment/employment-record.entity';
import { type ValidEmployment, validateEmployment } from '../employment/employment.inputs';
import { recordEmployment } from '../employment/employment.service';
import { Person } from '../person/person.entity';
import { EMPLOYMENT_ITEM_FIELDS, type EmploymentItem } from './import.inputs';

/** One job as the agencies identify it: the same person, employer, first day and kind. */
function jobKey(job: Pick<EmploymentRecord, 'personId' | 'employerCreditCode' | 'startedOn' | 'kind'>): string {
  return [job.personId, job.employerCreditCode ?? '', job.startedOn, job.kind].join('|');
}

/** The batch's persons (one query), keyed by ID number. */
async function personsOf(tx: EntityManager, items: readonly Checked<EmploymentItem>[]): Promise<Map<string, Person>> {
  const numbers = [...new Set(items.flatMap((item) => (item.ok ? [item.value.idNumber] : [])))];
  if (numbers.length === 0) return new Map();
  const persons = await tx.find(Person, { where: { idNumber: In(numbers) }, select: { id: true, idNumber: true, countyCode: true } });
  return new Map(persons.map((p) => [p.idNumber, p]));
}

/** The batch's persons' jobs on file (one query), by jobKey. */
async function jobsOf(tx: EntityManager, persons: Map<string, Person>): Promise<Map<string, EmploymentRecord>> {
  const ids = [...persons.values()].map((p) => p.id);
  if (ids.length === 0) return new Map();
  const records = await tx.findBy(EmploymentRecord, { personId: In(ids) });
  return new Map(records.map((r) => [jobKey(r), r]));
}

/** The item's person, visible to the viewer, then recordEmployment's own validation with the person's id. */
function check(index: number, item: EmploymentItem, person: Person | undefined, viewer: Viewer, today: string): Checked<ValidEmployment> {
  // Another county's person is answered as one that does not exist, as recordEmployment does.
  if (!person || !canAccessCounty(viewer, person.countyCode)) {
    return { ok: false, outcome: failed(refusal(index, 'idNumber', 'NOT_FOUND', notFound('Person', maskIdNumber(item.idNumber)).message)) };
  }
  const { kind, startedOn, employerCreditCode, contractMonths } = item.item;
  return validated(index, EMPLOYMENT_ITEM_FIELDS, () =>
    validateEmployment({ personId: String(person.id), kind, startedOn, employerCreditCode, contractMonths }, today),
  );
}

/**
 * Records the batch's jobs in order, each with recordEmployment (the person becomes
 * EMPLOYED, household flags, feed event) in its own savepoint. A job already on file
 * with the same contract term is UNCHANGED; with another term, FAILED naming it.
 */
export async function importEmploymentRecords(
  tx: EntityManager,
  viewer: Viewer,
  items: readonly Checked<EmploymentItem>[],
  today: string,
): Promise<ItemOutcome[]> {
  const persons = await personsOf(tx, items);
  const onFile = await jobsOf(tx, persons);
  const firstAt = new Map<string, number>();
  const outcomes: ItemOutcome[] = [];
  for (const [index, item] of items.entries()) {
    const checked = item.ok ? check(index, item.value, persons.get(item.value.idNumber), viewer, today) : item;
    if (!checked.ok) {
      outcomes.push(checked.outcome);
      continue;
    }
    const valid = checked.value;
    const key = jobKey(valid);
    const earlier = firstAt.get(key);
    if (earlier !== undefined) {
      outcomes.push(
        failed(refusal(index, 'idNumber', 'BAD_USER_INPUT', `repeats input.items[${earlier}]: same person, employer, start date and kind`)),
      );
      continue;
    }
    firstAt.set(key, index);
    const record = onFile.get(key);
    if (record) {
      outcomes.push(
        record.contractMonths === valid.contractMonths
          ? unchanged(record.id)
          : failed(
              refusal(
                index,
                'contractMonths',
                'CONFLICT',
                `employment record ${record.id} of this job is on file with contractMonths ${record.contractMonths ?? 'not set'}`,
              ),
            ),
      );
      continue;
    }
    outcomes.push(
      await writeItem(tx, index, EMPLOYMENT_ITEM_FIELDS, async (savepoint) =>
        created((await recordEmployment(savepoint, viewer, valid, today)).id),
      ),
    );
  }
  return outcomes;
}
