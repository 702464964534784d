import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFederation } from '../local-federation';
import { ENGINE } from '../throwaway-databases';
import { benchSettings, BenchSettings } from './measure';
import { compareOn, fetchesLine, GatewayResult, overallLine, ratioLine } from './peer-gateways/compare';
import type { RunningGateway } from './peer-gateways/gateway-process';
import {
  ensureHiveGatewayInstalled,
  startHiveGateway,
  startPlainApolloGateway,
  startThisGateway,
} from './peer-gateways/gateways';
import { PEER_SCENARIOS } from './peer-gateways/scenarios';
import { composeOneCitySupergraph } from './peer-gateways/supergraph';

/**
 * The peer table of `npm run bench` (issue 15): this gateway, plain @apollo/gateway and Hive Gateway
 * (as it ships, and with its in-flight deduplication off) over the same one-city supergraph (HN +
 * cooperation, run in this process), each gateway in its own process; same queries, same run.
 * BENCH_PEERS=0 skips it in `npm run bench`; `node dist/scripts/bench/peer-gateways.js` runs it alone.
 */
export async function comparePeerGateways(settings: BenchSettings): Promise<void> {
  const hiveInstalled = ensureHiveGatewayInstalled();
  const notMeasured: string[] = hiveInstalled ? [] : ['Hive Gateway: its install failed (see above)'];
  const federation = await startFederation({ cities: [{ code: 'HN', name: 'Hà Nội' }] });
  const dir = mkdtempSync(join(tmpdir(), 'uft-peers-'));
  const gateways: RunningGateway[] = [];
  try {
    const supergraphFile = join(dir, 'supergraph.graphql');
    const urls = { cities: federation.cityUrls.HN, cooperation: federation.envOf('gateway').COOPERATION_URL };
    writeFileSync(supergraphFile, composeOneCitySupergraph(urls));
    // This gateway must start; a peer that does not is reported and left out.
    gateways.push(await startThisGateway(federation));
    const peers = [() => startPlainApolloGateway(supergraphFile)];
    if (hiveInstalled) {
      peers.push(() => startHiveGateway(supergraphFile, { deduplicate: true }));
      peers.push(() => startHiveGateway(supergraphFile, { deduplicate: false }));
    }
    for (const startPeer of peers) {
      try {
        gateways.push(await startPeer());
      } catch (error) {
        console.error(`peer comparison: ${(error as Error).message}`);
        notMeasured.push((error as Error).message.slice(0, 300));
      }
    }
    console.log(
      `\n# Peer gateways: one city (HN) + cooperation, each gateway in its own process (${ENGINE}, ` +
        `${cpus().length} cores, ${settings.connections} connections, ${settings.seconds} s each)\n`,
    );
    console.log('| gateway | scenario | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    const ratios: string[] = [];
    const fetches: string[] = [];
    const perScenario: Map<RunningGateway, GatewayResult>[] = [];
    for (const [index, scenario] of PEER_SCENARIOS.entries()) {
      const results = await compareOn(scenario, index, gateways, federation, settings, notMeasured);
      for (const gateway of gateways) {
        const result = results.get(gateway);
        if (!result) continue;
        const { rps, p50, p99, failures } = result;
        console.log(`| ${gateway.name} | ${scenario.name} | ${rps} | ${p50} | ${p99} | ${failures} |`);
      }
      perScenario.push(results);
      ratios.push(ratioLine(scenario, gateways, results));
      fetches.push(fetchesLine(scenario, gateways, results));
    }
    ratios.push(overallLine(gateways, perScenario));
    console.log(`\nThis gateway's req/s over each peer's:\n${ratios.join('\n')}`);
    console.log(`Requests to the subgraphs (HN + cooperation) per answer:\n${fetches.join('\n')}`);
    console.log(`RSS at the end: ${gateways.map((g) => `${g.name} ${g.rssMb() ?? '?'} MB`).join(', ')}`);
    if (notMeasured.length)
      console.log(`Not measured:\n${notMeasured.map((line) => `- ${line}`).join('\n')}`);
  } finally {
    for (const gateway of gateways) await gateway.close();
    await federation.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  comparePeerGateways(benchSettings()).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
