import { createServer, Server, Socket } from 'node:net';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

/** A "city" that accepts connections and never answers: the slow-city case. */
async function startSilentCity(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe(`a city that is slow or stops (${ENGINE})`, () => {
  let federation: RunningFederation;
  let silent: Awaited<ReturnType<typeof startSilentCity>>;
  beforeAll(async () => {
    silent = await startSilentCity();
    federation = await startFederation({ extraCityUrls: { QN: silent.url }, cityTimeoutMs: 1_500 });
  });
  afterAll(async () => {
    await federation?.close();
    await silent.close();
  });

  it('turns a city that does not answer in time into CITY_UNAVAILABLE, with the others’ data', async () => {
    const started = Date.now();
    const result = await federation.query(`{
      hn: grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name }
      qn: grassrootsUnion(cityCode: "QN", id: "anything") { name }
    }`);
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(result.data).toEqual({ hn: { name: 'Công đoàn Trường THCS-THPT Newton' }, qn: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'City QN is unavailable: it did not answer in time',
        path: ['qn'],
        extensions: expect.objectContaining({ code: 'CITY_UNAVAILABLE', cityCode: 'QN' }),
      }),
    ]);
  });

  it('after HP stops, answers HN and reports HP at the right paths', async () => {
    await federation.stopCity('HP');
    const result = await federation.query(`{
      cities { code name memberCount educationUnion { name } }
      schoolPartnership(id: "newton-cat-ba") { unitA { name } unitB { name } }
    }`);
    expect(result.data).toEqual({
      cities: [
        {
          code: 'HN',
          name: 'Hà Nội',
          memberCount: 16_579,
          educationUnion: { name: 'Công đoàn ngành Giáo dục Hà Nội' },
        },
        { code: 'HP', name: 'Hải Phòng', memberCount: null, educationUnion: null },
      ],
      schoolPartnership: { unitA: { name: 'Công đoàn Trường THCS-THPT Newton' }, unitB: null },
    });
    const unavailable = result.errors!.map((error) => [
      error.extensions!.code,
      error.extensions!.cityCode,
      error.path,
    ]);
    expect(unavailable).toEqual(
      expect.arrayContaining([
        ['CITY_UNAVAILABLE', 'HP', ['cities', 1, 'memberCount']],
        ['CITY_UNAVAILABLE', 'HP', ['cities', 1, 'educationUnion']],
        ['CITY_UNAVAILABLE', 'HP', ['schoolPartnership', 'unitB', 'name']],
      ]),
    );
    expect(result.errors!.every((error) => error.extensions!.cityCode === 'HP')).toBe(true);
  });

  it('still gathers the remaining cities’ contributions while HP is down', async () => {
    const result = await federation.query(`{ schoolLevels { code cityFigures { cityCode members } } }`);
    const office = result.data!.schoolLevels.find(
      (level: { code: string }) => level.code === 'UPPER_SECONDARY',
    );
    expect(office.cityFigures.map((figure: { cityCode: string }) => figure.cityCode)).toEqual(['HN']);
    expect(result.errors!.some((error) => error.extensions!.cityCode === 'HP')).toBe(true);
  });
});
