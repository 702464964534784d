import { IDENTITY_HEADER } from '../../services/shared/src/internal-identity';
import { DemoKeys, signDemoToken } from '../demo-keys';
import { measureAfterChange } from './change';
import type { ScaleFederation } from './federation';
import { LoadTarget, runLoad, sizedRun, warmUp } from './load';
import { gatewayIdentityFor } from './prime';
import { cpuPerRequest, DIRECT_SCENARIO, HOP_SCENARIO, ProcessRss, row, ScaleRow, tableLine } from './report';
import { idleCpuRate } from './processes';
import {
  ask,
  checkComparison,
  checkOverview,
  checkRootField,
  COMPARISON_CHECK_QUERY,
  COMPARISON_QUERY,
  comparisonVerifier,
  json,
  mustPass,
  OVERVIEW_QUERY,
  overviewVerifier,
  ROOT_FIELD_QUERY,
  rootFieldVerifier,
  SECTOR_CHECK_QUERY,
  SECTOR_COMPARISON_QUERY,
  settle,
  WrongAnswerError,
} from './scenarios';

export const SCENARIO_KEYS = ['comparison', 'sector', 'overview', 'hop', 'change'] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export interface RunSettings {
  seconds: number;
  clients: number[];
  changeRounds: number;
  only: ScenarioKey[];
}

/** A scenario whose answers never came right: recorded with no figures and the reason. */
function failedRow(
  scenario: string,
  cities: number,
  clients: number,
  why: string,
  rss: ProcessRss,
): ScaleRow {
  const none = { p50: null, p95: null, p99: null, rps: 0, errors: 0, requests: 0 };
  console.log(
    `  ${scenario}, ${clients} client(s): not measured, the answers are wrong: ${why.slice(0, 300)}`,
  );
  return { ...row(scenario, cities, clients, none, 0, rss), note: `not measured: ${why}` };
}

/**
 * Every scenario against one running federation of `cities` cities, each answer checked before it
 * is measured (and again under load). The change scenario goes last: it writes.
 */
export async function runScenarios(
  federation: ScaleFederation,
  cities: string[],
  keys: DemoKeys,
  settings: RunSettings,
): Promise<ScaleRow[]> {
  const { fleet } = federation;
  const rows: ScaleRow[] = [];
  const record = (line: ScaleRow) => {
    rows.push(line);
    console.log(tableLine(line));
  };
  const idle = await idleCpuRate(fleet);
  console.log(
    `  idle CPU ms/s: gateway ${idle.gateway}, hub ${idle.cooperation}, cities ${idle.cities} (subtracted below)`,
  );
  const headers = { 'content-type': 'application/json' };
  const gateway = (query: string, verify: LoadTarget['verify']): LoadTarget => ({
    url: federation.gatewayUrl,
    headers,
    body: json(query),
    verify,
  });
  const measure = async (
    scenario: string,
    target: () => Promise<LoadTarget> | LoadTarget,
    checks: () => Promise<void>,
  ) => {
    for (const clients of settings.clients) {
      const why = await settle(checks);
      if (why) {
        record(failedRow(scenario, cities.length, clients, why, fleet.rss()));
        continue;
      }
      // Built per run: a direct call's identity lives a minute, enough for a warm-up and one run.
      const built = await target();
      const rate = await warmUp(built, clients);
      const before = fleet.cpu();
      const samples = await runLoad(built, clients, sizedRun(rate, clients, settings.seconds));
      const stats = samples.stats();
      const cpu = cpuPerRequest(before, fleet.cpu(), idle, samples.seconds, stats.requests);
      const seconds = Math.round(samples.seconds * 10) / 10;
      record({ ...row(scenario, cities.length, clients, stats, seconds, fleet.rss()), cpuMsPerRequest: cpu });
    }
  };
  const wanted = (key: ScenarioKey) => settings.only.includes(key);

  const comparison = gateway(COMPARISON_QUERY, comparisonVerifier(cities.length));
  const comparisonChecks = async () => {
    checkComparison(await ask({ ...comparison, body: json(COMPARISON_CHECK_QUERY) }), cities);
    await mustPass(comparison, 'the comparison');
  };
  if (wanted('comparison')) {
    await measure('campaign comparison of one edition', () => comparison, comparisonChecks);
  }

  if (wanted('sector')) {
    const sector = gateway(SECTOR_COMPARISON_QUERY, comparisonVerifier(cities.length));
    const checks = async () => {
      checkComparison(await ask({ ...sector, body: json(SECTOR_CHECK_QUERY) }), cities, 'sectorComparison');
      await mustPass(sector, 'the sector comparison');
    };
    await measure('campaign comparison of one edition by education sector', () => sector, checks);
  }

  if (wanted('overview')) {
    const overview = gateway(OVERVIEW_QUERY, overviewVerifier(cities.length));
    const checks = async () => {
      checkOverview(await ask(overview), cities);
      await mustPass(overview, 'the overview');
    };
    await measure('`cities` overview with chairs', () => overview, checks);
  }

  if (wanted('hop')) {
    const throughGateway = gateway(ROOT_FIELD_QUERY, rootFieldVerifier);
    // A city answers only the gateway: the direct call carries an identity signed as the gateway would.
    const direct = async (): Promise<LoadTarget> => ({
      url: federation.cityUrls.HN,
      headers: { ...headers, [IDENTITY_HEADER]: await gatewayIdentityFor(keys, 'HN') },
      body: json(ROOT_FIELD_QUERY),
      verify: rootFieldVerifier,
    });
    await measure(
      HOP_SCENARIO,
      () => throughGateway,
      async () => checkRootField(await ask(throughGateway)),
    );
    await measure(DIRECT_SCENARIO, direct, async () => checkRootField(await ask(await direct())));
  }

  if (wanted('change')) {
    const scenario = `campaign comparison, first second after HP records a result (${settings.changeRounds} rounds)`;
    const token = await signDemoToken(keys, { sub: 'bench-hp-officer', role: 'city-officer', city: 'HP' });
    const clients = Math.max(...settings.clients);
    const why = await settle(comparisonChecks);
    if (why) record(failedRow(scenario, cities.length, clients, why, fleet.rss()));
    else {
      const rate = await warmUp(comparison, clients);
      try {
        const samples = await measureAfterChange(
          federation.gatewayUrl,
          token,
          comparison,
          cities,
          clients,
          settings.changeRounds,
          rate,
        );
        const seconds = Math.round(samples.seconds * 10) / 10;
        record(row(scenario, cities.length, clients, samples.stats(), seconds, fleet.rss()));
      } catch (error) {
        if (!(error instanceof WrongAnswerError)) throw error;
        record(failedRow(scenario, cities.length, clients, error.message, fleet.rss()));
      }
    }
  }
  return rows;
}
