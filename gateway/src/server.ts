import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskUnexpectedErrors } from '../../services/shared/src/error-masking';
import { UnauthenticatedError } from '../../services/shared/src/errors';
import { createGraphQLApp, HealthReport } from '../../services/shared/src/http-service';
import { observationPlugin } from '../../services/shared/src/request-observation';
import { abuseProtection } from './abuse-limits';
import { createTokenVerifier } from './authentication';
import { GatewayConfig } from './config';
import { graphqlCors } from './cors-policy';
import { isLagging } from './city-schema-report';
import { CitySchemaSkew } from './city-schema-skew';
import { createGateway } from './gateway';
import { mountImportUpload } from './import-upload';
import type { GatewayContext } from './identity-forwarding';
import { healthUrlOf } from './subgraph-fetcher';
import { mountSignInConfig } from './sign-in-config';
import { mountWebPages } from './web-pages';

/** A health check waits at most this long for any one service; all are asked at once. */
const PROBE_TIMEOUT_MS = 2_000;

async function probe(
  url: string | undefined,
  /** Reads the service's readiness body when it is ready (a city's schema hash). */
  read?: (report: unknown) => Promise<void>,
): Promise<'ok' | 'down'> {
  if (!url) return 'down';
  try {
    const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (response.ok && read) await read(await response.json().catch(() => undefined));
    return response.ok ? 'ok' : 'down';
  } catch {
    return 'down';
  }
}

/**
 * The gateway's HTTP app: POST /graphql for clients, GET /health with each city's state, the web app
 * at / and, while introspection is on, the GraphQL IDE at GET /graphql for browsers.
 */
export async function createGatewayServer(config: GatewayConfig) {
  const { gateway, router, breakers, cooperationUrl, close } = createGateway(config);
  await router.ready();
  // Version skew (README): each city's schema against the supergraph's, learnt now without waiting.
  const cityUrls = new Map(config.cities.map(({ code, url }) => [code, url]));
  const schemas = new CitySchemaSkew(
    config.supergraphSdl,
    router.cities.map(({ code, source }) => ({ code, source, url: cityUrls.get(code)! })),
  );
  router.guardSchemas(schemas);
  schemas.start();
  const verifyToken = createTokenVerifier(config.tokens);
  const protection = abuseProtection(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Driver text and stack traces stay in the gateway's log; clients get a code and a reference.
    formatError: maskUnexpectedErrors('gateway'),
    // Apollo's own SIGTERM handler would stop it at once and re-raise the signal: listen() drains.
    stopOnTerminationSignals: false,
    introspection: config.limits.introspection,
    allowBatchedHttpRequests: config.allowBatchedRequests,
    // Apollo's landing page loads its IDE from a CDN; ours is built from npm packages (web-pages.ts).
    plugins: [ApolloServerPluginLandingPageDisabled(), observationPlugin(), ...protection.plugins],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
  });
  await apollo.start();
  const app = createGraphQLApp({
    service: 'gateway',
    apollo,
    tracer: config.tracer,
    bodyLimit: config.bodyLimit,
    beforeGraphQL: (web) => {
      const cors = graphqlCors(config.corsOrigins);
      if (cors) web.use('/graphql', cors);
      mountImportUpload(web, apollo, verifyToken, config);
      mountSignInConfig(web, config.signIn);
      mountWebPages(web, { dashboardDir: config.dashboardDir, graphqlIde: config.limits.introspection });
    },
    context: async (request) => {
      try {
        return { identity: await verifyToken(request.get('authorization')) };
      } catch (error) {
        // Refused before anything runs, with 401 so that clients and proxies see it as such.
        if (error instanceof UnauthenticatedError) error.extensions.http = { status: 401 };
        throw error;
      }
    },
    health: async (): Promise<HealthReport> => {
      // A city whose breaker is not closed is reported as such without being asked: no wait on a dead city.
      const cityState = async (code: string, url: string) =>
        (breakers.get(code)?.state ?? 'closed') !== 'closed'
          ? 'open'
          : await probe(url, (report) => schemas.readinessReported(code, report));
      const [cooperation, ...states] = await Promise.all([
        probe(cooperationUrl),
        ...config.cities.map(async ({ code, url }) => [code, await cityState(code, url)] as const),
      ]);
      const unavailableCities = states.filter(([, state]) => state !== 'ok').map(([code]) => code);
      // A city behind the supergraph answers all but its missing fields: degraded, like a city down,
      // and still ready. A city ahead answers everything the graph asks: ok.
      const cities = schemas.report();
      const lagging = Object.values(cities).some(isLagging);
      // A city down leaves the gateway serving the others (degraded, still ready); without cooperation
      // most of the graph fails, so the gateway is not ready.
      return {
        status: unavailableCities.length === 0 && !lagging && cooperation === 'ok' ? 'ok' : 'degraded',
        service: 'gateway',
        ready: cooperation === 'ok',
        cooperation,
        cities: Object.fromEntries(states),
        ...(unavailableCities.length > 0 ? { unavailableCities } : {}),
        schemas: cities,
      };
    },
  });
  return {
    app,
    apollo,
    router,
    stop: async () => {
      await apollo.stop();
      await schemas.close();
      await close();
    },
  };
}
