import { CityShardRouter, ProcessOptions } from '../../gateway/src/city-shard-router';
import { answerFields, routing, run } from '../support/stand-in-cities';

/** HN behind two data sources, as gateway.ts builds it: CITY_TIMEOUT_MS and IMPORT_TIMEOUT_MS. */
function hnWithTwoDeadlines() {
  const used: string[] = [];
  const source = (deadline: string) => ({
    process: async (options: ProcessOptions) => {
      used.push(deadline);
      return answerFields({ query: options.request.query!, variables: {} });
    },
  });
  const router = new CityShardRouter(
    [{ code: 'HN', source: source('city'), importSource: source('import') }],
    routing,
  );
  return { router, used };
}

describe('the deadline of a city fetch', () => {
  it('gives importCityRecords the import deadline, and everything else the city deadline', async () => {
    const { router, used } = hnWithTwoDeadlines();
    await run(
      router,
      `mutation($c: String!) { importCityRecords(cityCode: "HN", fileName: "a.csv", contentBase64: $c) { rows } }`,
      { c: 'YQ==' },
    );
    await run(router, `mutation { recordTraining(cityCode: "HN", input: { title: "x" }) { id } }`);
    await run(router, `{ importCityRecords: grassrootsUnion(cityCode: "HN", id: "a") { name } }`); // an alias is not an import
    await run(router, `{ grassrootsUnion(cityCode: "HN", id: "a") { name } }`);
    expect(used).toEqual(['import', 'city', 'city', 'city']);
  });
});
