import { randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { DEFAULT_SHUTDOWN_TIMEOUT_MS, drainOnClose } from './graceful-shutdown';
import type { AddressInfo } from 'node:net';
import { ApolloServer, BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Tracer } from '@opentelemetry/api';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { maskUnexpectedErrors } from './error-masking';
import { logger } from './logging';
import { metricsEnabled, serveMetrics } from './metrics';
import {
  noteError,
  observationOf,
  observationPlugin,
  observeRequests,
  resumeObservation,
} from './request-observation';

export interface HealthReport {
  /** `ok` and `degraded` (serving, with a part down) are ready unless `ready: false`; `down` is not (503). */
  status: 'ok' | 'degraded' | 'down';
  service: string;
  [detail: string]: unknown;
}

/**
 * A subgraph's Apollo server: no stack traces to clients, no per-field traces (nothing reports them),
 * unexpected errors masked with a reference (error-masking.ts), and each request's operation and
 * caller noted for its log line (request-observation.ts).
 */
export async function startSubgraphApollo<TContext extends BaseContext>(
  schema: GraphQLSchema,
  service = 'subgraph',
) {
  const apollo = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors(service),
    // Apollo's own SIGTERM handler would stop it at once and re-raise the signal: listen() drains.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), observationPlugin()],
  });
  await apollo.start();
  return apollo;
}

export interface GraphQLAppOptions<TContext extends BaseContext> {
  /** `gateway`, `cooperation`, `city:HN`…: the `service` of its log lines and metrics. */
  service: string;
  /** Started with observationPlugin() among its plugins (startSubgraphApollo does it). */
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
   * subgraphs pass none and serve only /graphql, /health and /metrics.
   */
  beforeGraphQL?: (app: express.Express) => void;
  /** This service's tracer (tracing.ts): a SERVER span per /graphql and /import request; none when off. */
  tracer?: Tracer;
}

/**
 * An Express app serving `POST /graphql`, `GET /health/live` (the process answers),
 * `GET /health/ready` and its older name `GET /health` (the service's own report: 503 when `down`)
 * and `GET /metrics`; every request gets an `x-request-id`, and GraphQL requests a log line.
 * The Apollo server must be started.
 */
export function createGraphQLApp<TContext extends BaseContext>(options: GraphQLAppOptions<TContext>) {
  // A bad LOG_LEVEL, LOG_FORMAT or METRICS_ENABLED stops the service at start-up, not at its first request.
  logger();
  metricsEnabled();
  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests(options.service, options.tracer));
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok', service: options.service }));
  const ready = async (_req: Request, res: Response) => {
    const report = await options.health().catch((error: unknown): HealthReport => {
      logger().error({ service: options.service, err: error }, 'readiness check failed');
      return { status: 'down', service: options.service, error: 'the readiness check failed' };
    });
    const isReady = (report.status === 'ok' || report.status === 'degraded') && report.ready !== false;
    res.status(isReady ? 200 : 503).json(report);
  };
  app.get(['/health', '/health/ready'], ready);
  app.get('/metrics', serveMetrics);
  options.beforeGraphQL?.(app);
  app.use(
    '/graphql',
    (request: Request, _res: Response, next: NextFunction) =>
      void (options.authenticate?.(request) ?? Promise.resolve()).then(() => next(), next),
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    resumeObservation,
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
        noteError({ message: error.message, extensions }, observationOf(res));
        return res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions }] });
      }
      if (!error.status || error.status >= 500) return next(error);
      const message =
        error.type === 'entity.too.large'
          ? `The request body is larger than the ${options.bodyLimit ?? '1mb'} this service accepts`
          : `The request body could not be read: ${error.message}`;
      noteError({ message, extensions: { code: 'BAD_USER_INPUT' } }, observationOf(res));
      res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    },
  );
  // Anything else is ours: the stack goes to the log under a reference, never to the client.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const reference = randomUUID();
    const record = observationOf(res);
    logger().error(
      { service: options.service, requestId: record?.requestId, reference, err: error },
      'internal error',
    );
    const extensions = { code: 'INTERNAL_SERVER_ERROR', requestId: reference };
    noteError({ message: 'Internal error', extensions }, record);
    res.status(500).json({ errors: [{ message: `Internal error; reference ${reference}`, extensions }] });
  });
  return app;
}

export interface RunningService {
  url: string;
  port: number;
  /** TCP connections accepted so far (shows whether callers keep connections alive). */
  acceptedConnections(): number;
  /** GraphQL requests received so far (shows whether a refused query reached this service). */
  graphqlRequests(): number;
  /**
   * Stops accepting connections, lets requests in flight finish (cut after the shutdown timeout),
   * then runs the service's own close (Apollo, database pools). Calling it again waits for the same close.
   */
  close(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and returns how to reach and stop the service. */
export async function listen(
  app: express.Express,
  port: number,
  host = '127.0.0.1',
  onClose: () => Promise<void> = async () => {},
  /** SHUTDOWN_TIMEOUT_MS (graceful-shutdown.ts): how long close() waits for requests in flight. */
  shutdownTimeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS,
): Promise<RunningService> {
  const server: Server = createServer();
  const drain = drainOnClose(server);
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
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${actualPort}/graphql`,
    port: actualPort,
    acceptedConnections: () => accepted,
    graphqlRequests: () => graphqlRequests,
    close: () => (closing ??= drain(shutdownTimeoutMs).then(onClose)),
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
      const stop = (signal: NodeJS.Signals) => {
        logger().info({ signal }, 'stopping: no new connections; finishing the requests in flight');
        service.close().then(
          () => {
            logger().info('stopped');
            process.exit(0);
          },
          (error: unknown) => {
            logger().error({ err: error }, 'stopping failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
