import { type EntityManager, In, IsNull } from 'typeorm';
import { FeedEvent } from '../../../../shared/feeds/event';
import { ReemploymentCertificate } from '../certificate/certificate.entity';
import { lockPerson } from '../person/household';
import { Person } from '../person/person.entity';
import { RegisterReplica } from '../register-replica/register-replica.entity';
import { EmploymentKind, EmploymentRecord } from './employment-record.entity';
import { appendEmploymentChange } from './employment-feed';
import { endEmployment, openEmployment } from './employment.service';
import { ownerOf, selfEmploymentEnd, selfEmploymentStart } from './self-employment.rules';

/**
 * Brings labor's self-employment records in line with the register replica for the entries
 * `creditCodes`, in the transaction that applied their changes: the owner of an owner-run
 * business gets a SELF_EMPLOYMENT record carrying its credit code from the registration
 * date (and is EMPLOYED). A business commerce closed (注销登记) ends its owner's record on
 * the closure date, the business's last day, whenever the change reaches labor; a business
 * registered and closed before labor saw it gets its record opened and ended at once (none
 * when it closed before labor registered the owner). A record whose business left the
 * register without a closure date (DELETED), or changed owner, ends on `today` (the
 * business date the change reached labor). Every end goes through endEmployment, as a
 * clerk's does (status, household flags, feed, monthly summary). Decided from the
 * replica's state, not from the change, so a page applied twice changes nothing. A
 * business that already has a record for its owner (open, or ended by a clerk) gets no
 * second one; an open self-employment of the owner that names no business (entered by
 * hand before the register reached labor) is taken as this one.
 */
export async function reconcileSelfEmployment(tx: EntityManager, creditCodes: string[], today: string): Promise<void> {
  if (!creditCodes.length) return;
  const entries = await tx.find(RegisterReplica, { where: { creditCode: In(creditCodes) } });
  const owners = await ownersOf(tx, entries);
  const closedOn = new Map(entries.flatMap((e) => (e.closedOn === null ? [] : [[e.creditCode, e.closedOn] as const])));
  const records = await tx.find(EmploymentRecord, {
    where: { kind: EmploymentKind.SELF_EMPLOYMENT, employerCreditCode: In(creditCodes) },
    select: { id: true, personId: true, employerCreditCode: true, endedOn: true },
  });
  const open = records.filter((r) => r.endedOn === null);
  const stale = open.filter((r) => owners.get(r.employerCreditCode ?? '') !== r.personId);
  const closing = open.filter((r) => owners.get(r.employerCreditCode ?? '') === r.personId && closedOn.has(r.employerCreditCode ?? ''));
  const missing = entries.filter((e) => {
    const owner = owners.get(e.creditCode);
    return owner !== undefined && !records.some((r) => r.employerCreditCode === e.creditCode && r.personId === owner);
  });
  if (!stale.length && !closing.length && !missing.length) return;
  // Every person touched, locked with their household in id order like every writer.
  const ownerOfEntry = (e: RegisterReplica) => owners.get(e.creditCode) ?? 0;
  const ids = [...new Set([...stale, ...closing].map((r) => r.personId).concat(missing.map(ownerOfEntry)))].sort((a, b) => a - b);
  for (const id of ids) await lockPerson(tx, id);
  const end = async (id: number, on: string) => {
    // Re-read under the lock: only a record still open ends.
    const record = await tx.findOneByOrFail(EmploymentRecord, { id });
    const person = await tx.findOneBy(Person, { id: record.personId });
    if (record.endedOn === null && person) await endEmployment(tx, person, record, selfEmploymentEnd(record.startedOn, on), today);
  };
  for (const { id } of stale) await end(id, today);
  for (const { id, employerCreditCode } of closing) await end(id, closedOn.get(employerCreditCode ?? '') ?? today);
  for (const entry of missing) {
    const person = await tx.findOneBy(Person, { id: ownerOfEntry(entry) });
    const closed = entry.closedOn;
    if (!person || (closed !== null && selfEmploymentStart(entry.registeredOn, person.registeredOn) > closed)) continue;
    const record = await startSelfEmployment(tx, person, entry, today);
    if (closed !== null) await end(record.id, closed);
  }
}

/** The owner's record for `entry`: an untraced open self-employment of theirs, else a new one. */
async function startSelfEmployment(tx: EntityManager, person: Person, entry: RegisterReplica, today: string): Promise<EmploymentRecord> {
  const untraced = await tx.findOne(EmploymentRecord, {
    where: { personId: person.id, kind: EmploymentKind.SELF_EMPLOYMENT, employerCreditCode: IsNull(), endedOn: IsNull() },
    order: { id: 'ASC' },
  });
  if (untraced) {
    await tx.update(EmploymentRecord, { id: untraced.id }, { employerCreditCode: entry.creditCode });
    await appendEmploymentChange(tx, { ...untraced, employerCreditCode: entry.creditCode }, FeedEvent.CORRECTED);
    return untraced;
  }
  return openEmployment(
    tx,
    person,
    {
      kind: EmploymentKind.SELF_EMPLOYMENT,
      startedOn: selfEmploymentStart(entry.registeredOn, person.registeredOn),
      employerCreditCode: entry.creditCode,
      contractMonths: null,
      postId: null,
    },
    today,
  );
}

/** The owner (a registered person's id) of each owner-run entry labor can place; two reads for any number of entries. */
async function ownersOf(tx: EntityManager, entries: RegisterReplica[]): Promise<Map<string, number>> {
  const ownerIds = [...new Set(entries.flatMap((e) => (e.ownerId === null ? [] : [e.ownerId])))];
  const numbers = [...new Set(entries.flatMap((e) => (e.ownerCertificateNumber === null ? [] : [e.ownerCertificateNumber])))];
  const registered = ownerIds.length ? await tx.find(Person, { where: { id: In(ownerIds) }, select: { id: true } }) : [];
  const certificates = numbers.length
    ? await tx.find(ReemploymentCertificate, { where: { number: In(numbers) }, select: { number: true, holderId: true } })
    : [];
  const registeredIds = new Set(registered.map((p) => p.id));
  const holderOf = new Map(certificates.map((c) => [c.number, c.holderId]));
  const owners = new Map<string, number>();
  for (const entry of entries) {
    const owner = ownerOf(entry, registeredIds, holderOf);
    if (owner !== null) owners.set(entry.creditCode, owner);
  }
  return owners;
}
