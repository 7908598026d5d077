import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { AuditEntry } from './audit.entity';

/** What every write needs to leave its trace. */
export interface AuditScope {
  db: DataSource;
  viewer: Viewer;
  requestId: string;
  /** The client's own request id, if it sent one (never taken for ours). */
  clientRequestId: string | null;
  service: string;
}

export interface AuditAction {
  /** The mutation, e.g. `issueCertificate`. */
  operation: string;
  /** The entity written, e.g. `ReemploymentCertificate`. */
  entity: string;
}

export function auditRow(
  scope: AuditScope,
  action: { operation: string; entity: string | null },
  outcome: string,
  ids: string[],
  detail: string | null = null,
) {
  return {
    service: scope.service,
    at: new Date(),
    sub: scope.viewer.sub.slice(0, 100),
    dept: scope.viewer.dept,
    operation: action.operation.slice(0, 60),
    entity: action.entity,
    // Room for a bulk import's batch (shared/bulk-import: 1,000 items).
    entityIds: ids.slice(0, 1000),
    requestId: scope.requestId,
    clientRequestId: scope.clientRequestId,
    outcome,
    detail: detail?.slice(0, 300) ?? null,
  };
}

/**
 * Runs a write in one transaction together with its audit row: if the audit insert
 * fails, the write rolls back too, so no change is ever left without its trace. Refused
 * attempts are recorded by the audit plugin, outside the rolled-back transaction.
 */
export function auditedWrite<T>(
  scope: AuditScope,
  action: AuditAction,
  work: (tx: EntityManager) => Promise<T>,
  idsOf: (result: T) => (string | number)[],
  detailOf: (result: T) => string | null = () => null,
): Promise<T> {
  return scope.db.transaction(async (tx) => {
    const result = await work(tx);
    await tx.insert(AuditEntry, auditRow(scope, action, 'OK', idsOf(result).map(String), detailOf(result)));
    return result;
  });
}
