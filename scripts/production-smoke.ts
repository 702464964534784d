import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCityDirectory } from '../gateway/src/city-directory';
import { DemoKeys, ensureDemoKeys, gatewayKeyEnv, signDemoToken, subgraphKeyEnv } from './demo-keys';
import { createTestDatabase, envFor, TestDatabase, TEST_MYSQL_URL } from './throwaway-databases';

/**
 * The production topology as separate processes, the way docker-compose.yml runs it:
 * NODE_ENV=production, one MySQL database per deployment, keys from files, introspection off. It
 * loads the demo data (SEED_DEMO=1), asks a few questions through the gateway, stops everything with
 * SIGTERM and expects each process to exit 0. `TEST_MYSQL_URL=mysql://… npm run smoke:production`.
 */
const DIST = join(__dirname, '..');
const children: { label: string; child: ChildProcess }[] = [];

function run(script: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [join(DIST, script), ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return child;
}

/** Starts a service on a free port and resolves with its URL from its "ready at" line. */
function service(label: string, script: string, env: Record<string, string>): Promise<string> {
  const child = run(script, { ...env, PORT: '0' });
  children.push({ label, child });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /ready at (http\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`${label} exited (${code}) before it was ready`)));
  });
}

function seed(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    run('scripts/seed.js', env, args).once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`seeding ${args.join(' ')} failed (${code})`)),
    );
  });
}

async function ask(gatewayUrl: string, query: string, token?: string) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`smoke check failed: ${what}`);
  console.log(`  ok  ${what}`);
}

async function smoke(keys: DemoKeys, databases: Map<string, TestDatabase>): Promise<void> {
  const subgraphKeys = subgraphKeyEnv(keys);
  for (const [name, database] of databases) {
    const args = name === 'cooperation' ? ['--cooperation'] : ['--city', name];
    await seed(args, { ...envFor(database), ...(name === 'cooperation' ? {} : { CITY_CODE: name }) });
  }
  console.log('Starting HN, HP, cooperation and the gateway with NODE_ENV=production …');
  const cooperationUrl = await service('cooperation', 'services/cooperation/src/main.js', {
    ...subgraphKeys,
    ...envFor(databases.get('cooperation')!),
  });
  const cities = [];
  for (const code of ['HN', 'HP']) {
    const env = { ...subgraphKeys, ...envFor(databases.get(code)!), CITY_CODE: code };
    cities.push({ code, url: await service(`city ${code}`, 'services/city/src/main.js', env) });
  }
  const gatewayUrl = await service('gateway', 'gateway/src/main.js', {
    ...gatewayKeyEnv(keys),
    CITIES: formatCityDirectory(cities),
    COOPERATION_URL: cooperationUrl,
  });

  const overview = await ask(
    gatewayUrl,
    '{ cities { code memberCount educationUnion { chair { fullName } } } }',
  );
  const list = (overview.data?.cities ?? []) as { code: string; memberCount: number | null }[];
  check(
    !overview.errors && list.length === 2 && list.every((city) => (city.memberCount ?? 0) > 0),
    'both cities answer through the gateway',
  );
  const token = await signDemoToken(keys, { sub: 'smoke', role: 'city-officer', city: 'HN' });
  const officer = await ask(gatewayUrl, '{ cityAuditTrail(cityCode: "HN", first: 1) { totalCount } }', token);
  check(!officer.errors, 'a city officer’s token from the key file is accepted');
  const introspection = await ask(gatewayUrl, '{ __schema { types { name } } }');
  check(!!introspection.errors && !introspection.data, 'introspection is off in production');
  const ready = await fetch(gatewayUrl.replace(/\/graphql$/, '/health/ready'));
  check(ready.status === 200, 'the gateway is ready');
}

async function stopAll(): Promise<boolean> {
  const codes = await Promise.all(
    children.map(
      ({ label, child }) =>
        new Promise<[string, number | null]>((resolve) => {
          if (child.exitCode !== null) return resolve([label, child.exitCode]);
          child.once('exit', (code) => resolve([label, code]));
          child.kill('SIGTERM');
        }),
    ),
  );
  for (const [label, code] of codes)
    console.log(`  ${code === 0 ? 'ok ' : 'BAD'} ${label} exited ${code} on SIGTERM`);
  return codes.every(([, code]) => code === 0);
}

async function main(): Promise<void> {
  if (!TEST_MYSQL_URL)
    throw new Error('Set TEST_MYSQL_URL (e.g. mysql://root@127.0.0.1:3306): production runs on MySQL');
  const keyDir = mkdtempSync(join(tmpdir(), 'uft-smoke-keys-'));
  const databases = new Map<string, TestDatabase>();
  let stoppedCleanly: boolean;
  try {
    for (const name of ['cooperation', 'HN', 'HP'])
      databases.set(name, await createTestDatabase(`smoke${name}`));
    await smoke(await ensureDemoKeys(keyDir), databases);
  } finally {
    stoppedCleanly = await stopAll();
    for (const database of databases.values()) await database.drop();
    rmSync(keyDir, { recursive: true, force: true });
  }
  if (!stoppedCleanly) throw new Error('a service did not exit 0 on SIGTERM');
  console.log('Production smoke test passed.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
