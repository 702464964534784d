import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { buildCitySchema } from '../../services/city/src/schema';
import { CityContext, createCityContext } from '../../services/city/src/services/city-context';
import { Leader } from '../../services/city/src/entities/leader.entity';
import { readDataVersion } from '../../services/shared/src/data-version';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCityDemo } from '../../scripts/demo-loader';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const OFFICER: Identity = { subject: 'hp-officer', role: 'city-officer', cityCode: 'HP', anonymous: false };

const RESULT = (participants: number, version?: number) => `mutation { recordCampaignResult(cityCode: "HP",
  ${version ? `version: ${version},` : ''} input: { campaignCode: "hai-tot", schoolYear: "2025-2026",
  reportedById: "hp-cong-doan-nganh-giao-duc", participants: ${participants} }) { version participants } }`;

describe(`a city's data version (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;

  const execute = async (query: string) => {
    const response = await apollo.executeOperation(
      { query },
      { contextValue: createCityContext(db, 'HP', OFFICER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };

  beforeAll(async () => {
    database = await createTestDatabase('dataversion');
    db = await openCityDatabase(database.settings, 'HP');
    await loadCityDemo(db, 'HP');
    apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  });
  afterAll(async () => {
    await apollo.stop();
    await db.destroy();
    await database.drop();
  });

  it('moves on with every write that commits, and only then', async () => {
    const start = await readDataVersion(db);
    expect(start).toBeGreaterThan(0); // the demo data was written through the same DataSource

    const read = await execute(
      '{ organisation(cityCode: "HP", id: "hp-cong-doan-nganh-giao-duc") { name } }',
    );
    expect(read.errors).toBeUndefined();
    expect(await readDataVersion(db)).toBe(start);

    const recorded = await execute(RESULT(900));
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordCampaignResult).toEqual({ version: 1, participants: 900 });
    const afterWrite = await readDataVersion(db);
    expect(afterWrite).toBeGreaterThan(start);

    // Refused (a stale version): nothing is written, the number stays.
    const stale = await execute(RESULT(950));
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await readDataVersion(db)).toBe(afterWrite);

    const replaced = await execute(RESULT(950, 1));
    expect(replaced.data.recordCampaignResult).toEqual({ version: 2, participants: 950 });
    expect(await readDataVersion(db)).toBeGreaterThan(afterWrite);
  });

  it('is not moved by a transaction that rolls back', async () => {
    const before = await readDataVersion(db);
    await expect(
      db.transaction(async (manager) => {
        await manager
          .getRepository(Leader)
          .update({ organisationId: 'hp-cong-doan-nganh-giao-duc' }, { fullName: 'Tạm thời' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readDataVersion(db)).toBe(before);
  });
});
