import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { formatCityDirectory } from '../gateway/src/city-directory';
import { DEMO_ISSUER, ensureDemoKeys, gatewayKeyEnv, signDemoToken, subgraphKeyEnv } from './demo-keys';
import { DEMO_ACCOUNTS } from './identity-provider/demo-accounts';
import { seedCity, seedCooperation } from './seed';

/**
 * `npm start`: the whole federation on the embedded databases: demo data, HN and HP city subgraphs,
 * cooperation and the gateway as separate processes. Ctrl-C stops them all.
 */
const DIST = join(__dirname, '..');
const GATEWAY_PORT = Number(process.env.GATEWAY_PORT ?? 4000);
const COOPERATION_PORT = Number(process.env.COOPERATION_PORT ?? 4001);
const CITY_PORTS: Record<string, number> = { HN: 4101, HP: 4102 };
const children: ChildProcess[] = [];

// A signing key in the shell is not passed on: each child gets only the keys given to it below.
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith('GATEWAY_SIGNING_KEY')),
);

function launch(label: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(DIST, script)], {
    // Readable log lines for a person at a terminal; LOG_FORMAT=json in the shell keeps JSON.
    env: { ...inherited, DATABASE_URL: '', LOG_FORMAT: process.env.LOG_FORMAT || 'pretty', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${label} exited (${signal ?? code}); stopping the federation`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

async function waitForHealth(
  label: string,
  port: number,
  timeoutMs = 60_000,
  path = '/health',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${label} did not become healthy on port ${port} within ${timeoutMs / 1000}s`);
}

let stopping = false;
async function stop(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(exitCode);
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  const embedded = { ...process.env, DATABASE_URL: undefined };
  console.log('Loading demo data into data/*.sqlite …');
  await seedCooperation(embedded);
  for (const code of Object.keys(CITY_PORTS)) await seedCity({ ...embedded, CITY_CODE: code });

  const keys = await ensureDemoKeys();
  // Subgraphs get the gateway's public keys only; its private key goes to the gateway alone.
  const subgraphKeys = subgraphKeyEnv(keys);
  console.log('Starting subgraphs …');
  launch('cooperation', 'services/cooperation/src/main.js', {
    ...subgraphKeys,
    PORT: String(COOPERATION_PORT),
    GATEWAY_URL: `http://127.0.0.1:${GATEWAY_PORT}/graphql`, // where writes check the cities' records
  });
  for (const [code, port] of Object.entries(CITY_PORTS)) {
    launch(`city ${code}`, 'services/city/src/main.js', {
      ...subgraphKeys,
      CITY_CODE: code,
      PORT: String(port),
    });
  }
  await waitForHealth('cooperation', COOPERATION_PORT);
  for (const [code, port] of Object.entries(CITY_PORTS)) await waitForHealth(`city ${code}`, port);

  // The demo OpenID Connect provider signs with the demo issuer key, which the gateway trusts.
  const issuer = new URL(DEMO_ISSUER);
  const dashboardOrigins = [`http://127.0.0.1:${GATEWAY_PORT}`, `http://localhost:${GATEWAY_PORT}`];
  launch('identity provider', 'scripts/identity-provider/main.js', {
    DASHBOARD_ORIGINS: dashboardOrigins.join(','),
  });
  await waitForHealth('identity provider', Number(issuer.port), 30_000, '/.well-known/openid-configuration');

  const cities = Object.entries(CITY_PORTS).map(([code, port]) => ({
    code,
    url: `http://127.0.0.1:${port}/graphql`,
  }));
  launch('gateway', 'gateway/src/main.js', {
    ...gatewayKeyEnv(keys),
    JWKS_FILE: '',
    JWKS_URL: `${issuer.origin}/jwks`,
    OIDC_AUTHORITY: issuer.origin,
    PORT: String(GATEWAY_PORT),
    CITIES: formatCityDirectory(cities),
    COOPERATION_URL: `http://127.0.0.1:${COOPERATION_PORT}/graphql`,
  });
  await waitForHealth('gateway', GATEWAY_PORT);

  const gatewayUrl = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
  const officerToken = await signDemoToken(keys, {
    sub: 'demo-hn-officer',
    role: 'city-officer',
    city: 'HN',
  });
  console.log(`
The federation is up.
  dashboard     http://127.0.0.1:${GATEWAY_PORT}/   (open it in a browser: Vietnamese first, works offline)
  sign-in       ${issuer.origin}   (the demo OpenID Connect provider; "Đăng nhập" in the dashboard)
  gateway       ${gatewayUrl}   (open it in a browser for GraphiQL)
  cooperation   http://127.0.0.1:${COOPERATION_PORT}/graphql
${Object.entries(CITY_PORTS)
  .map(([code, port]) => `  city ${code}       http://127.0.0.1:${port}/graphql`)
  .join('\n')}

Try:
  curl -s ${gatewayUrl} -H 'content-type: application/json' \\
    -d '{"query":"{ cities { code name memberCount educationUnion { name chair { fullName } } } }"}'

As a Hà Nội city officer (more tokens: npm run token -- --role school-officer --unit HN/hn-thcs-thpt-newton):
  curl -s ${gatewayUrl} -H 'content-type: application/json' -H 'authorization: Bearer ${officerToken}' \\
    -d '{"query":"{ grassrootsUnion(cityCode: \\"HN\\", id: \\"hn-thcs-thpt-newton\\") { members(first: 3) { edges { node { fullName phone } } } } }"}'

Demo accounts for "Đăng nhập" (demo only):
${DEMO_ACCOUNTS.map(
  (account) =>
    `  ${account.username.padEnd(15)} ${account.password.padEnd(15)} ${account.role}${account.city ? ` ${account.city}` : ''}${account.unit ? ` ${account.unit}` : ''}`,
).join('\n')}

Press Ctrl-C to stop everything.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
