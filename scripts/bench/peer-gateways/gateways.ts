import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../services/shared/src/project-root';
import type { RunningFederation } from '../../local-federation';
import { freePort, RunningGateway, startGatewayProcess } from './gateway-process';

/** The committed project that holds Hive Gateway, kept out of the root install (it brings ~750 packages). */
export const PEERS_DIR = join(projectRoot(), 'scripts', 'bench', 'peers');
const HIVE_BIN = join(PEERS_DIR, 'node_modules', '.bin', 'hive-gateway');

/**
 * Installs scripts/bench/peers from its lock file when it is not there yet (a few minutes, once).
 * npm's output goes to standard error so that standard output stays the tables.
 */
export function ensureHiveGatewayInstalled(): boolean {
  if (existsSync(HIVE_BIN)) return true;
  console.log('Hive Gateway is not installed: npm ci --prefix scripts/bench/peers --no-audit --no-fund');
  const result = spawnSync('npm', ['ci', '--prefix', PEERS_DIR, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 2, 2],
  });
  return result.status === 0 && existsSync(HIVE_BIN);
}

/**
 * This gateway as deployed, in its own process (`node dist/gateway/src/main.js`) with the
 * federation's gateway settings: CITIES=HN=<url> (the city shard router with one city), its keys,
 * COOPERATION_URL; logs and metrics at their defaults, traces off.
 */
export async function startThisGateway(federation: RunningFederation): Promise<RunningGateway> {
  const port = await freePort();
  const main = join(__dirname, '..', '..', '..', 'gateway', 'src', 'main.js');
  return startGatewayProcess({
    name: 'this gateway',
    command: process.execPath,
    args: [main],
    env: { ...process.env, ...federation.envOf('gateway'), PORT: String(port) },
    port,
  });
}

/** Plain @apollo/gateway under ApolloServer's standalone server (apollo-gateway-peer.ts). */
export async function startPlainApolloGateway(supergraphFile: string): Promise<RunningGateway> {
  const port = await freePort();
  return startGatewayProcess({
    name: 'plain @apollo/gateway',
    command: process.execPath,
    args: [join(__dirname, 'apollo-gateway-peer.js')],
    env: { ...process.env, SUPERGRAPH_FILE: supergraphFile, PORT: String(port) },
    port,
  });
}

/**
 * Hive Gateway through its CLI, one process (`--fork 1`, as the other two run one), its defaults
 * otherwise; peers/gateway.config.mjs forwards the identity headers and, with `deduplicate: false`,
 * turns off its in-flight deduplication of identical subgraph requests (on by default).
 */
export async function startHiveGateway(
  supergraphFile: string,
  { deduplicate }: { deduplicate: boolean },
): Promise<RunningGateway> {
  const port = await freePort();
  return startGatewayProcess({
    name: deduplicate ? 'Hive Gateway' : 'Hive Gateway, deduplication off',
    command: HIVE_BIN,
    args: [
      'supergraph',
      supergraphFile,
      '--config-path',
      join(PEERS_DIR, 'gateway.config.mjs'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--fork',
      '1',
    ],
    env: { ...process.env, BENCH_HIVE_DEDUPLICATION: deduplicate ? 'on' : 'off' },
    cwd: PEERS_DIR,
    port,
  });
}
