import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { RunningFederation } from '../../local-federation';
import type { BenchSettings } from '../measure';
import type { RunningGateway } from './gateway-process';
import { benchHeaders } from './identity-headers';
import { askOnce, driveLoad, LoadResult } from './load';
import type { PeerScenario } from './scenarios';

export interface GatewayResult extends LoadResult {
  /** Requests HN and cooperation received for one answer asked alone: the plan's fetches, as sent. */
  fetchesAlone: number;
  /** The same per answer during the measured run: fewer when a gateway shares identical fetches. */
  fetchesUnderLoad: number;
}

/** Every GraphQL request the two subgraphs have received so far. */
const subgraphRequests = (federation: RunningFederation) =>
  federation.requestsTo('HN') + federation.requestsTo('cooperation');

/**
 * Waits until the subgraphs have had no request for half a second (10 s at most): a gateway still
 * working off the requests queued when its run ended must not load the next one's run, nor be
 * counted in the next fetch count.
 */
async function settle(federation: RunningFederation): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last = subgraphRequests(federation);
  while (Date.now() < deadline) {
    await sleep(500);
    const now = subgraphRequests(federation);
    if (now === last) return;
    last = now;
  }
}

/**
 * One scenario on every gateway. Each is asked once, alone, and its answer checked against this
 * gateway's (the first): the same `data` and no errors, or it is not measured (a fast wrong answer
 * does not count), and the reason is said. Then those that passed are driven one after the other,
 * starting with a different one each scenario so that none is always first.
 */
export async function compareOn(
  scenario: PeerScenario,
  index: number,
  gateways: RunningGateway[],
  federation: RunningFederation,
  settings: BenchSettings,
  notMeasured: string[],
): Promise<Map<RunningGateway, GatewayResult>> {
  const headers = await benchHeaders(federation);
  const checked: { gateway: RunningGateway; fetchesAlone: number }[] = [];
  let reference: unknown;
  for (const gateway of gateways) {
    const before = subgraphRequests(federation);
    const answer = await askOnce(gateway.url, scenario.query, headers);
    const fetchesAlone = subgraphRequests(federation) - before;
    if (gateway === gateways[0] && 'data' in answer) reference = answer.data;
    let why: string | undefined;
    if ('problem' in answer) why = answer.problem;
    else if (reference === undefined) why = 'this gateway could not answer: nothing to compare with';
    else if (!isDeepStrictEqual(answer.data, reference)) why = "its data differs from this gateway's";
    if (why) {
      console.error(`peer comparison: ${gateway.name}, "${scenario.name}" not measured: ${why}`);
      notMeasured.push(`${gateway.name}, ${scenario.name}: ${why}`);
    } else checked.push({ gateway, fetchesAlone });
  }
  const results = new Map<RunningGateway, GatewayResult>();
  const first = index % Math.max(checked.length, 1);
  for (const { gateway, fetchesAlone } of [...checked.slice(first), ...checked.slice(0, first)]) {
    // Signed anew for each run: an identity lives a minute at most.
    const runHeaders = await benchHeaders(federation);
    let before = 0;
    const result = await driveLoad(gateway.url, scenario.query, runHeaders, settings, () => {
      before = subgraphRequests(federation);
    });
    // Approximate: fetches of answers still in flight when a run starts or ends are counted too.
    const fetchesUnderLoad = (subgraphRequests(federation) - before) / Math.max(result.answers, 1);
    results.set(gateway, { ...result, fetchesAlone, fetchesUnderLoad });
    await settle(federation);
  }
  return results;
}

/** `- <scenario>: 1.05× plain @apollo/gateway, 0.40× Hive Gateway, …`: this gateway's req/s over each peer's. */
export function ratioLine(
  scenario: PeerScenario,
  gateways: RunningGateway[],
  results: Map<RunningGateway, GatewayResult>,
): string {
  const ours = results.get(gateways[0]);
  const against = gateways.slice(1).map((peer) => {
    const theirs = results.get(peer);
    return ours && theirs && theirs.rps > 0
      ? `${(ours.rps / theirs.rps).toFixed(2)}× ${peer.name}`
      : `— ${peer.name}`;
  });
  return `- ${scenario.name}: ${against.join(', ')}`;
}

/** This gateway's req/s over each peer's across all scenarios both measured: their geometric mean. */
export function overallLine(
  gateways: RunningGateway[],
  perScenario: Map<RunningGateway, GatewayResult>[],
): string {
  const against = gateways.slice(1).map((peer) => {
    const logs = perScenario.flatMap((results) => {
      const ours = results.get(gateways[0]);
      const theirs = results.get(peer);
      return ours && theirs && ours.rps > 0 && theirs.rps > 0 ? [Math.log(ours.rps / theirs.rps)] : [];
    });
    if (!logs.length) return `— ${peer.name}`;
    const mean = Math.exp(logs.reduce((sum, value) => sum + value, 0) / logs.length);
    return `${mean.toFixed(2)}× ${peer.name} (${logs.length} scenarios)`;
  });
  return `- geometric mean: ${against.join(', ')}`;
}

/** `- <scenario>: this gateway 3 alone / 3.0 under load, …`: what each gateway asked of the subgraphs. */
export function fetchesLine(
  scenario: PeerScenario,
  gateways: RunningGateway[],
  results: Map<RunningGateway, GatewayResult>,
): string {
  const perGateway = gateways.map((gateway) => {
    const result = results.get(gateway);
    if (!result) return `${gateway.name} —`;
    return `${gateway.name} ${result.fetchesAlone} alone / ${result.fetchesUnderLoad.toFixed(1)} under load`;
  });
  return `- ${scenario.name}: ${perGateway.join(', ')}`;
}
