import 'reflect-metadata';
import autocannon from 'autocannon';
import { cpus } from 'node:os';
import { ANONYMOUS } from '../services/shared/src/identity';
import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../services/shared/src/gateway-keys';
import {
  cityAudience,
  IDENTITY_HEADER,
  MAX_LIFETIME_SECONDS,
  signInternalIdentity,
} from '../services/shared/src/internal-identity';
import { startFederation } from './local-federation';
import { ENGINE } from './throwaway-databases';

interface Scenario {
  name: string;
  target: 'gateway' | 'HN';
  query: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'baseline: one root field straight to the HN subgraph',
    target: 'HN',
    query: '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }',
  },
  {
    name: 'the same root field through the gateway (rule 2)',
    target: 'gateway',
    query: '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }',
  },
  {
    name: 'root fields of two cities in one request (split)',
    target: 'gateway',
    query: `{ a: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name }
              b: grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name } }`,
  },
  {
    name: 'registry + entity fetch to both cities (rule 1)',
    target: 'gateway',
    query: '{ cities { code name memberCount educationUnion { name chair { fullName } } } }',
  },
  {
    name: 'city-wide contribution from both cities (rule 3)',
    target: 'gateway',
    query: '{ schoolLevels { code cityFigures { cityCode grassrootsUnions members } } }',
  },
  {
    name: 'campaign comparison: fan-out to cities, then the hub with @requires',
    target: 'gateway',
    query: `{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
              comparison { cities { cityCode indicators { indicator value rank } } } } }`,
  },
  {
    name: 'scholarship drive with totals and parties resolved in two cities',
    target: 'gateway',
    query: `{ scholarshipDrive(id: "cat-ba-2024") { totals { received awarded disbursed }
              parties { organisation { name } unit { name } } } }`,
  },
  {
    name: '50 units with district and managing body',
    target: 'gateway',
    query: `{ city(code: "HN") { grassrootsUnions(first: 50) {
              edges { node { name memberCount district { name } managedBy { name } } } } } }`,
  },
];

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** `npm run bench`: requests/s and latency of typical queries, direct and through the router. */
async function main(): Promise<void> {
  // A direct scenario reuses one gateway identity for its warm-up and run: it lasts a minute at most.
  const longest = MAX_LIFETIME_SECONDS - 15;
  if (DURATION_S > longest) throw new Error(`BENCH_SECONDS must be at most ${longest}`);
  const federation = await startFederation();
  try {
    const gatewayKey = requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));
    console.log(
      `# Benchmark (${ENGINE}, ${cpus().length} cores, ${CONNECTIONS} connections, ${DURATION_S} s each)\n`,
    );
    console.log('| scenario | req/s | p50 ms | p99 ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: |');
    for (const scenario of SCENARIOS) {
      const url =
        scenario.target === 'gateway' ? federation.gatewayUrl : federation.cityUrls[scenario.target];
      const body = JSON.stringify({ query: scenario.query });
      // A city answers only the gateway: the direct baseline carries an identity signed as the gateway
      // would: with the gateway's key, for that one city.
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (scenario.target !== 'gateway') {
        headers[IDENTITY_HEADER] = await signInternalIdentity(
          ANONYMOUS,
          gatewayKey,
          cityAudience(scenario.target),
        );
      }
      const check = await fetch(url, { method: 'POST', headers, body });
      const answer = (await check.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`${scenario.name}: ${JSON.stringify(answer.errors)}`);
      const options = { url, method: 'POST' as const, headers, body };
      await autocannon({ ...options, connections: CONNECTIONS, duration: 1 }); // warm-up
      const result = await autocannon({ ...options, connections: CONNECTIONS, duration: DURATION_S });
      const failures = result.errors + result.non2xx + result.timeouts;
      console.log(
        `| ${scenario.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${failures} |`,
      );
    }
  } finally {
    await federation.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
