import { GraphQLError } from 'graphql';
import { register } from 'prom-client';
import { BreakerState, CityBreaker } from '../../gateway/src/city-breaker';
import { CityShardRouter, ProcessOptions } from '../../gateway/src/city-shard-router';
import { answerFields, routing, run } from '../support/stand-in-cities';

/** A breaker on a clock the test moves by hand, recording every change of state. */
function breakerAt(failures = 3, resetMs = 1_000) {
  const clock = { now: 0 };
  const changes: BreakerState[] = [];
  const breaker = new CityBreaker(
    { failures, resetMs },
    () => clock.now,
    (state) => changes.push(state),
  );
  return { breaker, clock, changes };
}

function failTimes(breaker: CityBreaker, times: number) {
  for (let i = 0; i < times; i += 1) {
    expect(breaker.admit()).toBe('ask');
    breaker.failed();
  }
}

describe('the circuit breaker of one city', () => {
  it('stays closed below the threshold, and a success starts the count again', () => {
    const { breaker, changes } = breakerAt(3);
    failTimes(breaker, 2);
    breaker.succeeded();
    failTimes(breaker, 2);
    expect(breaker.state).toBe('closed');
    expect(changes).toEqual([]);
  });

  it('opens after the threshold of failures in a row and refuses until the pause is over', () => {
    const { breaker, clock, changes } = breakerAt(3, 1_000);
    failTimes(breaker, 3);
    expect(breaker.state).toBe('open');
    expect(changes).toEqual(['open']);
    clock.now = 999;
    expect(breaker.admit()).toBe('refuse');
    expect(breaker.state).toBe('open');
  });

  it('lets exactly one probe through after the pause, and closes when it succeeds', () => {
    const { breaker, clock, changes } = breakerAt(3, 1_000);
    failTimes(breaker, 3);
    clock.now = 1_000;
    expect(breaker.admit()).toBe('probe');
    expect(breaker.state).toBe('half-open');
    expect(breaker.admit()).toBe('refuse'); // the probe is still out
    breaker.succeeded();
    expect(breaker.state).toBe('closed');
    expect(breaker.admit()).toBe('ask');
    expect(changes).toEqual(['open', 'half-open', 'closed']);
  });

  it('opens again for a whole pause when the probe fails', () => {
    const { breaker, clock, changes } = breakerAt(3, 1_000);
    failTimes(breaker, 3);
    clock.now = 5_000;
    expect(breaker.admit()).toBe('probe');
    breaker.failed();
    expect(breaker.state).toBe('open');
    clock.now = 5_999;
    expect(breaker.admit()).toBe('refuse');
    clock.now = 6_000;
    expect(breaker.admit()).toBe('probe');
    expect(changes).toEqual(['open', 'half-open', 'open', 'half-open']);
  });

  it('is off with a threshold of 0', () => {
    const { breaker } = breakerAt(0);
    failTimes(breaker, 50);
    expect(breaker.state).toBe('closed');
  });
});

describe('a city fetch behind its breaker', () => {
  function hnThat(fails: () => boolean) {
    let asked = 0;
    const clock = { now: 0 };
    const breaker = new CityBreaker({ failures: 2, resetMs: 1_000 }, () => clock.now);
    const source = {
      process: async (options: ProcessOptions) => {
        asked += 1;
        if (fails()) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') });
        return answerFields({ query: options.request.query!, variables: {} });
      },
    };
    const router = new CityShardRouter([{ code: 'HN', source, breaker }], routing);
    return { router, clock, breaker, asked: () => asked };
  }
  const QUERY = `{ grassrootsUnion(cityCode: "HN", id: "a") { name } }`;

  it('answers CITY_UNAVAILABLE with reason circuit-open without asking the city, and counts it', async () => {
    const before = (await register.getSingleMetric('hub_city_breaker_short_circuits_total')?.get())?.values;
    const { router, asked } = hnThat(() => true);
    await run(router, QUERY);
    await run(router, QUERY);
    expect(asked()).toBe(2);
    const refused = await run(router, QUERY);
    expect(asked()).toBe(2);
    expect(refused.errors).toEqual([
      {
        message:
          'City HN is unavailable: it failed 2 times in a row and is asked again only after a pause of 1 s',
        path: ['grassrootsUnion'],
        extensions: { code: 'CITY_UNAVAILABLE', cityCode: 'HN', reason: 'circuit-open' },
      },
    ]);
    const after = await register.getSingleMetric('hub_city_breaker_short_circuits_total')!.get();
    const count = (values?: { labels: { city?: string | number }; value: number }[]) =>
      values?.find(({ labels }) => labels.city === 'HN')?.value ?? 0;
    expect(count(after.values) - count(before)).toBe(1);
  });

  it('counts a refusal below 500 as an answer and a 5xx as a failure', async () => {
    let status = 400;
    let asked = 0;
    const breaker = new CityBreaker({ failures: 2, resetMs: 1_000 });
    const source = {
      process: async () => {
        asked += 1;
        throw new GraphQLError('HTTP error', {
          extensions: { response: { status, body: { errors: [{ message: 'refused' }] } } },
        });
      },
    };
    const router = new CityShardRouter([{ code: 'HN', source, breaker }], routing);
    for (let i = 0; i < 3; i += 1) await run(router, QUERY);
    expect(breaker.state).toBe('closed');
    status = 502;
    for (let i = 0; i < 3; i += 1) await run(router, QUERY);
    expect(breaker.state).toBe('open');
    expect(asked).toBe(5);
  });

  it('closes again when the probe after the pause finds the city back', async () => {
    let down = true;
    const { router, clock, breaker, asked } = hnThat(() => down);
    await run(router, QUERY);
    await run(router, QUERY);
    expect(breaker.state).toBe('open');
    down = false;
    clock.now = 1_000;
    const probe = await run(router, QUERY);
    expect(probe.data).toEqual({ grassrootsUnion: { ok: true } });
    expect(breaker.state).toBe('closed');
    expect(asked()).toBe(3);
  });
});
