import { CertificateReplica, FeedCursor } from '../../shared/certificate-replica/replica.entity';
import { FEED_NAME } from '../../shared/certificate-replica/sync';
import { EmploymentReplica } from '../../shared/employment-replica/employment-replica.entity';
import { EMPLOYMENT_FEED } from '../../shared/employment-replica/employment-sync';
import { isExcludedIndustry } from '../../shared/policy';
import { encodeCursor } from '../../shared/pagination';
import { RegisterReplica } from '../../subgraphs/tax/src/register-replica/register-replica.entity';
import { REGISTER_FEED } from '../../subgraphs/tax/src/register-replica/register-sync';
import { changedAtOf } from './labor';
import type { TablePlan } from './load';
import type { ScaleBusiness, ScaleWorld } from './types';

/** A consumer's cursor at the end of a feed of `last` changes: its next sync finds nothing new. */
function caughtUp(feed: string, last: number): TablePlan {
  const cursor = { feed, lastSequence: last, lastCursor: last ? encodeCursor(last) : null, lastSyncedAt: new Date(), lastError: null };
  return { entity: FeedCursor, rows: [cursor] };
}

/**
 * A consumer's certificate replica as its feed worker would have left it after reading
 * labor's whole feed: one row per certificate at its change's sequence, and the cursor at
 * the feed's end, so the department starts caught up (its next sync finds nothing new).
 * Only finance keeps birth dates (its loan age limit).
 */
export function replicaTables(world: ScaleWorld, birthDates: boolean): TablePlan[] {
  const rows = world.certificates.map((c) => ({
    number: c.number,
    holderId: c.holder.id,
    holderBirthDate: birthDates ? c.holder.birthDate : null,
    countyCode: c.holder.countyCode,
    category: c.holder.category,
    status: 'VALID',
    issuedOn: c.issuedOn,
    sequence: c.sequence,
    changedAt: changedAtOf(c.issuedOn),
  }));
  return [{ entity: CertificateReplica, rows }, caughtUp(FEED_NAME, world.certificates.length)];
}

/**
 * A consumer's copy of labor's employment records, caught up: labor's load puts every record
 * on its employment feed in id order (backfillEmploymentChanges on an empty feed), so the
 * record with id n is the change of sequence n.
 */
export function employmentReplicaTables(world: ScaleWorld): TablePlan[] {
  const rows = world.jobs.map((j) => ({
    recordId: j.id,
    personId: j.person.id,
    employerCreditCode: j.employer?.creditCode ?? null,
    kind: j.kind,
    startedOn: j.startedOn,
    endedOn: j.endedOn,
    contractMonths: j.contractMonths,
    countyCode: j.person.countyCode,
    sequence: j.id,
    changedAt: changedAtOf(j.endedOn ?? j.startedOn),
  }));
  return [{ entity: EmploymentReplica, rows }, caughtUp(EMPLOYMENT_FEED, world.jobs.length)];
}

/** The certificate commerce's feed names for an entry: the one its fee exemption rests on (commerce's plan). */
const exemptionCertificate = (b: ScaleBusiness): string | null =>
  b.certificate && b.owner && !isExcludedIndustry(b.industry) ? b.certificate.number : null;

/**
 * Tax's copy of commerce's register, caught up: commerce's load puts every entry on its
 * register feed ordered by registration day, then credit code (backfillRegisterChanges on
 * an empty feed), each with its owner's certificate as the fee exemption names it.
 */
export function registerReplicaTables(world: ScaleWorld): TablePlan[] {
  const entries = [...world.businesses].sort((a, b) =>
    a.registeredOn !== b.registeredOn ? (a.registeredOn < b.registeredOn ? -1 : 1) : a.creditCode < b.creditCode ? -1 : 1,
  );
  const rows = entries.map((b, i) => ({
    creditCode: b.creditCode,
    kind: b.kind,
    industry: b.industry,
    registeredOn: b.registeredOn,
    countyCode: b.countyCode,
    ownerId: b.owner?.id ?? null,
    ownerCertificateNumber: exemptionCertificate(b),
    employeeCount: b.employeeCount,
    sequence: i + 1,
    changedAt: changedAtOf(b.registeredOn),
  }));
  return [{ entity: RegisterReplica, rows }, caughtUp(REGISTER_FEED, entries.length)];
}
