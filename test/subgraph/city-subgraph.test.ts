import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { openCityDatabase } from '../../services/city/src/database';
import { buildCitySchema } from '../../services/city/src/schema';
import { CityContext, createCityContext } from '../../services/city/src/services/city-context';
import { GrassrootsUnion } from '../../services/city/src/entities/grassroots-union.entity';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import { vietnameseSortKey } from '../../services/shared/src/vietnamese-text';
import { loadCityDemo } from '../../scripts/demo-loader';
import type { Identity } from '../../services/shared/src/identity';
import { createTestDatabase, ENGINE, TestDatabase } from '../../scripts/throwaway-databases';

const HN_OFFICER: Identity = {
  subject: 'test-officer',
  role: 'city-officer',
  cityCode: 'HN',
  anonymous: false,
};

describe(`city subgraph through executeOperation (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;

  const execute = async (query: string, variables?: Record<string, unknown>, identity = HN_OFFICER) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCityContext(db, 'HN', identity) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as { data?: any; errors?: any[] };
  };

  beforeAll(async () => {
    database = await createTestDatabase('citysubgraph');
    db = await openCityDatabase(database.settings, 'HN');
    await loadCityDemo(db, 'HN');
    apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  });
  afterAll(async () => {
    await apollo.stop();
    await db.destroy();
    await database.drop();
  });

  it('loads the demo data idempotently: a second load changes nothing', async () => {
    const before = await db.getRepository(GrassrootsUnion).find({ order: { id: 'ASC' } });
    await loadCityDemo(db, 'HN');
    const after = await db.getRepository(GrassrootsUnion).find({ order: { id: 'ASC' } });
    expect(after).toEqual(before);
    expect(after).toHaveLength(315);
  });

  it('refuses to serve a database that belongs to another city', async () => {
    await expect(openCityDatabase(database.settings, 'HP')).rejects.toThrow('belongs to city HN, not HP');
  });

  it('keeps a leader’s earlier terms: Đỗ Văn Nam was vice chair before he was chair', async () => {
    const result = await execute(`{ organisation(cityCode: "HN", id: "hn-cong-doan-nganh-giao-duc") {
      leaders { fullName role isCurrent } chair { fullName }
    } }`);
    expect(result.data.organisation.chair).toEqual({ fullName: 'Đỗ Văn Nam' });
    expect(result.data.organisation.leaders).toEqual(
      expect.arrayContaining([
        { fullName: 'Đỗ Văn Nam', role: 'VICE_CHAIR', isCurrent: false },
        { fullName: 'Đỗ Văn Nam', role: 'CHAIR', isCurrent: true },
      ]),
    );
  });

  it('lists units in Vietnamese alphabetical order', async () => {
    const result = await execute(`{ organisation(cityCode: "HN", id: "hn-ldld-thach-that") {
      grassrootsUnions(first: 100) { totalCount edges { node { school { name } } } }
    } }`);
    const names: string[] = result.data.organisation.grassrootsUnions.edges.map(
      (edge: any) => edge.node.school.name,
    );
    expect(result.data.organisation.grassrootsUnions.totalCount).toBe(85);
    const sorted = [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
    expect(names).toEqual(sorted);
    // đ sorts after d: "Đại Đồng" comes after "Dị Nậu" within the same level.
    const preschools = names.filter((name) => name.startsWith('Trường Mầm non'));
    expect(preschools.indexOf('Trường Mầm non Đại Đồng')).toBeGreaterThan(
      preschools.indexOf('Trường Mầm non Dị Nậu'),
    );
  });

  it('refuses a page larger than 100 and a cursor it did not issue, with BAD_USER_INPUT', async () => {
    const tooLarge = await execute(`{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") {
      managedBy { grassrootsUnions(first: 101) { totalCount } } } }`);
    expect(tooLarge.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const forged = await execute(`{ organisation(cityCode: "HN", id: "hn-ldld-thach-that") {
      grassrootsUnions(after: "not-a-cursor") { totalCount } } }`);
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('answers only for its own city', async () => {
    const result = await execute(`{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") { name } }`);
    expect(result.data.grassrootsUnion).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', cityCode: 'HP' } });
  });

  it('resolves entity references of its own city and nothing of another', async () => {
    const result = await execute(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on GrassrootsUnion { name } ... on City { grassrootsUnionCount } } }`,
      {
        representations: [
          { __typename: 'GrassrootsUnion', cityCode: 'HN', id: 'hn-thcs-thpt-newton' },
          { __typename: 'GrassrootsUnion', cityCode: 'HP', id: 'hp-thpt-cat-ba' },
          { __typename: 'City', code: 'HN' },
        ],
      },
    );
    expect(result.data._entities).toEqual([
      { name: 'Công đoàn Trường THCS-THPT Newton' },
      null,
      { grassrootsUnionCount: 315 },
    ]);
  });

  it('contributes one entry of its own to city-wide types even with nothing to report', async () => {
    // The hub tells "answered without a report" from "did not answer" by this entry's presence.
    const result = await execute(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on CampaignEdition { cityResults { cityCode reported participants } previousCityResults { cityCode } }
        ... on AwardPeriod { cityAwards { cityCode lines { recipients } } }
        ... on SchoolLevel { cityFigures { cityCode members } } } }`,
      {
        representations: [
          { __typename: 'CampaignEdition', campaignCode: 'no-such-campaign', period: '2040-2041' },
          { __typename: 'AwardPeriod', period: '1990' },
          { __typename: 'SchoolLevel', code: 'NO_SUCH_LEVEL' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      {
        cityResults: [{ cityCode: 'HN', reported: false, participants: null }],
        previousCityResults: [{ cityCode: 'HN' }],
      },
      { cityAwards: [{ cityCode: 'HN', lines: [] }] },
      { cityFigures: [{ cityCode: 'HN', members: 0 }] },
    ]);
  });

  it('guards personal fields on the _entities path too', async () => {
    const viewer: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Member { id fullName nationalId } } }`;
    const representations = [{ __typename: 'Member', cityCode: 'HN', id: 'hn-thcs-thpt-newton-m001' }];
    const asViewer = await execute(query, { representations }, viewer);
    expect(asViewer.data!._entities).toEqual([
      { id: 'hn-thcs-thpt-newton-m001', fullName: null, nationalId: null },
    ]);
    expect(asViewer.errors!.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    const asOfficer = await execute(query, { representations });
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!._entities[0].nationalId).toMatch(/^\d{12}$/);
  });
});
