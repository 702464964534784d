import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningGateway {
  name: string;
  url: string;
  /** Resident memory of the gateway's process now, in MB (read from /proc; undefined elsewhere). */
  rssMb(): number | undefined;
  close(): Promise<void>;
}

export interface GatewayCommand {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  cwd?: string;
}

/** A port free right now: each gateway is told its port, as it would be in a deployment. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const STARTUP_TIMEOUT_MS = 120_000;

/**
 * Starts one gateway in its own process and waits until it answers `{ __typename }`. Its standard
 * output (log lines) is dropped; the end of its standard error is kept to say why it did not start.
 */
export async function startGatewayProcess(spec: GatewayCommand): Promise<RunningGateway> {
  const child = spawn(spec.command, spec.args, {
    env: spec.env,
    cwd: spec.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderrTail = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderrTail = (stderrTail + chunk.toString()).slice(-2000)));
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', (error) => {
      stderrTail += `\n${error.message}`;
      exited = true;
      resolve();
    });
  });
  const url = `http://127.0.0.1:${spec.port}/graphql`;
  const close = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
    if (!killed) {
      child.kill('SIGKILL');
      await exit;
    }
  };
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await answersTypename(url))) {
    if (exited || Date.now() > deadline) {
      await close();
      const why = exited
        ? `exited with ${child.exitCode}`
        : `did not answer in ${STARTUP_TIMEOUT_MS / 1000} s`;
      throw new Error(`${spec.name} ${why}: ${stderrTail.trim() || '(nothing on stderr)'}`);
    }
    await sleep(250);
  }
  return { name: spec.name, url, rssMb: () => rssOf(child.pid), close };
}

async function answersTypename(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const answer = (await response.json()) as { data?: { __typename?: string } };
    return answer.data?.__typename === 'Query';
  } catch {
    return false;
  }
}

function rssOf(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined;
  }
}
