import { loadavg } from 'node:os';

/** A fixed piece of work shaped like a gateway's: build, serialise and parse a JSON answer. */
function work(): number {
  let length = 0;
  for (let round = 0; round < 1500; round += 1) {
    const answer = {
      data: {
        cities: Array.from({ length: 34 }, (_, index) => ({
          cityCode: `C${index}`,
          indicators: ['A', 'B', 'C', 'D', 'E'].map((indicator, rank) => ({
            indicator,
            value: index * rank,
            rank,
          })),
        })),
      },
    };
    length += (JSON.parse(JSON.stringify(answer)) as { data: { cities: unknown[] } }).data.cities.length;
  }
  return length;
}

/**
 * How fast this machine is right now, so that runs on a busy and a quiet machine can be told apart:
 * the same work every time, its CPU time (slower on a slower or oversubscribed CPU) and its wall
 * time (also longer when other processes take the cores), and the load average.
 */
export function calibrate(): string {
  work(); // once unmeasured, for the JIT
  const cpuBefore = process.cpuUsage();
  const wallBefore = process.hrtime.bigint();
  work();
  const wallMs = Number(process.hrtime.bigint() - wallBefore) / 1e6;
  const { user, system } = process.cpuUsage(cpuBefore);
  const cpuMs = (user + system) / 1000;
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return `calibration: ${cpuMs.toFixed(0)} ms CPU, ${wallMs.toFixed(0)} ms wall for a fixed piece of work; load average ${load}`;
}
