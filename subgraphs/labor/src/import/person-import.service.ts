import { type EntityManager, In } from 'typeorm';
import { canAccessCounty, type Viewer } from '../../../../shared/auth/viewer';
import { type Checked, created, failed, type ItemOutcome, refusal, unchanged, writeItem } from '../../../../shared/bulk-import/batch';
import { isUniqueViolation } from '../../../../shared/database';
import { Person } from '../person/person.entity';
import type { ValidRegistration } from '../person/person.inputs';
import { duplicatePerson, registerPerson } from '../person/person.service';
import { PERSON_ITEM_FIELDS } from './import.inputs';

/** The registration's own fields, compared with the person on file; the rest derives from the ID number. */
const COMPARED = ['name', 'countyCode', 'category', 'registeredOn', 'householdId', 'householdRole', 'community'] as const;

/**
 * A person already on file: UNCHANGED when the item says what the file says, otherwise
 * FAILED with one CONFLICT per field that differs (never overwritten). Another county's
 * person is answered as registerPerson answers it, without telling what is on file.
 */
function againstFile(index: number, onFile: Person, valid: ValidRegistration, viewer: Viewer): ItemOutcome {
  if (!canAccessCounty(viewer, onFile.countyCode)) {
    return failed(refusal(index, 'idNumber', 'CONFLICT', duplicatePerson().message));
  }
  const differing = COMPARED.filter((field) => (valid[field] ?? null) !== (onFile[field] ?? null));
  if (differing.length === 0) return unchanged(onFile.id);
  return failed(
    ...differing.map((field) =>
      refusal(index, field, 'CONFLICT', `person ${onFile.id} with this ID number is on file with ${field} ${onFile[field] ?? 'not set'}`),
    ),
  );
}

/**
 * Registers the valid persons of a batch in order, each with registerPerson (household
 * rules, hardship flags and feed events as for one registration) inside its own
 * savepoint, so a refused item leaves nothing and the others stand. The persons already
 * on file are found with one query for the whole batch.
 */
export async function importPersons(
  tx: EntityManager,
  viewer: Viewer,
  items: readonly Checked<ValidRegistration>[],
  today: string,
): Promise<ItemOutcome[]> {
  const numbers = [...new Set(items.flatMap((item) => (item.ok ? [item.value.idNumber] : [])))];
  const onFile = new Map((numbers.length ? await tx.findBy(Person, { idNumber: In(numbers) }) : []).map((p) => [p.idNumber, p]));
  const firstAt = new Map<string, number>();
  const outcomes: ItemOutcome[] = [];
  for (const [index, item] of items.entries()) {
    if (!item.ok) {
      outcomes.push(item.outcome);
      continue;
    }
    const valid = item.value;
    const earlier = firstAt.get(valid.idNumber);
    if (earlier !== undefined) {
      outcomes.push(failed(refusal(index, 'idNumber', 'BAD_USER_INPUT', `repeats the ID number of input.items[${earlier}]`)));
      continue;
    }
    firstAt.set(valid.idNumber, index);
    const person = onFile.get(valid.idNumber);
    if (person) {
      outcomes.push(againstFile(index, person, valid, viewer));
      continue;
    }
    outcomes.push(
      await writeItem(
        tx,
        index,
        PERSON_ITEM_FIELDS,
        async (savepoint) => created((await registerPerson(savepoint, viewer, valid, today)).id),
        // A concurrent registration of the same number won the race to the unique index.
        (error) => (isUniqueViolation(error) ? duplicatePerson() : null),
      ),
    );
  }
  return outcomes;
}
