import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { maskUnexpectedErrors } from './error-masking';

export interface HealthReport {
  status: 'ok' | 'degraded';
  service: string;
  [detail: string]: unknown;
}

/**
 * A subgraph's Apollo server: no stack traces to clients, no per-field traces (nothing reports them),
 * and unexpected errors masked with a reference (error-masking.ts).
 */
export async function startSubgraphApollo<TContext extends BaseContext>(
  schema: GraphQLSchema,
  service = 'subgraph',
) {
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors(service),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  return apollo;
}

export interface GraphQLAppOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (request: Request) => Promise<TContext>;
  health: () => Promise<HealthReport>;
  bodyLimit?: string;
  /**
   * Who is calling, checked before the body is read (a subgraph: the gateway's signed identity), so
   * that a body as large as `bodyLimit` is read only for an authenticated caller.
   */
  authenticate?: (request: Request) => Promise<unknown>;
  /**
   * Routes mounted after /health and before /graphql (the gateway's CORS, web app and IDE); the
   * subgraphs pass none and serve only /graphql and /health.
   */
  beforeGraphQL?: (app: express.Express) => void;
}

/** An Express app serving `POST /graphql` and `GET /health`; the Apollo server must be started. */
export function createGraphQLApp<TContext extends BaseContext>(options: GraphQLAppOptions<TContext>) {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    const report = await options.health().catch((error: unknown): HealthReport => ({
      status: 'degraded',
      service: 'unknown',
      error: String(error),
    }));
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  options.beforeGraphQL?.(app);
  app.use(
    '/graphql',
    (request: Request, _res: Response, next: NextFunction) =>
      void (options.authenticate?.(request) ?? Promise.resolve()).then(() => next(), next),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    expressMiddleware(options.apollo, { context: async ({ req }) => options.context(req) }),
  );
  // A body that is too large or not JSON never reaches GraphQL: answer in GraphQL's error shape.
  app.use(
    (
      error: { status?: number; type?: string; message: string },
      _req: Request,
      res: Response,
      next: NextFunction,
    ) => {
      if (error instanceof GraphQLError) {
        const { http, ...extensions } = error.extensions as { http?: { status?: number } };
        return res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions }] });
      }
      if (!error.status || error.status >= 500) return next(error);
      const message =
        error.type === 'entity.too.large'
          ? `The request body is larger than the ${options.bodyLimit ?? '1mb'} this service accepts`
          : `The request body could not be read: ${error.message}`;
      res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    },
  );
  return app;
}

export interface RunningService {
  url: string;
  port: number;
  /** TCP connections accepted so far (shows whether callers keep connections alive). */
  acceptedConnections(): number;
  /** GraphQL requests received so far (shows whether a refused query reached this service). */
  graphqlRequests(): number;
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and returns how to reach and stop the service. */
export async function listen(
  app: express.Express,
  port: number,
  host = '127.0.0.1',
  onClose: () => Promise<void> = async () => {},
): Promise<RunningService> {
  const server: Server = createServer();
  let accepted = 0;
  server.on('connection', () => (accepted += 1));
  let graphqlRequests = 0;
  // Counted before Express sees the request: its routing rewrites request.url.
  server.on('request', (request: { url?: string }) => {
    if (request.url?.startsWith('/graphql')) graphqlRequests += 1;
  });
  server.on('request', app);
  server.keepAliveTimeout = 65_000; // longer than the gateway's idle sockets, so it never reuses a closed one
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    acceptedConnections: () => accepted,
    graphqlRequests: () => graphqlRequests,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await onClose();
    },
  };
}

/** Entry point of a service's main.ts: start it, report, and close cleanly on SIGINT/SIGTERM. */
export function runUntilSignalled(
  start: () => Promise<RunningService>,
  describe: (url: string) => string,
): void {
  start().then(
    (service) => {
      console.log(describe(service.url));
      const stop = () => void service.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
