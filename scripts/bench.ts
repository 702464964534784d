import 'reflect-metadata';
import { cpus } from 'node:os';
import { startFederation } from './local-federation';
import { ENGINE } from './throwaway-databases';
import { benchSettings, measure } from './bench/measure';
import { measureObservabilityOverhead } from './bench/observability-overhead';
import { comparePeerGateways } from './bench/peer-gateways';
import { SCENARIOS } from './bench/scenarios';

/**
 * `npm run bench`: requests/s and latency of typical queries, direct and through the router; then
 * the same federation with logs, metrics and traces switched off and on (BENCH_OVERHEAD=0 skips that);
 * then this gateway beside plain @apollo/gateway and Hive Gateway (BENCH_PEERS=0 skips that).
 */
async function main(): Promise<void> {
  const settings = benchSettings();
  const federation = await startFederation();
  try {
    console.log(
      `# Benchmark (${ENGINE}, ${cpus().length} cores, ${settings.connections} connections, ${settings.seconds} s each)\n`,
    );
    console.log('| scenario | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const scenario of SCENARIOS) {
      const { rps, p50, p99, failures } = await measure(federation, scenario, settings);
      console.log(`| ${scenario.name} | ${rps} | ${p50} | ${p99} | ${failures} |`);
    }
  } finally {
    await federation.close();
  }
  if (process.env.BENCH_OVERHEAD !== '0') await measureObservabilityOverhead(settings);
  if (process.env.BENCH_PEERS !== '0') await comparePeerGateways(settings);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
