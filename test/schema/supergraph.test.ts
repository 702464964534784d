import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, GraphQLObjectType, isListType, isNonNullType, parse } from 'graphql';
import { EntityRoutingTable } from '../../gateway/src/entity-routing-table';
import { composeFromCode, Composition } from '../../scripts/supergraph';

const schemaFile = (name: string) => readFileSync(join(__dirname, '..', '..', 'schema', name), 'utf8');

describe('schema/: printed from code and composed', () => {
  let composition: Composition;
  beforeAll(async () => {
    composition = await composeFromCode();
  });

  it('composes without errors', () => {
    expect(composition.errors).toEqual([]);
  });

  it('matches the committed subgraph SDL files (run `npm run compose` after changing a schema)', () => {
    for (const subgraph of composition.subgraphs) {
      expect(`${subgraph.name}: ${schemaFile(`${subgraph.name}.graphql`)}`).toBe(
        `${subgraph.name}: ${subgraph.sdl}`,
      );
    }
  });

  it('matches the committed supergraph', () => {
    expect(schemaFile('supergraph.graphql')).toBe(composition.supergraphSdl);
  });
});

describe('the cities subgraph keeps the shard router’s rules', () => {
  const sdl = schemaFile('cities.graphql').replace(/^extend schema[\s\S]*?\n\n/, '');
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const routing = EntityRoutingTable.fromSupergraph(schemaFile('supergraph.graphql'), 'CITIES');

  it('gives every root field a cityCode argument (rule 2)', () => {
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        expect(`${field.name}: ${field.args.some((arg) => arg.name === 'cityCode')}`).toBe(
          `${field.name}: true`,
        );
      }
    }
  });

  it('keys every city-owned entity with cityCode, except City and city-wide types (rule 1)', () => {
    // Not the types a city only points to (`resolvable: false`, e.g. NationalOrganisation): no city serves them.
    const entityTypes = [
      ...sdl.matchAll(/^type (\w+)\s*@key\(fields: "([^"]+)"(?!, resolvable: false)/gm),
    ].map((match) => match[1]);
    expect(entityTypes).toEqual(
      expect.arrayContaining([
        'City',
        'Organisation',
        'Leader',
        'District',
        'GrassrootsUnion',
        'SchoolLevel',
      ]),
    );
    for (const typename of entityTypes) {
      const route = routing.routeOf(typename);
      const expected =
        typename === 'City' ? 'code' : routing.fanOutTypes().includes(typename) ? 'fan-out' : 'cityCode';
      expect(`${typename}: ${route?.by === 'field' ? route.field : route?.by}`).toBe(
        `${typename}: ${expected}`,
      );
    }
  });

  it('contributes only list fields to city-wide types (rule 3)', () => {
    expect(routing.fanOutTypes().sort()).toEqual([
      'AwardPeriod',
      'CampaignEdition',
      'PeopleSearch',
      'SchoolLevel',
    ]);
    for (const typename of routing.fanOutTypes()) {
      const keyFields = new RegExp(`^type ${typename}\\s*@key\\(fields: "([^"]+)"`, 'm')
        .exec(sdl)![1]
        .split(' ');
      const type = schema.getType(typename) as GraphQLObjectType;
      for (const field of Object.values(type.getFields()).filter((f) => !keyFields.includes(f.name))) {
        const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
        expect(`${typename}.${field.name} is a list: ${isListType(unwrapped)}`).toBe(
          `${typename}.${field.name} is a list: true`,
        );
      }
    }
  });

  it('routes no type that a city only points to (`@key(…, resolvable: false)`)', () => {
    expect(routing.routeOf('NationalOrganisation')).toBeUndefined();
    const table = EntityRoutingTable.fromSupergraph(
      `type Pointed @join__type(graph: CITIES, key: "code", resolvable: false) { code: String }
       type Served @join__type(graph: CITIES, key: "code") { code: String }`,
      'CITIES',
    );
    expect(table.routeOf('Pointed')).toBeUndefined();
    expect(table.routeOf('Served')).toEqual({ by: 'fan-out' });
  });

  it('keeps City fields nullable so one city’s outage nulls only its own figures (rule 4)', () => {
    const city = schema.getType('City') as GraphQLObjectType;
    for (const field of Object.values(city.getFields()).filter((f) => f.name !== 'code')) {
      expect(`City.${field.name} nullable: ${!isNonNullType(field.type)}`).toBe(
        `City.${field.name} nullable: true`,
      );
    }
  });
});
