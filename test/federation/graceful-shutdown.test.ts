import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCity } from '../../services/city/src/main';
import { openCityDatabase } from '../../services/city/src/database';
import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import {
  cityAudience,
  IDENTITY_HEADER,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import { projectRoot } from '../../services/shared/src/project-root';
import { DemoKeys, ensureDemoKeys, gatewayKeyEnv, subgraphKeyEnv } from '../../scripts/demo-keys';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, envFor, TestDatabase } from '../../scripts/throwaway-databases';
import { holdRequest, untilRefused } from '../support/held-request';

const CITY_MAIN = join(projectRoot(), 'dist', 'services', 'city', 'src', 'main.js');
const QUERY = JSON.stringify({
  query: '{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { id name } }',
});

describe(`graceful shutdown of a service (${ENGINE})`, () => {
  let keys: DemoKeys;
  let database: TestDatabase;
  let identity: () => Promise<Record<string, string>>;
  let cityEnv: (extra?: Record<string, string>) => Record<string, string>;

  beforeAll(async () => {
    keys = await ensureDemoKeys(mkdtempSync(join(tmpdir(), 'uft-keys-')));
    database = await createTestDatabase('cityHN');
    const seeded = await openCityDatabase(database.settings, 'HN');
    await loadCityDemo(seeded, 'HN', 'Hà Nội');
    await seeded.destroy();
    const signingKey = requireGatewaySigningKey(gatewaySigningKeyEnv(gatewayKeyEnv(keys)));
    const admin = { subject: 'shutdown-test', role: 'hub-admin' as const, anonymous: false };
    identity = async () => ({
      [IDENTITY_HEADER]: await signInternalIdentity(admin, signingKey, cityAudience('HN')),
    });
    cityEnv = (extra = {}) => ({
      ...subgraphKeyEnv(keys),
      CITY_CODE: 'HN',
      PORT: '0',
      ...envFor(database),
      ...extra,
    });
  });
  afterAll(async () => {
    await database?.drop();
    if (keys) rmSync(keys.dir, { recursive: true, force: true });
  });

  /** The answer to QUERY from a service that is not stopping, to compare the held answers with. */
  const normalAnswer = async (url: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await identity()) },
      body: QUERY,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { grassrootsUnion: { name: string } } };
    expect(body.data.grassrootsUnion.name).toEqual(expect.any(String));
    return body;
  };

  it('finishes a request in flight, refuses new connections and closes idle ones, then closes', async () => {
    const city = await startCity(cityEnv());
    const expected = await normalAnswer(city.url);
    // A client's kept-alive connection, idle when the shutdown begins.
    const agent = new Agent({ keepAlive: true });
    const idleSocket = await new Promise<Socket>((resolve, reject) => {
      const request = httpRequest(city.url.replace('/graphql', '/health'), { agent }, (response) => {
        response.resume();
        response.once('end', () => resolve(request.socket!));
      });
      request.once('error', reject).end();
    });
    const idleClosed = new Promise<void>((resolve) => idleSocket.once('close', () => resolve()));

    const held = holdRequest(city.url, await identity(), QUERY);
    await held.received;
    let closed = false;
    const closing = city.close().then(() => (closed = true));

    expect(await untilRefused(city.port)).toBe(true);
    await idleClosed; // at once, not after the shutdown timeout
    expect(closed).toBe(false); // still waiting for the request in flight
    held.release();
    const answer = await held.answer;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    expect(JSON.parse(answer.body)).toEqual(expected);
    await closing;
    expect(closed).toBe(true);
    agent.destroy();
  });

  it('cuts a request that outlives SHUTDOWN_TIMEOUT_MS and still closes', async () => {
    const city = await startCity(cityEnv({ SHUTDOWN_TIMEOUT_MS: '300' }));
    const held = holdRequest(city.url, await identity(), QUERY);
    const cut = held.answer.then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await held.received;
    await city.close(); // never released: only the timeout ends it
    expect(await cut).toMatch(/ECONNRESET|ECONNREFUSED|EPIPE/);
    expect(await untilRefused(city.port)).toBe(true);
  });

  it('rejects a shutdown timeout that is not a whole number of milliseconds', async () => {
    await expect(startCity(cityEnv({ SHUTDOWN_TIMEOUT_MS: 'soon' }))).rejects.toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  describe('a city process sent SIGTERM', () => {
    let child: ChildProcess | undefined;
    afterAll(() => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });

    it('answers the request in flight in full, then exits 0', async () => {
      if (!existsSync(CITY_MAIN)) throw new Error(`${CITY_MAIN} is not built: run \`npm run build\``);
      // Not under NODE_ENV=test, where Apollo would leave the signals alone anyway.
      child = spawn(process.execPath, [CITY_MAIN], {
        env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', ...cityEnv() },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const running = child;
      let output = '';
      running.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | string | null>((resolve) =>
        running.once('exit', (code, signal) => resolve(signal ?? code)),
      );
      const url = await new Promise<string>((resolve, reject) => {
        running.stdout!.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+\/graphql/.exec(output);
          if (found) resolve(found[0]);
        });
        void exited.then((code) => reject(new Error(`the city exited (${code}) before starting: ${output}`)));
      });
      const expected = await normalAnswer(url);

      const held = holdRequest(url, await identity(), QUERY);
      await held.received;
      running.kill('SIGTERM');
      expect(await untilRefused(Number(new URL(url).port))).toBe(true);
      held.release();
      const answer = await held.answer;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual(expected);
      expect(await exited).toBe(0);
    });
  });
});
