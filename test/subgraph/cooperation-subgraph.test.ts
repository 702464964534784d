import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { openCooperationDatabase } from '../../services/cooperation/src/database';
import { MemberCity } from '../../services/cooperation/src/entities/member-city.entity';
import { buildCooperationSchema } from '../../services/cooperation/src/schema';
import { CatalogWriterService } from '../../services/cooperation/src/services/catalog-writer.service';
import {
  CooperationContext,
  createCooperationContext,
} from '../../services/cooperation/src/services/cooperation-context';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import { loadCooperationDemo } from '../../scripts/demo-loader';
import type { Identity } from '../../services/shared/src/identity';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const HUB_ADMIN: Identity = { subject: 'test-admin', role: 'hub-admin', anonymous: false };

describe(`cooperation subgraph through executeOperation (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CooperationContext>;

  const execute = async (query: string, variables?: Record<string, unknown>) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCooperationContext(db, HUB_ADMIN) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };

  beforeAll(async () => {
    database = await createTestDatabase('cooperationsubgraph');
    db = await openCooperationDatabase(database.settings);
    await loadCooperationDemo(db);
    await loadCooperationDemo(db); // loading twice must change nothing
    apollo = await startSubgraphApollo<CooperationContext>(await buildCooperationSchema());
  });
  afterAll(async () => {
    await apollo.stop();
    await db.destroy();
    await database.drop();
  });

  it('answers the registry with Vietnamese names, searchable without accents', async () => {
    const result = await execute(
      `{ all: cities { code name joinedOn } hp: cities(search: "HAI PHONG") { code } city(code: "HN") { name } }`,
    );
    expect(result.data.all).toEqual([
      { code: 'HN', name: 'Hà Nội', joinedOn: '2024-03-01' },
      { code: 'HP', name: 'Hải Phòng', joinedOn: '2024-03-01' },
    ]);
    expect(result.data.hp).toEqual([{ code: 'HP' }]);
    expect(result.data.city).toEqual({ name: 'Hà Nội' });
  });

  it('refuses a bad or duplicate registration and writes nothing', async () => {
    const { registry } = createCooperationContext(db, HUB_ADMIN);
    await expect(
      registry.register({ code: 'dn', name: 'Đà Nẵng', joinedOn: '2026-11-01' }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'code' },
    });
    await expect(
      registry.register({ code: 'DN', name: 'Đà Nẵng', joinedOn: '1/11/2026' }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'joinedOn' },
    });
    await expect(
      registry.register({ code: 'HN', name: 'Hà Nội', joinedOn: '2026-11-01' }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    expect(await db.getRepository(MemberCity).count()).toBe(2);
  });

  it('refuses a partnership with a city outside the registry', async () => {
    const writer = new CatalogWriterService(db);
    await expect(
      writer.upsertPartnerships([
        {
          id: 'x',
          unitA: { cityCode: 'HN', id: 'a' },
          unitB: { cityCode: 'QN', id: 'b' },
          startedOn: '2026-01-01',
        },
      ]),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', cityCode: 'QN' } });
  });

  it('lists partnerships by city with references the gateway resolves in each city', async () => {
    const result = await execute(`{ schoolPartnerships(cityCode: "HP") {
      totalCount edges { node { id isCrossCity unitA { cityCode id } unitB { cityCode id } } } } }`);
    expect(result.data.schoolPartnerships).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: 'newton-cat-ba',
            isCrossCity: true,
            unitA: { cityCode: 'HN', id: 'hn-thcs-thpt-newton' },
            unitB: { cityCode: 'HP', id: 'hp-thpt-cat-ba' },
          },
        },
      ],
    });
  });
});
