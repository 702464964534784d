import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { CITY_ENTITIES, CITY_MIGRATIONS } from '../../services/city/src/database';
import { buildCitySchema } from '../../services/city/src/schema';
import { CityContext, createCityContext } from '../../services/city/src/services/city-context';
import { startSubgraphApollo } from '../../services/shared/src/http-service';
import type { Identity } from '../../services/shared/src/identity';
import { loadCityDemo } from '../../scripts/demo-loader';
import { ENGINE, TestDatabase } from '../../scripts/throwaway-databases';
import { countedDatabase, StatementCounter } from '../support/statement-counter';

const VIEWER: Identity = { subject: 'dashboard', role: 'viewer', anonymous: false };

describe(`batching: units' dated parents cost the same statements for a page of any size (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;
  const counter = new StatementCounter(['query']);

  beforeAll(async () => {
    ({ database, db } = await countedDatabase('parentstatements', counter, CITY_ENTITIES, CITY_MIGRATIONS));
    await loadCityDemo(db, 'HN');
    apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  // Thạch Thất's units: each has two periods (the federation until 30 June 2025, a commune union after).
  const statementsFor = async (first: number) => {
    const query = `query($first: Int!) { organisation(cityCode: "HN", id: "hn-ldld-thach-that") {
      grassrootsUnions(first: $first) { edges { node { name managedBy { name }
        before: parentOn(date: "2024-05-31") { name } after: parentOn(date: "2025-07-01") { name }
        parentIn(schoolYear: "2022-2023") { name }
        parentHistory { from to note parent { name kind } } } } } } }`;
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query, variables: { first } },
      { contextValue: createCityContext(db, 'HN', VIEWER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: unknown };
    expect(result.errors).toBeUndefined();
    const units = result.data.organisation.grassrootsUnions.edges.map(({ node }: any) => node);
    expect(units).toHaveLength(first);
    for (const unit of units) expect(unit.parentHistory).toHaveLength(2);
    return counter.count;
  };

  it('costs a constant, small number of statements for 20 or 80 units', async () => {
    const small = await statementsFor(20);
    const large = await statementsFor(80);
    expect(large).toBe(small);
    // the organisation, the page, the periods, the parents (today's, then the dated ones): nothing per unit.
    expect(small).toBeLessThanOrEqual(5);
  });
});
