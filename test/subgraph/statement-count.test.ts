import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { SchoolLevel } from '../../services/city/src/entities/enums';
import { buildCitySchema } from '../../services/city/src/schema';
import { CityContext, createCityContext } from '../../services/city/src/services/city-context';
import { DirectoryWriterService } from '../../services/city/src/services/directory-writer.service';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCityDemo } from '../../scripts/demo-loader';
import { ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { countedDatabase, StatementCounter } from '../support/statement-counter';

const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };

describe(`batching: a page of units costs the same statements whatever its size (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;
  const counter = new StatementCounter(['query']); // without the option, AbstractLogger drops every query

  beforeAll(async () => {
    ({ database, db } = await countedDatabase('statements', counter, CITY_ENTITIES, CITY_MIGRATIONS));
    await loadCityDemo(db, 'HN');
    // 2,000 more units, spread over every district and both federations.
    const districts = ['hn-thach-that', 'hn-thanh-xuan', 'hn-cau-giay', 'hn-ba-vi'];
    const managers = ['hn-ldld-thach-that', 'hn-ldld-thanh-xuan', 'hn-cong-doan-nganh-giao-duc'];
    await new DirectoryWriterService(db).upsert({
      districts: [],
      organisations: [],
      leaders: [],
      grassrootsUnions: Array.from({ length: 2_000 }, (_, i) => ({
        id: `bulk-${i}`,
        schoolName: `Trường Tiểu học Thử nghiệm ${i}`,
        schoolLevel: SchoolLevel.PRIMARY,
        districtId: districts[i % districts.length],
        managedById: managers[i % managers.length],
        memberCount: 20 + (i % 30),
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

  const statementsFor = async (first: number, after?: string) => {
    const query = `query($first: Int!, $after: String) { grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") {
      managedBy { grassrootsUnions(first: $first, after: $after) { totalCount
        edges { node { name memberCount school { name level } district { name } managedBy { name }
          members(first: 0) { totalCount } } }
        pageInfo { endCursor } } } } }`;
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query, variables: { first, after } },
      { contextValue: createCityContext(db, 'HN', VIEWER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: unknown };
    expect(result.errors).toBeUndefined();
    const connection = result.data.grassrootsUnion.managedBy.grassrootsUnions;
    expect(connection.edges).toHaveLength(first);
    return { statements: counter.count, endCursor: connection.pageInfo.endCursor as string };
  };

  it('costs a constant number of statements for 20 or 100 units, on the first page or a later one', async () => {
    const small = await statementsFor(20);
    const large = await statementsFor(100);
    const later = await statementsFor(100, large.endCursor);
    expect(large.statements).toBe(small.statements);
    expect(later.statements).toBe(small.statements);
    // unit, its manager, the count, the page, the districts, the managers, the member counts: nothing per unit.
    expect(small.statements).toBeLessThanOrEqual(7);
  });
});
