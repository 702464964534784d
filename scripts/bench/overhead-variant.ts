import 'reflect-metadata';
import { startFederation } from '../local-federation';
import { benchSettings, measure, Measurement } from './measure';
import { OVERHEAD_SCENARIOS } from './scenarios';

export interface VariantReport {
  results: Measurement[];
  /** Resident memory of the process (all four services) at the end, in MB. */
  rssMb: number;
}

/**
 * One variant of the overhead benchmark, in its own process so that its logging, metrics and tracing
 * settings (from the environment observability-overhead.ts gives it) apply from the start.
 */
async function main(): Promise<void> {
  const settings = benchSettings();
  const serviceEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name.startsWith('OTEL_')),
  ) as Record<string, string>;
  const federation = await startFederation({ serviceEnv });
  try {
    const results: Measurement[] = [];
    for (const scenario of OVERHEAD_SCENARIOS) results.push(await measure(federation, scenario, settings));
    const report: VariantReport = { results, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
    await new Promise<void>((resolve) => process.send!(report, () => resolve()));
  } finally {
    await federation.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
