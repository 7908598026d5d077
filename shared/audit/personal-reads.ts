import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { AuditEntry } from './audit.entity';
import { type AuditScope, auditRow } from './audited';

/** An audit row names at most this many records; bigger reads take several rows. */
const IDS_PER_ROW = 200;
const SEPARATOR = '\u0000';

/**
 * Reads of personal data in full within one request. Each read waits for its audit row:
 * the reads of one tick are written in one INSERT (DataLoader batches them), and the
 * values are released only once it succeeded. If the audit store refuses, every read of
 * the batch fails, so the data is withheld rather than sent without a trace.
 */
export class PersonalDataReads {
  private readonly loader: DataLoader<string, true>;

  constructor(scope: AuditScope, onFailure: (error: unknown) => void = () => undefined) {
    this.loader = new DataLoader<string, true>(async (keys) => {
      const byField = new Map<string, string[]>();
      for (const key of keys) {
        const [field, id] = key.split(SEPARATOR);
        byField.set(field, [...(byField.get(field) ?? []), id]);
      }
      const rows = [...byField].flatMap(([field, ids]) => {
        const chunks = Array.from({ length: Math.ceil(ids.length / IDS_PER_ROW) }, (_, i) =>
          ids.slice(i * IDS_PER_ROW, (i + 1) * IDS_PER_ROW),
        );
        return chunks.map((chunk) => auditRow(scope, { operation: `read:${field}`, entity: field.split('.')[0] }, 'OK', chunk));
      });
      try {
        await scope.db.getRepository(AuditEntry).insert(rows);
      } catch (error) {
        onFailure(error);
        // The cause travels with the error: a database that is down is reported as
        // DATABASE_UNAVAILABLE like any other read, not as an internal error.
        throw new GraphQLError('personal data withheld: its read could not be audited', {
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
          originalError: error instanceof Error ? error : undefined,
        });
      }
      return keys.map(() => true as const);
    });
  }

  /** Resolves once the read of `field` of record `id` is in the audit trail. */
  async record(field: string, id: string): Promise<void> {
    await this.loader.load(`${field}${SEPARATOR}${id}`);
  }
}
