import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const ALL_UNITS = `{ provincialUnits { code name kind deployed city { code name }
  predecessors { code name endedOn } } }`;

describe(`the 34 provincial-level units through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  const cityRequests = () => ({ HN: federation.requestsTo('HN'), HP: federation.requestsTo('HP') });

  beforeAll(async () => {
    federation = await startFederation(); // HN and HP deployed, the 32 others not (yet)
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('lists all 34 from the hub alone, the deployed ones with their City, without asking any city', async () => {
    const before = cityRequests();
    const result = await federation.query(ALL_UNITS);
    expect(result.errors).toBeUndefined();
    const units = result.data!.provincialUnits;
    expect(units).toHaveLength(34);
    expect(units.flatMap((unit: any) => unit.predecessors)).toHaveLength(63);
    const byCode = (code: string) => units.find((unit: any) => unit.code === code);
    expect(byCode('HN')).toMatchObject({ deployed: true, city: { code: 'HN', name: 'Hà Nội' } });
    expect(byCode('HP')).toMatchObject({
      deployed: true,
      city: { code: 'HP', name: 'Hải Phòng' },
      predecessors: [
        { code: 'HP', name: 'Hải Phòng', endedOn: null },
        { code: 'HD', name: 'Hải Dương', endedOn: '2025-06-30' },
      ],
    });
    expect(byCode('DN')).toMatchObject({ name: 'Đà Nẵng', deployed: false, city: null });
    expect(units.filter((unit: any) => unit.deployed).map((unit: any) => unit.code)).toEqual(['HN', 'HP']);
    expect(cityRequests()).toEqual(before);
  });

  it('asks a deployed unit’s own city for its records, and never a city for an undeployed unit', async () => {
    const before = cityRequests();
    const result = await federation.query(`{
      hp: provincialUnit(code: "HP") { deployed city { code grassrootsUnionCount } }
      dn: provincialUnit(code: "DN") { kind deployed city { code grassrootsUnionCount } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.hp.deployed).toBe(true);
    expect(result.data!.hp.city.code).toBe('HP');
    expect(result.data!.hp.city.grassrootsUnionCount).toBeGreaterThan(0);
    expect(result.data!.dn).toEqual({ kind: 'THANH_PHO_TRUC_THUOC_TRUNG_UONG', deployed: false, city: null });
    expect(cityRequests().HN).toBe(before.HN);
  });

  it('tells which unit Hải Dương is part of today, and where each City sits on the map', async () => {
    const result = await federation.query(`{
      predecessorProvince(code: "HD") { name endedOn successor { code name city { name } } }
      cities { code provincialUnit { code kind predecessors { code } } }
      unknown: provincialUnit(code: "XX") { code }
      search: provincialUnits(search: "hai duong") { code }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.predecessorProvince).toEqual({
      name: 'Hải Dương',
      endedOn: '2025-06-30',
      successor: { code: 'HP', name: 'Hải Phòng', city: { name: 'Hải Phòng' } },
    });
    expect(result.data!.cities).toEqual([
      {
        code: 'HN',
        provincialUnit: {
          code: 'HN',
          kind: 'THANH_PHO_TRUC_THUOC_TRUNG_UONG',
          predecessors: [{ code: 'HN' }],
        },
      },
      {
        code: 'HP',
        provincialUnit: {
          code: 'HP',
          kind: 'THANH_PHO_TRUC_THUOC_TRUNG_UONG',
          predecessors: [{ code: 'HP' }, { code: 'HD' }],
        },
      },
    ]);
    expect(result.data!.unknown).toBeNull();
    expect(result.data!.search).toEqual([{ code: 'HP' }]);
  });

  it('refuses a search longer than 100 characters with BAD_USER_INPUT naming it', async () => {
    const result = await federation.query(`{ provincialUnits(search: "${'x'.repeat(101)}") { code } }`);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });

  it('still compares only the registered cities, complete with HN and HP', async () => {
    const result = await federation.query(`{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong",
      period: "2022-2023") { comparison { complete missingCities cities { cityCode reported } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.campaignEdition.comparison).toEqual({
      complete: true,
      missingCities: [],
      cities: [
        { cityCode: 'HN', reported: true },
        { cityCode: 'HP', reported: true },
      ],
    });
  });
});
