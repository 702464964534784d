import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import {
  ABSENCE_GROUPS,
  BOOLEAN_GROUPS,
  ENUM_GROUPS,
  Group,
  INT_GROUPS,
  listGroups,
  OBJECT_GROUPS,
  OMIT,
  seededRandom,
  TEXT_GROUPS,
} from './bad-values';
import type { Baseline, Role } from './baseline-types';

export interface FuzzCase {
  mutation: string;
  role: Role;
  /** The argument or input field changed, e.g. "input.organisers[0].cityCode". */
  target: string;
  kind: string;
  args: Record<string, unknown>;
  /** Written into the document as literals instead of sent as variables. */
  literal: boolean;
  /** A value no argument may ever take, so the call must be refused whatever else holds. */
  neverValid: boolean;
}

// Controls other than line breaks and tabs, lone surrogates, bidirectional controls, noncharacters.
const NEVER_VALID_TEXT = /[^\P{Cc}\n\t]|[\u202A-\u202E\u2066-\u2069]|\p{Noncharacter_Code_Point}|\p{Cs}/u;
const BLANK = /^(?:\s|\u200B|\u2060|\uFEFF|\u0301|\u3164)*$/u;

function isNeverValid(position: Position, kind: string, value: unknown): boolean {
  if (kind === 'duplicates' || (Array.isArray(value) && value.length > 1_000)) return true;
  if (typeof value !== 'string') return false;
  const named = getNamedType(position.type).name;
  if (named !== 'String' && named !== 'ID') return false;
  if (NEVER_VALID_TEXT.test(value)) return true;
  // Blank text where text is required, and a blank id anywhere.
  return BLANK.test(value) && (isNonNullType(position.type) || named === 'ID');
}

interface Position {
  path: (string | number)[];
  type: GraphQLInputType;
  baseline: unknown;
}

/** Every argument and every input field at any depth (a list's first item stands for its items). */
function positionsOf(field: GraphQLField<unknown, unknown>, baseline: Baseline): Position[] {
  const found: Position[] = [];
  const walk = (type: GraphQLInputType, path: Position['path'], value: unknown) => {
    found.push({ path, type, baseline: value });
    const inner = getNullableType(type);
    if (isListType(inner) && Array.isArray(value) && value.length > 0)
      walk(inner.ofType, [...path, 0], value[0]);
    if (isInputObjectType(inner) && value && typeof value === 'object') {
      for (const child of Object.values(inner.getFields())) {
        walk(child.type, [...path, child.name], (value as Record<string, unknown>)[child.name]);
      }
    }
  };
  for (const argument of field.args) walk(argument.type, [argument.name], baseline.args[argument.name]);
  return found;
}

/** A different valid-looking item for a list, so that a long list is not only duplicates. */
function variantOf(item: unknown, index: number): unknown {
  if (typeof item === 'string') return `${item}${index}`;
  if (item && typeof item === 'object') {
    const [key] = Object.entries(item).find(([, value]) => typeof value === 'string') ?? [];
    return key ? { ...item, [key]: `${(item as Record<string, string>)[key]}-${index}` } : item;
  }
  return item;
}

function groupsFor(position: Position): Group[] {
  return [...typedGroups(position), ...ABSENCE_GROUPS];
}

function typedGroups(position: Position): Group[] {
  const inner = getNullableType(position.type);
  const named = getNamedType(position.type);
  if (isListType(inner)) {
    const first = Array.isArray(position.baseline) ? position.baseline[0] : undefined;
    return listGroups(first, (index) => variantOf(first, index));
  }
  if (isInputObjectType(inner)) return OBJECT_GROUPS;
  if (isEnumType(named)) return ENUM_GROUPS;
  if (isScalarType(named) && named.name === 'Boolean') return BOOLEAN_GROUPS;
  if (isScalarType(named) && (named.name === 'String' || named.name === 'ID')) return TEXT_GROUPS;
  return INT_GROUPS;
}

const nameOf = (path: Position['path']) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');

function withValue(args: Record<string, unknown>, path: Position['path'], value: unknown) {
  const copy = structuredClone(args);
  let parent: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === OMIT) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = structuredClone(value);
  return copy;
}

/**
 * For every mutation of `schema`, one call per kind of bad value for each of its positions, the value
 * picked by a seeded generator (so a run is repeatable); overlong text twice, as lengths vary most.
 */
export function fuzzCases(schema: GraphQLSchema, baselines: Record<string, Baseline>, seed: number) {
  const random = seededRandom(seed);
  const cases: FuzzCase[] = [];
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const missing = mutations.filter((field) => !baselines[field.name]).map((field) => field.name);
  for (const field of mutations) {
    const baseline = baselines[field.name];
    if (!baseline) continue;
    for (const position of positionsOf(field, baseline)) {
      for (const group of groupsFor(position)) {
        const picks =
          group.kind === 'overlong'
            ? [random.pick(group.values), random.pick(group.values)]
            : [random.pick(group.values)];
        for (const value of picks) {
          cases.push({
            mutation: field.name,
            role: baseline.role,
            target: nameOf(position.path),
            kind: group.kind,
            args: withValue(baseline.args, position.path, value),
            literal: random.next() < 0.15,
            neverValid: isNeverValid(position, group.kind, value),
          });
        }
      }
    }
  }
  return { cases, missing };
}
