import autocannon from 'autocannon';
import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import { ANONYMOUS } from '../../services/shared/src/identity';
import {
  cityAudience,
  IDENTITY_HEADER,
  MAX_LIFETIME_SECONDS,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import type { RunningFederation } from '../local-federation';
import type { Scenario } from './scenarios';

export interface BenchSettings {
  seconds: number;
  connections: number;
}

export interface Measurement {
  scenario: string;
  rps: number;
  p50: number;
  p99: number;
  failures: number;
}

/** BENCH_SECONDS (5) and BENCH_CONNECTIONS (10), refused when a direct call's identity would expire. */
export function benchSettings(env: Record<string, string | undefined> = process.env): BenchSettings {
  const settings = {
    seconds: Number(env.BENCH_SECONDS ?? 5),
    connections: Number(env.BENCH_CONNECTIONS ?? 10),
  };
  // A direct scenario reuses one gateway identity for its warm-up and run: it lasts a minute at most.
  const longest = MAX_LIFETIME_SECONDS - 15;
  if (!(settings.seconds > 0 && settings.seconds <= longest)) {
    throw new Error(`BENCH_SECONDS must be between 1 and ${longest}`);
  }
  if (!(Number.isInteger(settings.connections) && settings.connections > 0)) {
    throw new Error('BENCH_CONNECTIONS must be a positive whole number');
  }
  return settings;
}

/**
 * One scenario: its answer is checked for errors first (a fast wrong answer does not count), then
 * 1 s of warm-up, then the measured run.
 */
export async function measure(
  federation: RunningFederation,
  scenario: Scenario,
  settings: BenchSettings,
): Promise<Measurement> {
  const url = scenario.target === 'gateway' ? federation.gatewayUrl : federation.cityUrls[scenario.target];
  const body = JSON.stringify({ query: scenario.query });
  // A city answers only the gateway: the direct baseline carries an identity signed as the gateway
  // would: with the gateway's key, for that one city.
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (scenario.target !== 'gateway') {
    const gatewayKey = requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));
    headers[IDENTITY_HEADER] = await signInternalIdentity(
      ANONYMOUS,
      gatewayKey,
      cityAudience(scenario.target),
    );
  }
  const check = await fetch(url, { method: 'POST', headers, body });
  const answer = (await check.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`${scenario.name}: ${JSON.stringify(answer.errors)}`);
  const options = { url, method: 'POST' as const, headers, body, connections: settings.connections };
  await autocannon({ ...options, duration: 1 });
  const result = await autocannon({ ...options, duration: settings.seconds });
  return {
    scenario: scenario.name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts a timeout among its errors too.
    failures: result.errors + result.non2xx,
  };
}
