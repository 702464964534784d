/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely, as a client would */
import type { LoadTarget } from './load';

/** The edition every comparison scenario asks for: one the demo data and every generated city report. */
export const EDITION = { campaignCode: 'moi-thay-co-la-tam-guong', period: '2022-2023' };

/** The comparison as `npm run bench` asks it (scripts/bench/scenarios.ts), so both benchmarks agree. */
export const COMPARISON_QUERY = `{ campaignEdition(campaignCode: "${EDITION.campaignCode}", period: "${EDITION.period}") {
              comparison { cities { cityCode indicators { indicator value rank } } } } }`;

/** The same edition grouped by education sector: every body that managed a city's school unions. */
export const SECTOR_COMPARISON_QUERY = COMPARISON_QUERY.replace('comparison {', 'sectorComparison {');

/** The dashboard's overview: the registry, then an entity fetch to every city for its union and chair. */
export const OVERVIEW_QUERY = '{ cities { code name educationUnion { name chair { fullName } } } }';

/** One root field of one city, the gateway's cheapest route (rule 2), and the same straight to the city. */
export const ROOT_FIELD_QUERY =
  '{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") { name chair { fullName } } }';

/** What the check before measuring asks: the comparison with its completeness and figures. */
export const COMPARISON_CHECK_QUERY = `{ campaignEdition(campaignCode: "${EDITION.campaignCode}", period: "${EDITION.period}") {
  comparison { complete missingCities
    cities { cityCode reported figures { participants members } indicators { indicator value } } } } }`;

export const SECTOR_CHECK_QUERY = COMPARISON_CHECK_QUERY.replace('comparison {', 'sectorComparison {');

export const json = (query: string, variables?: Record<string, unknown>) =>
  JSON.stringify(variables ? { query, variables } : { query });

const occurrences = (body: string, text: string) => body.split(text).length - 1;

/**
 * Cheap checks of every answer under load (a string search, so that checking does not become the
 * load): no GraphQL error, and one entry per city. The full check runs once before, below.
 */
export function comparisonVerifier(cityCount: number): (body: string) => boolean {
  return (body) => !body.includes('"errors"') && occurrences(body, '"cityCode"') === cityCount;
}

export function overviewVerifier(cityCount: number): (body: string) => boolean {
  return (body) => !body.includes('"errors"') && occurrences(body, '"fullName"') === cityCount;
}

export const rootFieldVerifier = (body: string) => !body.includes('"errors"') && body.includes('"fullName"');

export class WrongAnswerError extends Error {}

function fail(what: string, answer: unknown): never {
  throw new WrongAnswerError(`${what}: ${JSON.stringify(answer).slice(0, 2_000)}`);
}

/**
 * The comparison answers for every city, each with its figures: complete, nobody missing, every city
 * reported and a participation rate computed. `expected` is the city codes in registry terms.
 */
export function checkComparison(
  answer: any,
  expected: string[],
  field: 'comparison' | 'sectorComparison' = 'comparison',
): Map<string, any> {
  if (answer.errors) fail('the comparison answered with errors', answer.errors);
  const comparison = answer.data?.campaignEdition?.[field];
  if (!comparison?.complete || comparison.missingCities.length)
    fail('the comparison is incomplete', comparison);
  const cities = new Map<string, any>(comparison.cities.map((city: any) => [city.cityCode, city]));
  const absent = expected.filter((code) => !cities.has(code));
  if (absent.length || cities.size !== expected.length) {
    fail(`the comparison has ${cities.size} cities, not ${expected.length} (absent: ${absent.join(', ')})`, [
      ...cities.keys(),
    ]);
  }
  for (const city of cities.values()) {
    const rate = city.indicators.find((i: any) => i.indicator === 'PARTICIPATION_RATE');
    if (!city.reported || rate?.value === null || rate?.value === undefined) {
      fail(`${city.cityCode} has no figures in the comparison`, city);
    }
  }
  return cities;
}

export function checkOverview(answer: any, expected: string[]): void {
  if (answer.errors) fail('the overview answered with errors', answer.errors);
  const cities: any[] = answer.data?.cities ?? [];
  // The registry lists cities in Vietnamese name order, not in the order they were started.
  const codes = cities.map((city) => city.code as string).sort();
  if (codes.join(',') !== [...expected].sort().join(',')) fail('the overview lists other cities', codes);
  const chairless = cities.filter((city) => !city.educationUnion?.chair?.fullName);
  if (chairless.length) fail('cities without an education union chair', chairless);
}

export function checkRootField(answer: any): void {
  if (answer.errors || !answer.data?.organisation?.chair?.fullName) fail('the root field', answer);
}

/** The same request once, as the load sends it: its raw answer must pass the check the load applies. */
export async function mustPass(target: LoadTarget, what: string): Promise<void> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok || !target.verify(text)) throw new WrongAnswerError(`${what}: ${text.slice(0, 2_000)}`);
}

/** How long a scenario waits for right answers before it is recorded as failed. */
const SETTLE_MS = 75_000;
const SETTLE_PAUSE_MS = 5_000;

/**
 * Runs a scenario's checks until they pass, for up to 75 s; returns why they still fail, or
 * nothing. On a loaded machine a run can outlast the gateway's CITY_TIMEOUT_MS: cities' circuit
 * breakers then open for 30 s (CITY_BREAKER_RESET_MS) and every answer is a fast CITY_UNAVAILABLE.
 * Waiting here keeps one overloaded scenario from failing all the ones after it; the overloaded one
 * keeps its errors.
 */
export async function settle(checks: () => Promise<void>): Promise<string | undefined> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    try {
      await checks();
      return undefined;
    } catch (error) {
      if (!(error instanceof WrongAnswerError)) throw error;
      if (Date.now() + SETTLE_PAUSE_MS > deadline) return error.message.slice(0, 1_000);
      console.log(`  not answering right yet, asking again in 5 s: ${error.message.slice(0, 200)}`);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_PAUSE_MS));
    }
  }
}

/** Sends one request as the load would and returns the parsed answer (for the checks above). */
export async function ask(target: Pick<LoadTarget, 'url' | 'headers' | 'body'>): Promise<any> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await response.text();
  if (!response.ok)
    throw new WrongAnswerError(`HTTP ${response.status} from ${target.url}: ${text.slice(0, 500)}`);
  return JSON.parse(text);
}
