import { GraphQLError } from 'graphql';

/** Reads the departments through the gateway, as the office's own service. */
export interface GatewayClient {
  /** The whole answer, or SNAPSHOT_INCOMPLETE when any part of it is missing. */
  read<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; serviceName?: unknown } }[];
}

/**
 * The office never acts on half a picture: a department that is down (the gateway's
 * SUBGRAPH_UNAVAILABLE, a null in its place) would make a circular or a check run look
 * cleaner than the records are. So any error refuses the whole read, naming the departments.
 */
export function snapshotIncomplete(departments: string[], detail: string): GraphQLError {
  return new GraphQLError(`the departments' records could not be read in full (${detail}): nothing was published or recorded`, {
    extensions: { code: 'SNAPSHOT_INCOMPLETE', departments },
  });
}

export function gatewayClient(url: () => string, token: () => Promise<string>): GatewayClient {
  return {
    async read<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await fetch(url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw snapshotIncomplete([], `the gateway could not be reached: ${String(error)}`);
      }
      let answer: Answer<T>;
      try {
        answer = (await response.json()) as Answer<T>;
      } catch {
        throw snapshotIncomplete([], `the gateway answered HTTP ${response.status} without a GraphQL body`);
      }
      if (answer.errors?.length || !answer.data) {
        const departments = [
          ...new Set(
            (answer.errors ?? []).flatMap((e) => (typeof e.extensions?.serviceName === 'string' ? [e.extensions.serviceName] : [])),
          ),
        ];
        throw snapshotIncomplete(departments, answer.errors?.[0]?.message ?? `HTTP ${response.status}`);
      }
      return answer.data;
    },
  };
}
