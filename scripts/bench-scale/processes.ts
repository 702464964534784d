import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const DIST = join(__dirname, '..', '..');
/** How much of a child's output is kept to explain why it died. */
const TAIL_CHARS = 4_000;

export interface Launched {
  label: string;
  /** "city", "cooperation" or "gateway": what the RSS figures are summed by. */
  role: 'city' | 'cooperation' | 'gateway';
  child: ChildProcess;
  ready: Promise<string>;
  tail: () => string;
}

/** A free TCP port on the loopback, found by letting the system pick one and giving it back. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Resident set size of a process in MB, from /proc (Linux); 0 once it has gone. */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    return Math.round((kb / 1024) * 10) / 10;
  } catch {
    return 0;
  }
}

/** Linux's USER_HZ, the unit of the CPU times in /proc/<pid>/stat (100 on every usual kernel). */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far in ms, from /proc; 0 once it has gone. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface CpuTimes {
  gateway: number;
  cooperation: number;
  cities: number;
}

const IDLE_SAMPLE_MS = 5_000;

/** CPU ms per second each kind of process uses with no request at all, over five quiet seconds. */
export async function idleCpuRate(fleet: Fleet): Promise<CpuTimes> {
  const before = fleet.cpu();
  await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
  const after = fleet.cpu();
  const rate = (kind: keyof CpuTimes) =>
    Math.round(((after[kind] - before[kind]) / IDLE_SAMPLE_MS) * 1000 * 10) / 10;
  return { gateway: rate('gateway'), cooperation: rate('cooperation'), cities: rate('cities') };
}

/**
 * The deployments of one benchmark run as separate processes (`node dist/...`), the way `npm start`
 * and production run them, so that each has its own event loop and heap as a real city would.
 * Every child started here is stopped by `stopAll`, also when the run fails half-way.
 */
export class Fleet {
  readonly processes: Launched[] = [];
  private stopping = false;

  launch(
    label: string,
    role: Launched['role'],
    script: string,
    env: Record<string, string>,
    nodeArgs: string[] = [],
  ): Launched {
    const child = spawn(process.execPath, [...nodeArgs, join(DIST, script)], {
      // Only what a deployment needs: no signing key or database URL of the shell leaks in.
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-TAIL_CHARS);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let isReady = false;
    const ready = new Promise<string>((resolve, reject) => {
      const onData = () => {
        const url = /ready at (http\S+)/.exec(output)?.[1];
        if (url) {
          child.stdout!.off('data', onData);
          isReady = true;
          resolve(url);
        }
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code, signal) => {
        const why = `${label} exited (${signal ?? code})`;
        if (!isReady) reject(new Error(`${why} before it was ready:\n${output}`));
        // A death mid-run shows up as errors in the answers; this says which process and why.
        else if (!this.stopping) console.error(`${why} during the run:\n${output}`);
      });
    });
    ready.catch(() => undefined); // awaited by the caller; an early exit is reported there
    const launched = { label, role, child, ready, tail: () => output };
    this.processes.push(launched);
    return launched;
  }

  /** RSS in MB of the gateway, the hub and the cities together (and the largest city). */
  rss(): { gateway: number; cooperation: number; cities: number; largestCity: number } {
    const of = (role: Launched['role']) =>
      this.processes.filter((p) => p.role === role).map((p) => rssMb(p.child.pid));
    const cities = of('city');
    const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 10) / 10;
    return {
      gateway: sum(of('gateway')),
      cooperation: sum(of('cooperation')),
      cities: sum(cities),
      largestCity: Math.max(0, ...cities),
    };
  }

  /**
   * CPU ms used so far by each kind of process: the difference over a run, per request, is what a
   * request costs whatever else the machine is doing (latency and req/s are not).
   */
  cpu(): CpuTimes {
    const of = (role: Launched['role']) =>
      this.processes.filter((p) => p.role === role).reduce((sum, p) => sum + cpuMs(p.child.pid), 0);
    return { gateway: of('gateway'), cooperation: of('cooperation'), cities: of('city') };
  }

  /** SIGTERM to every child still running, then waits for each to exit (SIGKILL after `graceMs`). */
  async stopAll(graceMs = 15_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.processes.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
            child.once('exit', () => {
              clearTimeout(force);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    this.processes.length = 0;
    this.stopping = false;
  }
}
