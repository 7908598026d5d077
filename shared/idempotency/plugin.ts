import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLResponse, HeaderMap } from '@apollo/server';
import { type FormattedExecutionResult, GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation } from '../database';
import { IdempotencyKey } from './idempotency.entity';

export const IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED';
const WAIT_FOR_FIRST_MS = 5_000;

interface IdempotencyContext {
  db: DataSource;
  viewer: Viewer;
}

const reused = (message: string) => new GraphQLError(message, { extensions: { code: 'CONFLICT', reason: IDEMPOTENCY_KEY_REUSED } });

/** Answers without executing: thrown errors here would surface as a 500. */
const answer = (result: FormattedExecutionResult, replay: boolean): GraphQLResponse => ({
  http: { status: 200, headers: new HeaderMap(replay ? [['idempotent-replay', 'true']] : []) },
  body: { kind: 'single', singleResult: result },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function hashOf(request: GraphQLRequestContext<IdempotencyContext>['request']): string {
  return createHash('sha256').update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? {}])).digest('hex');
}

/** Waits for the first request with this key to store its response, then returns it. */
async function storedResponse(db: DataSource, where: { clientId: string; key: string }): Promise<IdempotencyKey | null> {
  const until = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const row = await db.getRepository(IdempotencyKey).findOneBy(where);
    if (!row) return null;
    if (row.state === 'DONE' || Date.now() > until) return row;
    await sleep(50);
  }
}

/**
 * `Idempotency-Key` on mutations, per client (token `sub`): the first request claims the
 * key (a unique row, so concurrent duplicates cannot both run), later ones with the same
 * payload get the stored response without executing; another payload is a CONFLICT.
 * Unexpected failures release the key so the client may retry.
 */
export function idempotencyPlugin<TContext extends IdempotencyContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ request }) {
      const key = request.http?.headers.get('idempotency-key')?.trim();
      if (!key) return;
      let owned: { clientId: string; key: string } | undefined;
      return {
        async responseForOperation({ operation, contextValue }) {
          if (operation.operation !== 'mutation') return null;
          if (key.length > 100) {
            const error = new GraphQLError('Idempotency-Key must be at most 100 characters', { extensions: { code: 'BAD_USER_INPUT', field: 'Idempotency-Key' } });
            return answer({ errors: [error.toJSON()] }, false);
          }
          const where = { clientId: contextValue.viewer.sub, key };
          const requestHash = hashOf(request);
          const repo = contextValue.db.getRepository(IdempotencyKey);
          try {
            await repo.insert({ ...where, requestHash, state: 'IN_FLIGHT', response: null, createdAt: new Date() });
            owned = where;
            return null; // first use: execute normally
          } catch (error) {
            if (!isUniqueViolation(error)) throw error;
          }
          const row = await storedResponse(contextValue.db, where);
          const refuse = (message: string) => answer({ errors: [reused(message).toJSON()] }, false);
          if (!row) return refuse('the first request with this Idempotency-Key failed; retry it with a new key');
          if (row.requestHash !== requestHash) return refuse('this Idempotency-Key was used with a different request');
          if (row.state !== 'DONE' || !row.response) return refuse('a request with this Idempotency-Key is still in progress');
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
