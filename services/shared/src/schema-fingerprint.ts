import { createHash } from 'node:crypto';
import {
  astFromValue,
  DocumentNode,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * What a schema lets a client ask, line by line: one line per type, field, argument, input field,
 * enum value, interface and union member, each with its shape (`City.memberCount: Int!`,
 * `Query.city(code:): String!`). Arguments have lines of their own so that a city that adds an
 * optional argument is only *ahead* of the others, not missing the field.
 * Descriptions, deprecations and the federation machinery are left out: a city built from the code
 * and the `cities` subgraph the gateway extracts from its supergraph then read the same lines,
 * whatever federation adds on either side.
 */
/** The response header in which a city deployment names the hash of the schema it serves. */
export const SCHEMA_HASH_HEADER = 'x-schema-hash';

export interface FingerprintLine {
  /** The schema coordinate a skew report names: `City`, `City.memberCount`, `Query.city(code:)`. */
  coordinate: string;
  /** The coordinate with its shape; what is hashed and compared. */
  line: string;
}

const MACHINERY_TYPES = new Set(['_Service', '_Entity', '_Any', '_FieldSet']);
const MACHINERY_PREFIXES = ['link__', 'federation__', 'join__'];
const MACHINERY_FIELDS = new Set(['Query._entities', 'Query._service']);

function isMachinery(type: GraphQLNamedType): boolean {
  return (
    isIntrospectionType(type) ||
    isSpecifiedScalarType(type) ||
    MACHINERY_TYPES.has(type.name) ||
    MACHINERY_PREFIXES.some((prefix) => type.name.startsWith(prefix))
  );
}

function withDefault(shape: string, argument: GraphQLArgument | GraphQLInputField): string {
  const value =
    argument.defaultValue === undefined ? undefined : astFromValue(argument.defaultValue, argument.type);
  return value ? `${shape} = ${print(value)}` : shape;
}

function fieldLines(owner: string, field: GraphQLField<unknown, unknown>): FingerprintLine[] {
  const coordinate = `${owner}.${field.name}`;
  return [
    { coordinate, line: `${coordinate}: ${field.type.toString()}` },
    ...field.args.map((argument) => {
      const argumentCoordinate = `${coordinate}(${argument.name}:)`;
      return {
        coordinate: argumentCoordinate,
        line: withDefault(`${argumentCoordinate}: ${argument.type.toString()}`, argument),
      };
    }),
  ];
}

function typeLines(type: GraphQLNamedType): FingerprintLine[] {
  const own = (kind: string) => ({ coordinate: type.name, line: `${kind} ${type.name}` });
  if (isObjectType(type) || isInterfaceType(type)) {
    const implementing = type.getInterfaces().map(({ name }) => ({
      coordinate: `${type.name} implements ${name}`,
      line: `${type.name} implements ${name}`,
    }));
    const fields = Object.values(type.getFields())
      .filter((field) => !MACHINERY_FIELDS.has(`${type.name}.${field.name}`))
      .flatMap((field) => fieldLines(type.name, field));
    return [own(isObjectType(type) ? 'type' : 'interface'), ...implementing, ...fields];
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).map((field) => {
      const coordinate = `${type.name}.${field.name}`;
      return { coordinate, line: withDefault(`${coordinate}: ${field.type.toString()}`, field) };
    });
    return [own('input'), ...fields];
  }
  if (isEnumType(type)) {
    const values = type.getValues().map(({ name }) => ({
      coordinate: `${type.name}.${name}`,
      line: `${type.name}.${name}`,
    }));
    return [own('enum'), ...values];
  }
  if (isUnionType(type)) {
    const members = type.getTypes().map(({ name }) => ({
      coordinate: `${type.name} | ${name}`,
      line: `${type.name} | ${name}`,
    }));
    return [own('union'), ...members];
  }
  return isScalarType(type) ? [own('scalar')] : [];
}

/** The schema's lines, sorted, without duplicates. */
export function schemaFingerprint(schema: GraphQLSchema): FingerprintLine[] {
  const roots = Object.entries({
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  }).flatMap(([operation, root]) =>
    root ? [{ coordinate: `schema.${operation}`, line: `schema.${operation}: ${root.name}` }] : [],
  );
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !isMachinery(type))
    .flatMap(typeLines);
  const byLine = new Map([...roots, ...types].map((entry) => [entry.line, entry]));
  return [...byLine.keys()].sort().map((line) => byLine.get(line)!);
}

/** sha256 (hex) of the fingerprint's lines: equal hashes, equal schemas as far as a client can tell. */
export function schemaHash(schemaOrLines: GraphQLSchema | readonly FingerprintLine[]): string {
  const lines = Array.isArray(schemaOrLines)
    ? (schemaOrLines as readonly FingerprintLine[])
    : schemaFingerprint(schemaOrLines as GraphQLSchema);
  return createHash('sha256')
    .update(lines.map(({ line }) => line).join('\n'))
    .digest('hex');
}

export type SkewStatus = 'current' | 'behind' | 'ahead' | 'diverged';

export interface SkewComparison {
  status: SkewStatus;
  /** Coordinates the expected schema has (with that shape) and the served one lacks, sorted. */
  missing: string[];
  /** Coordinates the served schema has (with that shape) and the expected one lacks, sorted. */
  excess: string[];
}

const coordinatesOf = (lines: readonly FingerprintLine[], absent: ReadonlySet<string>) => [
  ...new Set(lines.filter(({ line }) => !absent.has(line)).map(({ coordinate }) => coordinate)),
];

/**
 * How a served schema stands to the expected one. A field whose type changed is both missing (the
 * expected shape) and in excess (the new one): diverged.
 */
export function compareFingerprints(
  expected: readonly FingerprintLine[],
  served: readonly FingerprintLine[],
): SkewComparison {
  const missing = coordinatesOf(expected, new Set(served.map(({ line }) => line))).sort();
  const excess = coordinatesOf(served, new Set(expected.map(({ line }) => line))).sort();
  const status =
    missing.length && excess.length
      ? 'diverged'
      : missing.length
        ? 'behind'
        : excess.length
          ? 'ahead'
          : 'current';
  return { status, missing, excess };
}

/**
 * The coordinates an operation asks of `schema`: fields, arguments, input fields and enum values
 * written in it, and the types of its fragments; not what its variables hold at run time.
 */
export function coordinatesUsed(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const used = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  const field = () => {
    const parent = typeInfo.getParentType();
    const definition = typeInfo.getFieldDef();
    return parent && definition ? `${parent.name}.${definition.name}` : undefined;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: () => void (field() && used.add(field()!)),
      Argument: (node) => void (field() && used.add(`${field()}(${node.name.value}:)`)),
      ObjectField: (node) => {
        const input = typeInfo.getParentInputType();
        if (input) used.add(`${getNamedType(input).name}.${node.name.value}`);
      },
      EnumValue: (node) => {
        const type = typeInfo.getInputType();
        if (type) used.add(`${getNamedType(type).name}.${node.value}`);
      },
      InlineFragment: (node) => void (node.typeCondition && used.add(node.typeCondition.name.value)),
      FragmentDefinition: (node) => void used.add(node.typeCondition.name.value),
    }),
  );
  return used;
}
