import { IsNull, type EntityManager } from 'typeorm';
import { insertChunked } from '../../../../shared/seeding';
import { type FindingDraft, fingerprintOf } from './checks';
import { CheckRunRecord, FindingRecord } from './finding.entity';

/**
 * Reconciles a run's findings with the stored ones: new ones are opened, open ones no
 * longer found are resolved, and one that comes back after being resolved is opened again
 * as a new finding. Only a complete read gets here (a department down refuses the run),
 * so a partial read can never resolve a finding. The run names no caller: the schedule
 * has none, and the mutation's audit row says who asked for it.
 */
export async function reconcileFindings(tx: EntityManager, drafts: FindingDraft[]): Promise<CheckRunRecord> {
  const ranAt = new Date();
  const open = await tx.find(FindingRecord, { where: { resolvedAt: IsNull() } });
  const openFingerprints = new Set(open.map((f) => f.fingerprint));
  const found = new Map(drafts.map((d) => [fingerprintOf(d), d]));
  const fresh = [...found.entries()].filter(([fingerprint]) => !openFingerprints.has(fingerprint));
  const gone = open.filter((f) => !found.has(f.fingerprint));
  // One multi-row INSERT per 100 findings: a first run over a large registry opens thousands.
  await insertChunked(
    tx,
    FindingRecord,
    fresh.map(([fingerprint, d]) => ({
      fingerprint,
      rule: d.rule,
      countyCode: d.countyCode,
      summary: d.summary.slice(0, 300),
      records: d.records,
      detectedAt: ranAt,
      resolvedAt: null,
    })),
  );
  if (gone.length)
    await tx.update(
      FindingRecord,
      gone.map((f) => f.id),
      { resolvedAt: ranAt },
    );
  return tx.save(tx.create(CheckRunRecord, { ranAt, findings: found.size, opened: fresh.length, resolved: gone.length }));
}
