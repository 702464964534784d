import { CityAnswerCache, publicMaxAgeMs } from '../../gateway/src/city-answer-cache';
import { CityAnswerReuse, CityCalls } from '../../gateway/src/city-answer-reuse';
import { CityDataVersions } from '../../gateway/src/city-data-versions';
import type { CityAnswer } from '../../gateway/src/city-fetch';

const QUERY =
  'query($representations:[_Any!]!){_entities(representations:$representations){...on City{name}}}';
const MUTATION = 'mutation{recordTraining(cityCode:"HP",input:{}){id}}';
const VARIABLES = { representations: [{ __typename: 'City', code: 'HP' }] };

/** A city that answers `data` with the given Cache-Control, counting fetches; released by the test. */
function city(
  cacheControl: string | null,
  data: Record<string, unknown> = { _entities: [{ name: 'Hải Phòng' }] },
) {
  let fetches = 0;
  const waiting: (() => void)[] = [];
  const calls: CityCalls = {
    fetch: () => {
      fetches += 1;
      return new Promise<CityAnswer>((resolve) =>
        waiting.push(() =>
          resolve({
            code: 'HP',
            response: {
              data: structuredClone(data),
              http: {
                headers: new Headers(cacheControl ? { 'cache-control': cacheControl } : {}),
                status: 200,
              } as never,
            },
          }),
        ),
      );
    },
    check: async (call) => ({ result: await call() }),
  };
  return { calls, fetches: () => fetches, release: () => waiting.splice(0).forEach((go) => go()) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('reusing cities’ answers at the gateway', () => {
  let version = 1;
  const versions = () => new CityDataVersions(async () => ({ version, schemaHash: 'h' }), 60_000);
  const reuse = (withCache = true) =>
    withCache
      ? new CityAnswerReuse(CityAnswerCache.create({ maxEntries: 100 }), versions())
      : new CityAnswerReuse();

  it('sends one fetch for identical questions in flight, and gives each asker its own copy', async () => {
    const hp = city(null);
    const shared = reuse(false);
    const answers = [1, 2, 3].map(() => shared.answer('HP', QUERY, VARIABLES, 'viewer', hp.calls));
    await settle();
    expect(hp.fetches()).toBe(1);
    hp.release();
    const [first, second, third] = (await Promise.all(answers)) as { response: { data: any } }[];
    expect(second.response.data).toEqual(first.response.data);
    expect(second.response.data).not.toBe(first.response.data);
    expect(third.response.data._entities[0]).not.toBe(first.response.data._entities[0]);
    // Another identity does not join: what a city answers may depend on who asks.
    const other = shared.answer('HP', QUERY, VARIABLES, 'officer', hp.calls);
    const again = shared.answer('HP', QUERY, VARIABLES, 'viewer', hp.calls);
    await settle();
    expect(hp.fetches()).toBe(3);
    hp.release();
    await Promise.all([other, again]);
  });

  it('keeps a public answer until the city’s data version moves, and never a private one', async () => {
    const cached = reuse();
    const publicCity = city('max-age=3600, public');
    const ask = async (hp: ReturnType<typeof city>, query = QUERY) => {
      const answer = cached.answer('HP', query, VARIABLES, 'viewer', hp.calls);
      await settle();
      hp.release();
      return answer;
    };
    await ask(publicCity);
    await ask(publicCity);
    expect(publicCity.fetches()).toBe(1);
    const privateCity = city('no-store');
    await ask(privateCity, `${QUERY} `);
    await ask(privateCity, `${QUERY} `);
    expect(privateCity.fetches()).toBe(2);
  });

  it('asks the city again after a write through the gateway', async () => {
    const cached = reuse();
    const hp = city('max-age=3600, public');
    const run = async (query: string) => {
      const answer = cached.answer('HP', query, VARIABLES, 'officer', hp.calls);
      await settle();
      hp.release();
      return answer;
    };
    await run(QUERY);
    version = 2; // the write below moves HP's data version, as the city's own counter would
    await run(MUTATION);
    await run(QUERY);
    expect(hp.fetches()).toBe(3);
    await run(QUERY);
    expect(hp.fetches()).toBe(3);
  });

  it('reads Cache-Control as Apollo writes it', () => {
    expect(publicMaxAgeMs('max-age=3600, public')).toBe(3_600_000);
    expect(publicMaxAgeMs('max-age=60, private')).toBe(0);
    expect(publicMaxAgeMs('no-store')).toBe(0);
    expect(publicMaxAgeMs('public')).toBe(0);
    expect(publicMaxAgeMs(undefined)).toBe(0);
  });
});
