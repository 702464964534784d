import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraph, Supergraph } from '@apollo/federation-internals';
import { buildSchema, parse } from 'graphql';
import { buildCitySchema } from '../../services/city/src/schema';
import { ConfigurationError } from '../../services/shared/src/errors';
import { printSubgraphSdl } from '../../services/shared/src/federated-schema';
import { projectRoot } from '../../services/shared/src/project-root';
import {
  compareFingerprints,
  coordinatesUsed,
  schemaFingerprint,
  schemaHash,
} from '../../services/shared/src/schema-fingerprint';

const lines = (sdl: string) => schemaFingerprint(buildSchema(sdl));
/** The `cities` subgraph as the gateway extracts it from the committed supergraph. */
const citiesOfSupergraph = () =>
  Supergraph.build(readFileSync(join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8'))
    .subgraphs()
    .get('cities')!
    .schema.toGraphQLJSSchema();
/** A city's schema as the gateway learns it: its `_service { sdl }`, built again. */
const learntFrom = (sdl: string) => buildSubgraph('cities', '', sdl).schema.toGraphQLJSSchema();

describe('schema fingerprint of a city deployment', () => {
  it('gives the city’s own schema the hash of the supergraph’s cities subgraph', async () => {
    const city = await buildCitySchema();
    const extracted = citiesOfSupergraph();
    expect(schemaFingerprint(city)).toEqual(schemaFingerprint(extracted));
    expect(schemaHash(city)).toBe(schemaHash(extracted));
    expect(schemaHash(city)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a city’s SDL, as the gateway learns it, the hash the city reports', async () => {
    const city = await buildCitySchema();
    expect(schemaHash(learntFrom(printSubgraphSdl(city)))).toBe(schemaHash(city));
    const older = await buildCitySchema({ without: ['City.memberCount'] });
    expect(schemaHash(learntFrom(printSubgraphSdl(older)))).toBe(schemaHash(older));
  });

  it('leaves out federation machinery and descriptions, and keeps arguments and their defaults', async () => {
    const entries = schemaFingerprint(await buildCitySchema());
    const all = entries.map(({ line }) => line);
    expect(all).toContain('City.memberCount: Int');
    expect(all).toContain('City.grassrootsUnions(first:): Int! = 20');
    expect(all).toContain('enum AwardKind');
    expect(all).toContain('AwardKind.BANG_KHEN');
    expect(all).toContain('schema.query: Query');
    expect(all.filter((line) => /_entities|_service|_Any|_Entity|link__|federation__/.test(line))).toEqual(
      [],
    );
    expect(entries.find(({ line }) => line.startsWith('City.grassrootsUnions(first:)'))?.coordinate).toBe(
      'City.grassrootsUnions(first:)',
    );
    expect(schemaHash(lines('"A" type Query { "x" a: Int }'))).toBe(
      schemaHash(lines('type Query { a: Int }')),
    );
  });

  it('builds an older city without the coordinates named, and refuses one that does not exist', async () => {
    const older = await buildCitySchema({ without: ['City.memberCount', 'City.initiatives(grade:)'] });
    const comparison = compareFingerprints(
      schemaFingerprint(await buildCitySchema()),
      schemaFingerprint(older),
    );
    expect(comparison).toEqual({
      status: 'behind',
      missing: ['City.initiatives(grade:)', 'City.memberCount'],
      excess: [],
    });
    await expect(buildCitySchema({ without: ['City.chairman'] })).rejects.toThrow(ConfigurationError);
  });
});

describe('comparing a served schema with the expected one', () => {
  const expected = lines('type Query { a: Int b(x: Int): String } enum E { ONE TWO }');

  it('is current for the same schema written in another order', () => {
    const same = lines('enum E { TWO ONE } type Query { b(x: Int): String a: Int }');
    expect(compareFingerprints(expected, same)).toEqual({ status: 'current', missing: [], excess: [] });
  });

  it('is behind when a field, an argument or an enum value is missing', () => {
    const older = lines('type Query { b: String } enum E { ONE }');
    expect(compareFingerprints(expected, older)).toEqual({
      status: 'behind',
      missing: ['E.TWO', 'Query.a', 'Query.b(x:)'],
      excess: [],
    });
  });

  it('is ahead when the city has more, a new optional argument leaving the field itself current', () => {
    const newer = lines('type Query { a: Int c: Int b(x: Int, y: Int): String } enum E { ONE TWO THREE }');
    expect(compareFingerprints(expected, newer)).toEqual({
      status: 'ahead',
      missing: [],
      excess: ['E.THREE', 'Query.b(y:)', 'Query.c'],
    });
  });

  it('is diverged when a type changed or fields are both missing and added', () => {
    const changed = lines('type Query { a: String b(x: Int): String } enum E { ONE TWO }');
    expect(compareFingerprints(expected, changed)).toEqual({
      status: 'diverged',
      missing: ['Query.a'],
      excess: ['Query.a'],
    });
    const other = lines('type Query { a: Int b(x: Int): String c: Int } enum E { ONE }');
    expect(compareFingerprints(expected, other).status).toBe('diverged');
  });
});

describe('the coordinates an operation asks', () => {
  it('names fields, arguments, fragment types and literal enum values and input fields', () => {
    const schema = buildSchema(`
      type Query { city(code: String!): City  find(filter: Filter): [City] }
      type City { code: String! units(level: Level): Int }
      input Filter { level: Level name: String }
      enum Level { LOW HIGH }
    `);
    const used = coordinatesUsed(
      schema,
      parse(`query($c: String!) {
        city(code: $c) { ...F units(level: HIGH) }
        find(filter: { level: LOW }) { code }
      }
      fragment F on City { code }`),
    );
    expect([...used].sort()).toEqual([
      'City',
      'City.code',
      'City.units',
      'City.units(level:)',
      'Filter.level',
      'Level.HIGH',
      'Level.LOW',
      'Query.city',
      'Query.city(code:)',
      'Query.find',
      'Query.find(filter:)',
    ]);
  });
});
