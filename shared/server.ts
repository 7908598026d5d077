import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { requireBearer, viewerOf } from './auth/http';
import type { Viewer } from './auth/viewer';
import { formatErrorFor } from './error-format';
import type { Logger } from './logger';
import { ServiceMetrics } from './metrics';
import { mountReadiness, type ReadinessProbe } from './readiness';

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  /** A subgraph passes its schema, the gateway its ApolloGateway. */
  graph: { schema: GraphQLSchema } | { gateway: GatewayInterface };
  context: (req: Request) => Promise<TContext>;
  /** Throws when the service cannot serve (e.g. its database is unreachable). */
  checkHealth: () => Promise<void>;
  production: boolean;
  /** Verifies bearer tokens: every GraphQL request needs one (health checks do not). */
  authenticate: (token: string) => Promise<Viewer>;
  plugins?: ApolloServerPlugin<TContext>[];
  validationRules?: ValidationRule[];
  parseOptions?: ParseOptions;
  /** Larger request bodies are refused with 413 before parsing. */
  bodyLimit?: string;
  metrics?: ServiceMetrics;
  /** Adds routes beside /graphql (the gateway's dashboard and GraphiQL pages). */
  routes?: (app: Express) => void;
  /** GET /ready: whether the service can do its work now (dependencies answer). */
  ready?: ReadinessProbe;
  /** How long stopping waits for in-flight requests before closing their connections. */
  shutdownGraceMs?: number;
  /**
   * Runs on /graphql before the bearer check and before the body is read (the gateway's
   * rate limit), so a flood is refused at the least cost.
   */
  beforeAuth?: RequestHandler;
  /** Runs on /graphql after the bearer check and body parsing, before GraphQL (the gateway's trusted documents). */
  admit?: RequestHandler;
  /** Apollo's automatic persisted queries (default: on, with Apollo's in-memory cache). */
  persistedQueries?: ApolloServerOptions<TContext>['persistedQueries'];
}

/** Times every GraphQL request by operation type and outcome. */
function timingPlugin<TContext extends BaseContext>(metrics: ServiceMetrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const end = metrics.requestSeconds.startTimer();
      return {
        async willSendResponse({ operation, response }) {
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
          end({ operation: operation?.operation ?? 'invalid', outcome: failed ? 'error' : 'ok' });
        },
      };
    },
  };
}

export interface Service {
  name: string;
  httpServer: Server;
  /** Binds the port; `0` picks a free one. Resolves to the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Builds the HTTP service (POST /graphql, GET /health) without listening, so tests can
 * start every service in-process on port 0 and `main` only binds the configured port.
 */
export async function createService<TContext extends BaseContext>(options: ServiceOptions<TContext>): Promise<Service> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apolloOptions: ApolloServerOptions<TContext> = {
    ...options.graph,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    formatError: formatErrorFor(options.production, options.name),
    validationRules: options.validationRules,
    parseOptions: options.parseOptions,
    persistedQueries: options.persistedQueries,
    // Explicit, though they are Apollo's defaults: no HTTP batching; CSRF prevention on.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Shutdown is ours (shared/shutdown.ts): Apollo's own handler would stop the server
    // beside it and re-raise the signal, killing the process before the database closes.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.shutdownGraceMs ?? 10_000 }),
      // Traces are for Apollo's hosted studio, which this deployment does not use.
      ...('schema' in options.graph ? [ApolloServerPluginInlineTraceDisabled()] : []),
      // Apollo's landing page loads from a CDN that an intranet cannot reach; the gateway
      // serves its own GraphiQL instead (gateway/src/static-pages.ts).
      ApolloServerPluginLandingPageDisabled(),
      ...(options.plugins ?? []),
    ],
  };
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  apolloOptions.plugins?.push(timingPlugin<TContext>(metrics));
  const apollo = new ApolloServer<TContext>(apolloOptions);
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await options.checkHealth();
      res.json({ status: 'ok', service: options.name });
    } catch (error) {
      options.logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  if (options.ready) mountReadiness(app, options.name, options.ready, options.logger);
  // Metrics need a token with `metrics:read` (Prometheus sends it as a bearer credential):
  // without a valid token a service answers nothing but its health check.
  app.get('/metrics', requireBearer(options.authenticate), async (req, res) => {
    if (!viewerOf(req).scopes.has('metrics:read')) {
      res.status(403).json({ errors: [{ message: 'requires metrics:read', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  options.routes?.(app);
  const pass: RequestHandler = (_req, _res, next) => next();
  app.use(
    '/graphql',
    options.beforeAuth ?? pass,
    requireBearer(options.authenticate),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    options.admit ?? pass,
    expressMiddleware(apollo, { context: async ({ req }) => options.context(req) }),
  );
  // Body-parser errors (413 too large, 400 malformed JSON) answer as GraphQL-shaped JSON.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (!error.status || error.status >= 500) return next(error);
    const code = error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    res.status(error.status).json({ errors: [{ message: error.type ?? 'bad request', extensions: { code } }] });
  });

  return {
    name: options.name,
    httpServer,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: bound } = httpServer.address() as AddressInfo;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${bound}/graphql`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export { stopOnSignals } from './shutdown';
