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

const SECTOR = `query($year: String!) { _entities(representations: [{ __typename: "City", code: "HN" }]) {
  ... on City { educationSector(schoolYear: $year) {
    grassrootsUnions bodies { grassrootsUnions organisation { name kind } }
    campaignResults { participants campaign { name } reports { participants reportedBy { name } } } } } } }`;
const CONTRIBUTIONS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on CampaignEdition { sectorResults { cityCode participants } previousSectorResults { cityCode }
    predecessorSectorResults { cityCode } previousPredecessorSectorResults { cityCode } } } }`;

describe(`batching: the education sector costs the same statements however many bodies it has (${ENGINE})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  let apollo: ApolloServer<CityContext>;
  const counter = new StatementCounter(['query']);

  beforeAll(async () => {
    ({ database, db } = await countedDatabase('sectorstatements', counter, CITY_ENTITIES, CITY_MIGRATIONS));
    await loadCityDemo(db, 'HN');
    apollo = await startSubgraphApollo<CityContext>(await buildCitySchema());
  });
  afterAll(async () => {
    await apollo?.stop();
    await db?.destroy();
    await database?.drop();
  });

  async function statementsOf(query: string, variables: Record<string, unknown>) {
    counter.count = 0;
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createCityContext(db, 'HN', VIEWER) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const result = response.body.singleResult as { data?: any; errors?: unknown };
    expect(result.errors).toBeUndefined();
    return { data: result.data, statements: counter.count };
  }

  it('groups three bodies (2022-2023) or eleven (2025-2026) and their reports in the same few statements', async () => {
    const before = await statementsOf(SECTOR, { year: '2022-2023' });
    const after = await statementsOf(SECTOR, { year: '2025-2026' });
    expect(before.data._entities[0].educationSector.bodies.length).toBeGreaterThanOrEqual(3);
    expect(after.data._entities[0].educationSector.bodies.length).toBeGreaterThan(
      before.data._entities[0].educationSector.bodies.length,
    );
    expect(after.data._entities[0].educationSector.campaignResults[0].reports.length).toBeGreaterThan(1);
    expect(after.statements).toBe(before.statements);
    // bodies, reports, the bodies' organisations, the campaigns: nothing per body or per report.
    expect(before.statements).toBeLessThanOrEqual(4);
  });

  it('contributes a year of sector totals to the hub for many editions at once without a statement per edition', async () => {
    const editions = (periods: string[]) =>
      periods.map((period) => ({
        __typename: 'CampaignEdition',
        campaignCode: 'moi-thay-co-la-tam-guong',
        period,
      }));
    const one = await statementsOf(CONTRIBUTIONS, { representations: editions(['2025-2026']) });
    const three = await statementsOf(CONTRIBUTIONS, {
      representations: editions(['2022-2023', '2023-2024', '2025-2026']),
    });
    expect(one.data._entities[0].sectorResults[0].participants).toBeGreaterThan(0);
    // The bodies of every year asked, then their reports, then the folded provinces: batched, not per edition.
    expect(three.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(3);
  });
});
