import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger';
import { AuditEntry } from './audit.entity';
import { type AuditScope, auditRow } from './audited';

/** Reads of unmasked personal data in one request, written as one audit row at its end. */
export class PiiReadLog {
  private readonly reads = new Map<string, Set<string>>();

  record(field: string, id: string | number): void {
    const ids = this.reads.get(field) ?? new Set<string>();
    ids.add(String(id));
    this.reads.set(field, ids);
  }

  entries(): [string, string[]][] {
    return [...this.reads].map(([field, ids]) => [field, [...ids]]);
  }
}

export interface AuditedContext extends AuditScope {
  piiReads: PiiReadLog;
}

/**
 * Leaves the traces that resolvers cannot: refused mutations (authorization, validation,
 * conflicts — their transaction rolled back) and reads of personal data in full.
 */
export function auditPlugin<TContext extends AuditedContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operation, response }) {
          const rows = ctx.piiReads.entries().map(([field, ids]) => {
            const [entity] = field.split('.');
            return auditRow(ctx, { operation: `read:${field}`, entity }, 'OK', ids);
          });
          if (operation?.operation === 'mutation' && response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              const field = String(error.path?.[0] ?? operation.name?.value ?? 'mutation');
              const code = String(error.extensions?.code ?? 'ERROR');
              rows.push(auditRow(ctx, { operation: field, entity: null }, code, [], error.message));
            }
          }
          if (!rows.length) return;
          await ctx.db.getRepository(AuditEntry).insert(rows).catch((error: unknown) => {
            logger.error({ err: error, requestId: ctx.requestId }, 'audit insert failed');
          });
        },
      };
    },
  };
}
