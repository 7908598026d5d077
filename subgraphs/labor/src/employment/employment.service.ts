import type { EntityManager } from 'typeorm';
import { badUserInput, conflict } from '../../../../shared/errors';
import { isHardship } from '../person/hardship';
import { refreshHardship, storedHardship } from '../person/household';
import { Person } from '../person/person.entity';
import { EmploymentStatus } from '../person/person.enums';
import { EmploymentRecord, type EmploymentKind } from './employment-record.entity';
import { insertAndFetch } from '../../../../shared/records';

export interface NewEmployment {
  kind: EmploymentKind;
  startedOn: string;
  employerCreditCode: string | null;
  contractMonths: number | null;
  postId: number | null;
}

/**
 * Records the job of a locked, registered person and keeps the registry in step in the
 * same transaction: the person becomes EMPLOYED and the household's flags are recomputed.
 * The record keeps whether the person was a hardship case when the job started, which is
 * what `hardshipReemployed` counts (the flags themselves change with the job).
 */
export async function startEmployment(
  tx: EntityManager,
  person: Person,
  job: NewEmployment,
  startedOnField: string,
): Promise<EmploymentRecord> {
  if (person.employmentStatus === EmploymentStatus.EMPLOYED) {
    throw conflict(`person ${person.id} is already employed: end the current employment first`, { field: 'input.personId' });
  }
  if (job.startedOn < person.registeredOn) throw badUserInput(startedOnField, `is before the registration on ${person.registeredOn}`);
  const record = await insertAndFetch(tx, EmploymentRecord, {
    ...job,
    personId: person.id,
    countyCode: person.countyCode,
    hardship: isHardship(storedHardship(person)),
    endedOn: null,
  });
  await tx.update(Person, { id: person.id }, { employmentStatus: EmploymentStatus.EMPLOYED });
  await refreshHardship(tx, { ...person, employmentStatus: EmploymentStatus.EMPLOYED });
  return record;
}

/** Ends a job; the person is UNEMPLOYED again unless another job is still open. */
export async function endEmployment(tx: EntityManager, person: Person, record: EmploymentRecord, endedOn: string): Promise<void> {
  await tx.update(EmploymentRecord, { id: record.id }, { endedOn });
  const stillWorking = await tx
    .createQueryBuilder(EmploymentRecord, 'r')
    .where('r.personId = :personId AND r.endedOn IS NULL', { personId: person.id })
    .getExists();
  if (stillWorking) return;
  await tx.update(Person, { id: person.id }, { employmentStatus: EmploymentStatus.UNEMPLOYED });
  await refreshHardship(tx, { ...person, employmentStatus: EmploymentStatus.UNEMPLOYED });
}
