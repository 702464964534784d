import { CityDataVersions, DataStamp } from '../../gateway/src/city-data-versions';

/** A city whose answers the test releases one by one. */
function cityAnswering() {
  const asked: { resolve: (version: number) => void; reject: (error: Error) => void }[] = [];
  const ask = () =>
    new Promise<DataStamp | undefined>((resolve, reject) =>
      asked.push({ resolve: (version) => resolve({ version, schemaHash: 'h' }), reject }),
    );
  return { asked, ask };
}

/** The versions alone, which is what these tests are about (the schema hash only rides along). */
function versionsOf(...args: ConstructorParameters<typeof CityDataVersions>) {
  const versions = new CityDataVersions(...args);
  return {
    current: async (code: string) => (await versions.current(code))?.version,
    forget: (code: string) => versions.forget(code),
  };
}

describe('what the gateway knows of cities’ data versions', () => {
  it('asks a city once for many readers, then not again within the TTL', async () => {
    let now = 0;
    const city = cityAnswering();
    const versions = versionsOf(city.ask, 1_000, () => now);
    const readers = [versions.current('HP'), versions.current('HP'), versions.current('HP')];
    expect(city.asked).toHaveLength(1);
    city.asked[0].resolve(7);
    expect(await Promise.all(readers)).toEqual([7, 7, 7]);
    now = 499;
    expect(await versions.current('HP')).toBe(7);
    expect(city.asked).toHaveLength(1);
    now = 1_000;
    const later = versions.current('HP');
    expect(city.asked).toHaveLength(2);
    city.asked[1].resolve(8);
    expect(await later).toBe(8);
  });

  it('asks again in the background in the second half of the TTL, never giving a version older than the TTL', async () => {
    let now = 0;
    const city = cityAnswering();
    const versions = versionsOf(city.ask, 1_000, () => now);
    const first = versions.current('HP');
    city.asked[0].resolve(7);
    expect(await first).toBe(7);
    now = 600; // past half the TTL: answered at once with what is known, and asked again once
    expect(await versions.current('HP')).toBe(7);
    expect(await versions.current('HP')).toBe(7);
    expect(city.asked).toHaveLength(2);
    city.asked[1].resolve(8);
    await Promise.resolve();
    expect(await versions.current('HP')).toBe(8);
    now = 1_050; // 8 was asked at 600: in the first half of its life, nothing asked
    expect(await versions.current('HP')).toBe(8);
    expect(city.asked).toHaveLength(2);
    now = 1_500; // the background ask fails: the reader still gets 8 (asked at 600, younger than the TTL)…
    expect(await versions.current('HP')).toBe(8);
    city.asked[2].reject(new Error('connection refused'));
    await new Promise((resolve) => setImmediate(resolve));
    now = 1_700; // …and past the TTL the reader waits for the city, whose failure is then its own
    const late = versions.current('HP');
    expect(city.asked).toHaveLength(4);
    city.asked[3].reject(new Error('connection refused'));
    await expect(late).rejects.toThrow('connection refused');
  });

  it('asks again right after a write, and does not keep an answer to a question asked before it', async () => {
    const city = cityAnswering();
    const versions = versionsOf(city.ask, 60_000, () => 0);
    const before = versions.current('HP'); // asked before the write…
    versions.forget('HP'); // …the write goes through…
    const after = versions.current('HP'); // …and the next reader asks again
    expect(city.asked).toHaveLength(2);
    city.asked[1].resolve(8);
    city.asked[0].resolve(7); // the old answer arrives last
    expect(await after).toBe(8);
    expect(await before).toBe(7);
    expect(await versions.current('HP')).toBe(8); // 7 was not kept
    expect(city.asked).toHaveLength(2);
  });

  it('rejects, remembering nothing, when the city cannot be reached; says undefined for a city without versions', async () => {
    const city = cityAnswering();
    const versions = versionsOf(city.ask, 60_000, () => 0);
    const first = versions.current('HP');
    city.asked[0].reject(new Error('connection refused'));
    await expect(first).rejects.toThrow('connection refused');
    const second = versions.current('HP');
    expect(city.asked).toHaveLength(2);
    city.asked[1].resolve(3);
    expect(await second).toBe(3);

    const older = versionsOf(
      async () => undefined,
      60_000,
      () => 0,
    );
    expect(await older.current('QN')).toBeUndefined();
  });

  it('keeps cities apart', async () => {
    const asked: string[] = [];
    const versions = versionsOf(
      async (code) => (asked.push(code), { version: code === 'HN' ? 1 : 2, schemaHash: 'h' }),
      60_000,
    );
    expect([await versions.current('HN'), await versions.current('HP')]).toEqual([1, 2]);
    versions.forget('HN');
    expect(await versions.current('HP')).toBe(2);
    expect(asked).toEqual(['HN', 'HP']);
  });
});
