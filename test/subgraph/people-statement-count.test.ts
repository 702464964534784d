import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { LeaderRole } from '../../services/city/src/entities/enums';
import { LeaderSearch1764700000000 } from '../../services/city/src/migrations/1764700000000-leader-search';
import { buildCitySchema } from '../../services/city/src/schema';
import { CityContext, createCityContext } from '../../services/city/src/services/city-context';
import { DirectoryWriterService } from '../../services/city/src/services/directory-writer.service';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCityDemo } from '../../scripts/demo-loader';
import { ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { countedDatabase, StatementCounter } from '../support/statement-counter';

const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };
const ORGANISATIONS = [
  'hn-cong-doan-nganh-giao-duc',
  'hn-ldld-thanh-pho',
  'hn-so-gd-dt',
  'hn-ldld-thach-that',
];

const PEOPLE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PeopleSearch {
  cityLeaders { cityCode fullName title isCurrent organisation { name kind } } } } }`;

const ISSUERS = `query($r: [_Any!]!, $first: Int!) { _entities(representations: $r) { ... on City {
  awardDecisions(schoolYear: "2022-2023", first: $first) { edges { node { id
    issuingNationalOrganisation { code } issuingOrganisation { name kind } } } } } } }`;

describe(`a city's part of people(search:) and award issuers: statements bounded whatever matches (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;
  const counter = new StatementCounter(['query']); // without the option, AbstractLogger drops every query

  beforeAll(async () => {
    ({ database, db } = await countedDatabase('peoplecount', counter, CITY_ENTITIES, CITY_MIGRATIONS));
    await loadCityDemo(db, 'HN');
    // 150 more leaders with one name in common, over four organisations.
    await new DirectoryWriterService(db).upsert({
      districts: [],
      organisations: [],
      grassrootsUnions: [],
      leaders: Array.from({ length: 150 }, (_, i) => ({
        id: `bulk-leader-${i}`,
        organisationId: ORGANISATIONS[i % ORGANISATIONS.length],
        fullName: `Nguyễn Văn Thử ${i}`,
        role: LeaderRole.VICE_CHAIR,
        termEnd: i % 2 ? '2020-12-31' : null,
        isDemo: true,
      })),
    });
    apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  const execute = async (query: string, variables: Record<string, unknown>) => {
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCityContext(db, 'HN', VIEWER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: unknown };
    expect(result.errors).toBeUndefined();
    return { data: result.data, statements: counter.count };
  };
  const people = async (search: string, first: number) => {
    const { data, statements } = await execute(PEOPLE, {
      r: [{ __typename: 'PeopleSearch', search, first }],
    });
    return { leaders: data._entities[0].cityLeaders, statements };
  };

  it('costs the same statements for none, one or a hundred leaders found, accents ignored', async () => {
    const none = await people('khong ai ten nay', 100);
    const one = await people('Nguyễn Văn Toàn', 100);
    const many = await people('nguyen van thu', 100);
    expect(none.leaders).toEqual([]);
    expect(one.leaders.map((l: any) => l.fullName)).toEqual(['Nguyễn Văn Toàn']);
    expect(many.leaders).toHaveLength(100);
    expect(new Set(many.leaders.map((l: any) => l.organisation.name)).size).toBe(ORGANISATIONS.length);
    // The leaders, then their organisations in one batch: nothing per leader.
    expect(many.statements).toBe(one.statements);
    expect(none.statements).toBeLessThanOrEqual(one.statements);
    expect(one.statements).toBeLessThanOrEqual(2);
  });

  it('lists at most `first`, in Vietnamese order', async () => {
    const { leaders } = await people('van thu', 5);
    expect(leaders).toHaveLength(5);
    expect(leaders.map((l: any) => l.fullName)).toEqual([
      'Nguyễn Văn Thử 0',
      'Nguyễn Văn Thử 1',
      'Nguyễn Văn Thử 2',
      'Nguyễn Văn Thử 3',
      'Nguyễn Văn Thử 4',
    ]);
  });

  it('refuses a search that reaches the city unchecked (through _entities) as BAD_USER_INPUT', async () => {
    const response = await apollo.executeOperation(
      { query: PEOPLE, variables: { r: [{ __typename: 'PeopleSearch', search: '%', first: 5 }] } },
      { contextValue: createCityContext(db, 'HN', VIEWER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { errors } = response.body.singleResult;
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
  });

  it('resolves the issuers of a page of award decisions in the same statements for 2 or 10 of them', async () => {
    const issuers = (first: number) => execute(ISSUERS, { r: [{ __typename: 'City', code: 'HN' }], first });
    const small = await issuers(2);
    const large = await issuers(10);
    expect(large.data._entities[0].awardDecisions.edges).toHaveLength(10);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
    // The page (and its count), the scopes, the city's bodies by kind: nothing per decision.
    expect(large.statements).toBeLessThanOrEqual(4);
  });

  it('fills the search column of the leaders recorded before its migration (undone and done again)', async () => {
    const migration = new LeaderSearch1764700000000();
    // A query runner each: one caches the table as it read it, and the undo changes it behind its back.
    for (const step of [migration.down, migration.up]) {
      const runner = db.createQueryRunner();
      try {
        await step.call(migration, runner);
      } finally {
        await runner.release();
      }
    }
    expect((await people('nguyen van toan', 5)).leaders.map((l: any) => l.fullName)).toEqual([
      'Nguyễn Văn Toàn',
    ]);
    expect((await people('van thu', 2)).leaders.map((l: any) => l.fullName)).toEqual([
      'Nguyễn Văn Thử 0',
      'Nguyễn Văn Thử 1',
    ]);
  });
});
