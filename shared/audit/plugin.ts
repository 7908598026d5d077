import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import type { Logger } from '../logger';
import { AuditEntry } from './audit.entity';
import { type AuditScope, auditRow } from './audited';
import type { PersonalDataReads } from './personal-reads';

export interface AuditedContext extends AuditScope {
  /** Reads of personal data in full, each audited before its value is released. */
  personalReads: PersonalDataReads;
}

/**
 * Records refused mutations (authorization, validation, conflicts — their transaction
 * rolled back, so the resolver could not). Reads of personal data are audited where they
 * happen (PersonalDataReads), before the value can reach the response.
 */
export function auditPlugin<TContext extends AuditedContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operation, response }) {
          if (operation?.operation !== OperationTypeNode.MUTATION || response.body.kind !== 'single') return;
          const rows = (response.body.singleResult.errors ?? []).map((error) => {
            const field = String(error.path?.[0] ?? operation.name?.value ?? 'mutation');
            const code = String(error.extensions?.code ?? 'ERROR');
            return auditRow(ctx, { operation: field, entity: null }, code, [], error.message);
          });
          if (!rows.length) return;
          await ctx.db
            .getRepository(AuditEntry)
            .insert(rows)
            .catch((error: unknown) => {
              logger.error({ err: error, requestId: ctx.requestId }, 'audit insert failed');
            });
        },
      };
    },
  };
}
