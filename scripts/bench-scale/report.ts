import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadStats } from './load';
import type { CpuTimes } from './processes';

/** The two scenarios the gateway hop's cost is read from. */
export const HOP_SCENARIO = 'one root field through the gateway';
export const DIRECT_SCENARIO = 'the same root field straight to the HN city';

export interface ProcessRss {
  gateway: number;
  cooperation: number;
  /** All city processes together. */
  cities: number;
  largestCity: number;
}

/**
 * One line of `bench-results/scale.json`: milliseconds, requests per second, MB. `rssMb` is the
 * gateway's RSS at the end of the scenario; `processRssMb` that of every kind of process.
 */
export interface ScaleRow {
  scenario: string;
  cities: number;
  clients: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  rps: number;
  errors: number;
  rssMb: number;
  processRssMb: ProcessRss;
  requests: number;
  seconds: number;
  /**
   * CPU ms each kind of process spent per answered request during the measured run (all cities
   * together, idle use subtracted): what a request costs, whatever else the machine was doing.
   * Absent for the change scenario, whose rounds also write.
   */
  cpuMsPerRequest?: CpuTimes;
  /** Why a scenario has no figures (its answers never came right). */
  note?: string;
  /** Soak only: RSS of each kind of process every 10 s, and the growth from the first sample to the last. */
  rssSamples?: (ProcessRss & { atSeconds: number })[];
  rssGrowthMb?: ProcessRss;
}

export function row(
  scenario: string,
  cities: number,
  clients: number,
  stats: LoadStats,
  seconds: number,
  rss: ProcessRss,
): ScaleRow {
  const { p50, p95, p99, rps, errors, requests } = stats;
  return {
    scenario,
    cities,
    clients,
    p50,
    p95,
    p99,
    rps,
    errors,
    rssMb: rss.gateway,
    processRssMb: rss,
    requests,
    seconds,
  };
}

/**
 * CPU ms per answered request of each kind of process over a run: the CPU used during the run less
 * what the processes use when idle (timers, the metrics' event-loop monitor) for as long, so that a
 * slow run with few requests is not charged 36 processes' background work.
 */
export function cpuPerRequest(
  before: CpuTimes,
  after: CpuTimes,
  idleMsPerSecond: CpuTimes,
  seconds: number,
  requests: number,
): CpuTimes | undefined {
  if (!requests) return undefined;
  const per = (kind: keyof CpuTimes) => {
    const busy = Math.max(0, after[kind] - before[kind] - idleMsPerSecond[kind] * seconds);
    return Math.round((busy / requests) * 10) / 10;
  };
  return { gateway: per('gateway'), cooperation: per('cooperation'), cities: per('cities') };
}

const HEADER = [
  '| scenario | cities | clients | p50 ms | p95 ms | p99 ms | req/s | errors | CPU ms/req gateway / hub / cities | RSS MB gateway / hub / cities (largest) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

export function tableLine(line: ScaleRow): string {
  const { gateway, cooperation, cities, largestCity } = line.processRssMb;
  const cells = [
    line.scenario,
    line.cities,
    line.clients,
    line.p50 ?? '—',
    line.p95 ?? '—',
    line.p99 ?? '—',
    line.rps,
    line.errors,
    line.cpuMsPerRequest
      ? `${line.cpuMsPerRequest.gateway} / ${line.cpuMsPerRequest.cooperation} / ${line.cpuMsPerRequest.cities}`
      : '—',
    `${Math.round(gateway)} / ${Math.round(cooperation)} / ${Math.round(cities)} (${Math.round(largestCity)})`,
  ];
  return `| ${cells.join(' | ')} |`;
}

export function markdownTable(rows: ScaleRow[]): string {
  return [...HEADER, ...rows.map(tableLine)].join('\n');
}

/** The soak's memory: one line per sample, so growth (or its absence) can be read at a glance. */
export function soakTable(line: ScaleRow): string {
  const samples = line.rssSamples ?? [];
  const growth = line.rssGrowthMb;
  return [
    '| after s | gateway MB | hub MB | cities MB | largest city MB |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...samples.map(
      (s) => `| ${s.atSeconds} | ${s.gateway} | ${s.cooperation} | ${s.cities} | ${s.largestCity} |`,
    ),
    ...(growth
      ? [`| growth | ${growth.gateway} | ${growth.cooperation} | ${growth.cities} | ${growth.largestCity} |`]
      : []),
  ].join('\n');
}

export function writeResults(file: string, rows: ScaleRow[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(rows, null, 2)}\n`);
}

/** The "gateway hop ≥ 0.6× of a direct call": req/s through the gateway over req/s direct. */
export function hopRatios(rows: ScaleRow[]): string[] {
  return rows
    .filter((line) => line.scenario === HOP_SCENARIO)
    .flatMap((hop) => {
      const direct = rows.find(
        (line) =>
          line.scenario === DIRECT_SCENARIO && line.cities === hop.cities && line.clients === hop.clients,
      );
      if (!direct?.rps) return [];
      const ratio = (hop.rps / direct.rps).toFixed(2);
      return [`gateway hop at ${hop.cities} cities, ${hop.clients} client(s): ${ratio}× of a direct call`];
    });
}
