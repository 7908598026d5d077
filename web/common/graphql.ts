export interface GraphQLError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  data: T | null;
  errors: GraphQLError[];
}

/** POSTs an operation to the gateway's /graphql (same origin) with the bearer token. */
export async function postGraphQL<T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResult<T>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    return { status: 0, data: null, errors: [{ message: 'the gateway cannot be reached', extensions: { code: 'NETWORK_ERROR' } }] };
  }
  let body: { data?: T | null; errors?: GraphQLError[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = { errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'BAD_RESPONSE' } }] };
  }
  return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
}

export function errorCode(error: GraphQLError): string | null {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : null;
}
