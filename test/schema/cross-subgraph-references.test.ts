import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildASTSchema,
  getNamedType,
  GraphQLSchema,
  GraphQLType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from 'graphql';

const schemaFile = (name: string) => readFileSync(join(__dirname, '..', '..', 'schema', name), 'utf8');
const withoutLink = (sdl: string) => sdl.replace(/^extend schema[\s\S]*?\n\n/, '');
const entitiesOf = (sdl: string, only = /@key\(fields: "[^"]+"/) =>
  [...sdl.matchAll(/^type (\w+)\s*(@key\([^)]*\))/gm)]
    .filter((match) => only.test(match[2]))
    .map((match) => match[1]);

/**
 * Fields of `schema` whose type is one of `cityTypes` and that a city being down, or a stored
 * reference to a record the city no longer has, would turn into an error that nulls its parent (a
 * non-null field) or the whole list (a non-null item). A non-null list of nullable items is fine.
 */
function strictReferences(schema: GraphQLSchema, cityTypes: string[]): string[] {
  const problems: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (!cityTypes.includes(getNamedType(field.type).name)) continue;
      let inner: GraphQLType = field.type;
      let isList = false;
      for (;;) {
        const unwrapped: GraphQLType = isNonNullType(inner) ? inner.ofType : inner;
        if (!isListType(unwrapped)) break;
        inner = unwrapped.ofType;
        isList = true;
      }
      const innermostNonNull = isNonNullType(inner);
      if (innermostNonNull) {
        problems.push(
          `${type.name}.${field.name}: ${field.type.toString()} (non-null ${isList ? 'item' : 'field'})`,
        );
      }
    }
  }
  return problems;
}

describe('references from the cooperation subgraph into the cities’ records', () => {
  const cooperationSdl = withoutLink(schemaFile('cooperation.graphql'));
  const cooperation = buildASTSchema(parse(cooperationSdl), { assumeValidSDL: true });
  // Types the hub only points to (it cannot resolve them): their fields come from a city.
  const cityTypes = entitiesOf(cooperationSdl, /resolvable: false/);

  it('finds the city-owned types the hub points to, each an entity of the cities subgraph', () => {
    expect(cityTypes.sort()).toEqual(['GrassrootsUnion', 'Leader', 'Organisation']);
    const citiesEntities = entitiesOf(withoutLink(schemaFile('cities.graphql')));
    expect(cityTypes.filter((name) => !citiesEntities.includes(name))).toEqual([]);
  });

  it('makes every such field nullable, and the items of every such list', () => {
    expect(strictReferences(cooperation, cityTypes)).toEqual([]);
  });

  it('would catch a non-null reference or a non-null list item', () => {
    const strict = buildASTSchema(
      parse(`type GrassrootsUnion { id: ID! }
        type Query { a: [GrassrootsUnion!]! b: GrassrootsUnion! c: [GrassrootsUnion]! d: [[GrassrootsUnion!]] }`),
    );
    expect(strictReferences(strict, ['GrassrootsUnion'])).toEqual([
      'Query.a: [GrassrootsUnion!]! (non-null item)',
      'Query.b: GrassrootsUnion! (non-null field)',
      'Query.d: [[GrassrootsUnion!]] (non-null item)',
    ]);
  });
});
