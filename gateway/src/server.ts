import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { maskUnexpectedErrors } from '../../services/shared/src/error-masking';
import { UnauthenticatedError } from '../../services/shared/src/errors';
import { createGraphQLApp } from '../../services/shared/src/http-service';
import { abuseProtection } from './abuse-limits';
import { createTokenVerifier } from './authentication';
import { GatewayConfig } from './config';
import { graphqlCors } from './cors-policy';
import { createGateway } from './gateway';
import { mountImportUpload } from './import-upload';
import type { GatewayContext } from './identity-forwarding';
import { healthUrlOf } from './subgraph-fetcher';
import { mountSignInConfig } from './sign-in-config';
import { mountWebPages } from './web-pages';

async function probe(url: string): Promise<'ok' | 'down'> {
  try {
    const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(2_000) });
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
  const { gateway, router, close } = createGateway(config);
  const verifyToken = createTokenVerifier(config.tokens);
  const protection = abuseProtection(config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // Driver text and stack traces stay in the gateway's log; clients get a code and a reference.
    formatError: maskUnexpectedErrors('gateway'),
    introspection: config.limits.introspection,
    allowBatchedHttpRequests: config.allowBatchedRequests,
    // Apollo's landing page loads its IDE from a CDN; ours is built from npm packages (web-pages.ts).
    plugins: [ApolloServerPluginLandingPageDisabled(), ...protection.plugins],
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
  });
  await apollo.start();
  const app = createGraphQLApp({
    apollo,
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
    health: async () => {
      const states = await Promise.all(config.cities.map(async ({ code, url }) => [code, await probe(url)]));
      // The gateway stays up when a city is down; the report says which.
      return { status: 'ok', service: 'gateway', cities: Object.fromEntries(states) };
    },
  });
  return {
    app,
    apollo,
    router,
    stop: async () => {
      await apollo.stop();
      await close();
    },
  };
}
