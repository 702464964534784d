import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { COOPERATION_ENTITIES, COOPERATION_MIGRATIONS } from '../../services/cooperation/src/database';
import { buildCooperationSchema } from '../../services/cooperation/src/schema';
import {
  CooperationContext,
  createCooperationContext,
} from '../../services/cooperation/src/services/cooperation-context';
import { dataSourceOptions } from '../../services/shared/src/database';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { StatementCounter } from '../support/statement-counter';

const VIEWER: Identity = { subject: 'test-viewer', role: 'viewer', anonymous: false };
const HUB_ADMIN: Identity = { subject: 'test-admin', role: 'hub-admin', anonymous: false };

/** Vietnamese alphabetical order of the 34 names (a ă â … d đ … u ư, tones second). */
const IN_VIETNAMESE_ORDER = (
  'AG BN CM CB CT DN DL DB DNAI DT GL HN HT HP HUE HY KH ' +
  'LC LS LCA LD NA NB PT QNG QNI QT SL TNI TN TH HCM TQ VL'
).split(' ');

describe(`the 34 provincial-level units in the cooperation subgraph (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CooperationContext>;
  const counter = new StatementCounter(['query']); // without the option, AbstractLogger drops every query

  const execute = async (query: string, identity: Identity = VIEWER) => {
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query },
      { contextValue: createCooperationContext(db, identity) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: any[] };
    return { ...result, statements: counter.count };
  };
  const codes = (units: { code: string }[]) => units.map((unit) => unit.code);

  beforeAll(async () => {
    database = await createTestDatabase('provincialunits');
    db = new DataSource({
      ...dataSourceOptions(database.settings, COOPERATION_ENTITIES, COOPERATION_MIGRATIONS),
      logger: counter,
      logging: ['query'],
    });
    await db.initialize(); // the migration brings the reference data: no demo needed for it
    await loadCooperationDemo(db); // registers HN and HP
    apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  it('lists the 34 units in Vietnamese order, with kind, date, predecessors and deployment, in 3 statements', async () => {
    const result = await execute(`{ provincialUnits { code name englishName kind effectiveFrom deployed
      city { code name } predecessors { code name endedOn successor { code } } } }`);
    expect(result.errors).toBeUndefined();
    const units = result.data.provincialUnits;
    expect(codes(units)).toEqual(IN_VIETNAMESE_ORDER);
    // The list, its predecessors, the registry: one statement each, whatever the number of units.
    expect(result.statements).toBe(3);
    const byCode = (code: string) => units.find((unit: any) => unit.code === code);
    expect(byCode('HP')).toMatchObject({
      name: 'Hải Phòng',
      englishName: 'Hai Phong',
      kind: 'THANH_PHO_TRUC_THUOC_TRUNG_UONG',
      effectiveFrom: '2025-07-01',
      deployed: true,
      city: { code: 'HP', name: 'Hải Phòng' },
    });
    expect(byCode('DN')).toMatchObject({ name: 'Đà Nẵng', deployed: false, city: null });
    expect(byCode('QNI')).toMatchObject({ name: 'Quảng Ninh', kind: 'TINH' });
    expect(units.filter((unit: any) => unit.kind === 'TINH')).toHaveLength(28);
    expect(units.every((unit: any) => unit.effectiveFrom === '2025-07-01')).toBe(true);
  });

  it('has each of the 63 former provinces once as a predecessor, pointing back to its unit', async () => {
    const { data } = await execute(
      `{ provincialUnits { code predecessors { code name successor { code } } } }`,
    );
    const predecessors = data.provincialUnits.flatMap((unit: any) =>
      unit.predecessors.map((predecessor: any) => ({ ...predecessor, unit: unit.code })),
    );
    expect(predecessors).toHaveLength(63);
    expect(new Set(codes(predecessors)).size).toBe(63);
    expect(new Set(predecessors.map((p: any) => p.name)).size).toBe(63);
    expect(predecessors.every((p: any) => p.successor.code === p.unit)).toBe(true);
    const unchanged = data.provincialUnits.filter((unit: any) => unit.predecessors.length === 1);
    expect(codes(unchanged)).toEqual(['CB', 'DB', 'HN', 'HT', 'HUE', 'LC', 'LS', 'NA', 'QNI', 'SL', 'TH']);
    expect(unchanged.every((unit: any) => unit.predecessors[0].code === unit.code)).toBe(true);
  });

  it('makes Hải Phòng of the former Hải Phòng, continued, and the former Hải Dương, ended', async () => {
    const { data, errors } = await execute(`{ provincialUnit(code: "HP") { name
      predecessors { code name endedOn } } }`);
    expect(errors).toBeUndefined();
    expect(data.provincialUnit).toEqual({
      name: 'Hải Phòng',
      predecessors: [
        { code: 'HP', name: 'Hải Phòng', endedOn: null },
        { code: 'HD', name: 'Hải Dương', endedOn: '2025-06-30' },
      ],
    });
  });

  it('searches without accents or case, by a unit’s name or a province it absorbed, and by deployment', async () => {
    const { data, errors } = await execute(`{
      haiPhong: provincialUnits(search: "hai phong") { code }
      haiDuong: provincialUnits(search: "HAI DUONG") { code }
      quangNam: provincialUnits(search: "Quang Nam") { code }
      english: provincialUnits(search: "ho chi minh city") { code }
      deployed: provincialUnits(deployed: true) { code }
      notDeployed: provincialUnits(deployed: false) { code }
      quangNotDeployed: provincialUnits(search: "quang", deployed: false) { code }
      nothing: provincialUnits(search: "atlantis") { code }
    }`);
    expect(errors).toBeUndefined();
    expect(data.haiPhong).toEqual([{ code: 'HP' }]);
    expect(data.haiDuong).toEqual([{ code: 'HP' }]);
    expect(data.quangNam).toEqual([{ code: 'DN' }]);
    expect(data.english).toEqual([{ code: 'HCM' }]);
    expect(codes(data.deployed)).toEqual(['HN', 'HP']);
    expect(codes(data.notDeployed)).toEqual(
      IN_VIETNAMESE_ORDER.filter((code) => !['HN', 'HP'].includes(code)),
    );
    // Quảng Ngãi, Quảng Ninh, Quảng Trị and Tuyên Quang by name, Đà Nẵng by the former Quảng Nam.
    expect(codes(data.quangNotDeployed)).toEqual(['DN', 'QNG', 'QNI', 'QT', 'TQ']);
    expect(data.nothing).toEqual([]);
  });

  it('tells which unit a former province is part of today', async () => {
    const { data, errors } = await execute(`{
      hd: predecessorProvince(code: "HD") { code name endedOn successor { code name kind } }
      hp: predecessorProvince(code: "HP") { name endedOn successor { code } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.hd).toEqual({
      code: 'HD',
      name: 'Hải Dương',
      endedOn: '2025-06-30',
      successor: { code: 'HP', name: 'Hải Phòng', kind: 'THANH_PHO_TRUC_THUOC_TRUNG_UONG' },
    });
    expect(data.hp).toEqual({ name: 'Hải Phòng', endedOn: null, successor: { code: 'HP' } });
  });

  it('answers null, not an error, for an unknown code', async () => {
    const result = await execute(`{ provincialUnit(code: "XX") { code }
      lower: provincialUnit(code: "hp") { code } predecessorProvince(code: "ZZ") { code } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ provincialUnit: null, lower: null, predecessorProvince: null });
  });

  it('refuses a search longer than 100 characters, naming it', async () => {
    const ok = await execute(`{ provincialUnits(search: "${'a'.repeat(100)}") { code } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.provincialUnits).toEqual([]);
    const refused = await execute(`{ provincialUnits(search: "${'a'.repeat(101)}") { code } }`);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });

  it('places every registered City on the map, and a code outside the 34 nowhere', async () => {
    const { data, errors } = await execute(`{ cities { code provincialUnit { code name
      predecessors { name } } } }`);
    expect(errors).toBeUndefined();
    expect(data.cities).toEqual([
      { code: 'HN', provincialUnit: { code: 'HN', name: 'Hà Nội', predecessors: [{ name: 'Hà Nội' }] } },
      {
        code: 'HP',
        provincialUnit: {
          code: 'HP',
          name: 'Hải Phòng',
          predecessors: [{ name: 'Hải Phòng' }, { name: 'Hải Dương' }],
        },
      },
    ]);
    // Last in this file: it adds a city to the registry.
    await createCooperationContext(db, HUB_ADMIN).registry.register({
      code: 'XYZ',
      name: 'Thành phố thử nghiệm',
      joinedOn: '2026-11-01',
    });
    const added = await execute(`{ city(code: "XYZ") { code provincialUnit { code } } }`);
    expect(added.errors).toBeUndefined();
    expect(added.data.city).toEqual({ code: 'XYZ', provincialUnit: null });
    const deployed = await execute(`{ provincialUnits(deployed: true) { code } }`);
    expect(codes(deployed.data.provincialUnits)).toEqual(['HN', 'HP']);
  });
});
