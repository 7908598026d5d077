import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { currentToken } from '../common/session';

type Fetcher = GraphiQLProps['fetcher'];

const DEFAULT_QUERY = `# 淮安市再就业政策图谱 — the whole graph through the gateway.
# Requests carry the token you signed in with on /dashboard
# (or paste one under "Headers" as {"authorization": "Bearer …"}).
query Counties {
  counties {
    code
    name
  }
}
`;

/**
 * Posts to the gateway's /graphql with the signed-in token, unless the person set an
 * authorization header of their own in GraphiQL's header editor.
 */
const fetcher: Fetcher = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token.token}`;
  for (const [name, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  // The gateway answers every POST with a GraphQL result, errors included.
  return (await response.json()) as ExecutionResult;
};

/**
 * `/graphiql#query=…&variables=…` opens with that operation in the editor (the dashboard's
 * record view links here). The fragment never reaches the server; it is dropped once read,
 * so a reload keeps whatever the person has edited since.
 */
function linkedOperation(): { initialQuery?: string; initialVariables?: string } {
  const params = new URLSearchParams(location.hash.slice(1));
  const query = params.get('query');
  if (!query) return {};
  history.replaceState(null, '', location.pathname + location.search);
  return { initialQuery: query, initialVariables: params.get('variables') ?? undefined };
}

const container = document.getElementById('graphiql')!;
createRoot(container).render(
  createElement(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: false, ...linkedOperation() }),
);
