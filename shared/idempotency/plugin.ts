import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { type FormattedExecutionResult, GraphQLError, Kind, type OperationDefinitionNode, OperationTypeNode } from 'graphql';
import { LessThan } from 'typeorm';
import { AuditEntry } from '../audit/audit.entity';
import { type AuditScope, auditRow } from '../audit/audited';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation } from '../database';
import { IdempotencyKey } from './idempotency.entity';

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
const WAIT_FOR_FIRST_MS = 5_000;
/** Expired keys are swept at most this often per process, besides the key at hand. */
const SWEEP_EVERY_MS = 60_000;

interface IdempotencyContext extends AuditScope {
  /** The token's caller as it is (not the pii-less view the request runs with). */
  caller: Viewer;
}

export interface IdempotencyOptions {
  /** How long a key and its stored response are kept. */
  ttlMs: number;
}

const reused = (message: string) => new GraphQLError(message, { extensions: { code: 'CONFLICT', reason: IDEMPOTENCY_KEY_REUSED } });

/** Answers without executing: thrown errors here would surface as a 500. */
const answer = (result: FormattedExecutionResult, replay: boolean): GraphQLResponse => ({
  http: { status: 200, headers: new HeaderMap(replay ? [['idempotent-replay', 'true']] : []) },
  body: { kind: 'single', singleResult: result },
});
const refuse = (message: string) => answer({ errors: [reused(message).toJSON()] }, false);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function hashOf(request: GraphQLRequestContext<IdempotencyContext>['request']): string {
  return sha256([request.query, request.operationName ?? null, request.variables ?? {}]);
}

/** Everything the token says about who is asking: a replay goes to exactly this caller. */
export function callerHashOf(caller: Viewer): string {
  return sha256([caller.sub, caller.dept, [...caller.scopes].sort(), caller.county]);
}

function fieldsOf(operation: OperationDefinitionNode): string {
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '…')).join(',');
}

/** Waits for the first request with this key to store its response, then returns it. */
async function storedResponse(ctx: IdempotencyContext, where: { clientId: string; key: string }): Promise<IdempotencyKey | null> {
  const until = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const row = await ctx.db.getRepository(IdempotencyKey).findOneBy(where);
    if (!row) return null;
    if (row.state === 'DONE' || Date.now() > until) return row;
    await sleep(50);
  }
}

/**
 * `Idempotency-Key` on mutations. The first request claims the key (a unique row per
 * token `sub` and key, so concurrent duplicates cannot both run) and binds it to its
 * caller (subject, department, scopes, county) and payload (operation text and
 * variables). A later request with the key gets the stored response without executing
 * only if it comes from the same caller with the same payload, and the replay is
 * audited; anything else is a CONFLICT (422 at the gateway). Keys expire after `ttlMs`.
 * Requests with a key run without `pii:read` (see callerContext), so no stored response
 * holds personal data in full. Unexpected failures release the key for a retry.
 */
export function idempotencyPlugin<TContext extends IdempotencyContext>(options: IdempotencyOptions): ApolloServerPlugin<TContext> {
  let lastSweep = 0;
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key')?.trim();
      if (!key) return;
      let owned: { clientId: string; key: string } | undefined;
      return {
        async responseForOperation({ operation, contextValue: ctx }) {
          if (operation.operation !== OperationTypeNode.MUTATION) return null;
          if (key.length > 100) {
            const error = new GraphQLError('Idempotency-Key must be at most 100 characters', {
              extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' },
            });
            return answer({ errors: [error.toJSON()] }, false);
          }
          const where = { clientId: ctx.caller.sub, key };
          const callerHash = callerHashOf(ctx.caller);
          const requestHash = hashOf(request);
          const repo = ctx.db.getRepository(IdempotencyKey);
          const expired = new Date(Date.now() - options.ttlMs);
          if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
            lastSweep = Date.now();
            await repo.delete({ createdAt: LessThan(expired) });
          } else await repo.delete({ ...where, createdAt: LessThan(expired) });
          try {
            await repo.insert({ ...where, callerHash, requestHash, state: 'IN_FLIGHT', response: null, createdAt: new Date() });
            owned = where;
            return null; // first use: execute normally
          } catch (error) {
            if (!isUniqueViolation(error)) throw error;
          }
          const row = await storedResponse(ctx, where);
          if (!row) return refuse('the first request with this Idempotency-Key failed; retry it with a new key');
          if (row.callerHash !== callerHash) return refuse('this Idempotency-Key was used by another caller');
          if (row.requestHash !== requestHash) return refuse('this Idempotency-Key was used with a different request');
          if (row.state !== 'DONE' || !row.response) return refuse('a request with this Idempotency-Key is still in progress');
          // A replay leaves its own trace; without it, no replay.
          await ctx.db
            .getRepository(AuditEntry)
            .insert(auditRow(ctx, { operation: fieldsOf(operation), entity: null }, 'REPLAY', [], `Idempotency-Key ${key}`));
          return answer(JSON.parse(row.response) as FormattedExecutionResult, true);
        },
        async willSendResponse({ response, contextValue }) {
          if (!owned || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const repo = contextValue.db.getRepository(IdempotencyKey);
          const failedUnexpectedly = result.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
          if (failedUnexpectedly) await repo.delete(owned);
          else await repo.update(owned, { state: 'DONE', response: JSON.stringify({ data: result.data, errors: result.errors }) });
        },
      };
    },
  };
}
