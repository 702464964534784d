import { LoadTarget, runLoad, warmUp } from './load';
import { Fleet, idleCpuRate } from './processes';
import { cpuPerRequest, ProcessRss, row, ScaleRow } from './report';

const SAMPLE_EVERY_MS = 10_000;
const CLIENTS = 10;

const minus = (a: ProcessRss, b: ProcessRss): ProcessRss => {
  const d = (x: number, y: number) => Math.round((x - y) * 10) / 10;
  return {
    gateway: d(a.gateway, b.gateway),
    cooperation: d(a.cooperation, b.cooperation),
    cities: d(a.cities, b.cities),
    largestCity: d(a.largestCity, b.largestCity),
  };
};

/**
 * The issue's memory question: ten clients on the comparison for `seconds` (5 minutes asked), the
 * RSS of every process sampled every 10 s. Growth is the last sample minus the first, taken after a
 * warm-up so that start-up allocations (JIT, first queries' caches) are not counted as a leak.
 */
export async function soak(
  fleet: Fleet,
  comparison: LoadTarget,
  cities: number,
  seconds: number,
): Promise<ScaleRow> {
  const idle = await idleCpuRate(fleet);
  await warmUp(comparison, CLIENTS);
  const started = Date.now();
  const samples: (ProcessRss & { atSeconds: number })[] = [];
  const sample = () => {
    const atSeconds = Math.round((Date.now() - started) / 1000);
    samples.push({ atSeconds, ...fleet.rss() });
    const last = samples[samples.length - 1];
    console.log(
      `  soak ${atSeconds} s: gateway ${last.gateway} MB, hub ${last.cooperation} MB, cities ${last.cities} MB`,
    );
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  let result;
  const before = fleet.cpu();
  try {
    result = await runLoad(comparison, CLIENTS, { seconds });
  } finally {
    clearInterval(timer);
  }
  sample();
  const end = samples[samples.length - 1];
  const line = row(
    `soak: campaign comparison for ${seconds} s`,
    cities,
    CLIENTS,
    result.stats(),
    seconds,
    end,
  );
  const stats = result.stats();
  const cpuMsPerRequest = cpuPerRequest(before, fleet.cpu(), idle, seconds, stats.requests);
  return { ...line, cpuMsPerRequest, rssSamples: samples, rssGrowthMb: minus(end, samples[0]) };
}
