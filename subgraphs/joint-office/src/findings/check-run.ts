import type { DataSource } from 'typeorm';
import type { GatewayClient } from '../gateway/gateway-client';
import { readCheckData } from './check-data';
import { type FindingDraft, runChecks } from './checks';
import type { CheckRunRecord } from './finding.entity';
import { reconcileFindings } from './findings.service';

/** Reads the departments through the gateway and runs every check: nothing is stored yet. */
export async function findInconsistencies(gateway: GatewayClient): Promise<FindingDraft[]> {
  return runChecks(await readCheckData(gateway));
}

/** One whole run outside a request (the schedule): the same write as the mutation's, without an audit row (no caller). */
export async function runConsistencyChecks(db: DataSource, gateway: GatewayClient): Promise<CheckRunRecord> {
  const drafts = await findInconsistencies(gateway);
  return db.transaction((tx) => reconcileFindings(tx, drafts));
}
