import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

describe(`a third city added by configuration alone (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    // Đà Nẵng: a new city deployment (CITY_CODE=DN, its own database), a registry entry, a CITIES entry.
    federation = await startFederation({
      cities: [
        { code: 'HN', name: 'Hà Nội' },
        { code: 'HP', name: 'Hải Phòng' },
        { code: 'DN', name: 'Đà Nẵng' },
      ],
    });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('queries all three cities in one request', async () => {
    const result = await federation.query(`{
      cities { code name grassrootsUnionCount educationUnion { name chair { fullName } } }
      dn: grassrootsUnion(cityCode: "DN", id: "dn-truong-thpt-anh-duong") { cityCode name managedBy { name } }
      schoolLevels { code cityFigures { cityCode } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.cities.map((city: { code: string }) => city.code)).toEqual(['DN', 'HN', 'HP']);
    expect(result.data!.cities[0]).toMatchObject({
      name: 'Đà Nẵng',
      grassrootsUnionCount: 40,
      educationUnion: { name: 'Công đoàn ngành Giáo dục Đà Nẵng' },
    });
    expect(result.data!.dn).toEqual({
      cityCode: 'DN',
      name: 'Công đoàn Trường THPT Ánh Dương',
      managedBy: { name: 'Công đoàn ngành Giáo dục Đà Nẵng' },
    });
    const upper = result.data!.schoolLevels.find(
      (level: { code: string }) => level.code === 'UPPER_SECONDARY',
    );
    expect(upper.cityFigures.map((figure: { cityCode: string }) => figure.cityCode)).toEqual([
      'HN',
      'HP',
      'DN',
    ]);
  });

  it('finds the new city by an unaccented search', async () => {
    const result = await federation.query(`{ cities(search: "da nang") { code } }`);
    expect(result.data).toEqual({ cities: [{ code: 'DN' }] });
  });
});
