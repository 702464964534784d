import {
  getNullableType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { dateProblem, isCalendarDate } from './dates';
import { BadUserInputError } from './errors';
import {
  argumentRulesOf,
  DEFAULT_ID_RULE,
  DEFAULT_MAX_ITEMS,
  DEFAULT_TEXT_RULE,
  InputRule,
  ruleOf,
} from './input-rules';
import { checkText } from './input-text';

type Args = Record<string, unknown>;
type Resolve = (root: unknown, args: Args, context: unknown, info: unknown) => unknown;

// Room for a wrong date's usual shapes, so that the refusal says what a date must look like.
const DATE_TEXT = { max: 40 };

const refuse = (path: string, problem: string) =>
  new BadUserInputError(`${path} ${problem}`, { argument: path });

/**
 * The input boundary: every argument of every field, at any depth, is checked and normalised here
 * before a resolver (or type-graphql's own validation) sees it. Text is trimmed, NFC, bounded and
 * free of control characters; blank required text and blank ids are refused, blank optional text
 * is null; dates are calendar dates; lists are bounded and hold no duplicates. A refusal is
 * BAD_USER_INPUT naming the argument's path in `extensions.argument`.
 */
export function checkArguments(field: GraphQLField<unknown, unknown>, args: Args): Args {
  const inline = argumentRulesOf(field.extensions);
  const checked: Args = { ...args };
  for (const argument of field.args) {
    if (args[argument.name] === undefined) continue;
    const rule = { ...ruleOf(argument.extensions), ...inline[argument.name] };
    checked[argument.name] = checkValue(args[argument.name], argument.type, rule, argument.name);
  }
  return checked;
}

/** Wraps the resolvers of every field that takes arguments (`schema` is the one type-graphql built). */
export function guardResolvers(schema: GraphQLSchema, resolvers: Record<string, Record<string, unknown>>) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = resolvers[type.name]?.[field.name];
      if (field.args.length === 0 || typeof resolve !== 'function') continue;
      resolvers[type.name]![field.name] = ((root, args, context, info) =>
        (resolve as Resolve)(root, checkArguments(field, args), context, info)) satisfies Resolve;
    }
  }
}

function checkValue(value: unknown, type: GraphQLInputType, rule: InputRule, path: string): unknown {
  if (value === null || value === undefined) return value;
  const required = isNonNullType(type);
  const inner = getNullableType(type);
  if (isListType(inner)) return checkList(value as unknown[], inner.ofType, rule, path);
  if (isInputObjectType(inner)) return checkObject(value as Args, inner, path);
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID')) {
    return checkString(String(value), inner.name === 'ID', required, rule, path);
  }
  if (typeof value === 'number' && rule.range) return checkRange(value, rule.range, path);
  return value;
}

function checkList(items: unknown[], itemType: GraphQLInputType, rule: InputRule, path: string) {
  const max = rule.items ?? DEFAULT_MAX_ITEMS;
  if (items.length > max) throw refuse(path, `must have at most ${max} items`);
  const itemRule = { ...rule, items: undefined };
  const checked = items.map((item, index) => checkValue(item, itemType, itemRule, `${path}[${index}]`));
  const seen = new Map<string, number>();
  checked.forEach((item, index) => {
    const key = stableKey(item);
    const first = seen.get(key);
    if (first !== undefined) throw refuse(`${path}[${index}]`, `repeats item ${first + 1} of ${path}`);
    seen.set(key, index);
  });
  return checked;
}

function checkObject(value: Args, type: GraphQLInputObjectType, path: string): Args {
  const fields = Object.values(type.getFields());
  // An input of optional fields only is a set of changes: an empty one changes nothing.
  if (
    fields.every((field) => !isNonNullType(field.type)) &&
    Object.values(value).every((v) => v === undefined)
  ) {
    throw refuse(path, `must give at least one of ${fields.map((field) => field.name).join(', ')}`);
  }
  const checked: Args = { ...value };
  for (const field of fields) {
    if (value[field.name] === undefined) continue;
    checked[field.name] = checkValue(
      value[field.name],
      field.type,
      ruleOf(field.extensions),
      `${path}.${field.name}`,
    );
  }
  return checked;
}

function checkString(raw: string, isId: boolean, required: boolean, rule: InputRule, path: string) {
  if (rule.base64 !== undefined) return checkBase64(raw, rule.base64, path);
  const textRule = rule.text ?? (rule.date ? DATE_TEXT : isId ? DEFAULT_ID_RULE : DEFAULT_TEXT_RULE);
  const verdict = checkText(raw, textRule);
  if ('problem' in verdict) throw refuse(path, verdict.problem);
  if ('blank' in verdict) {
    // An id is never empty text: "" would otherwise reach the database as a dangling reference.
    if (isId || required) throw refuse(path, 'must not be blank');
    return null;
  }
  if (rule.date && !isCalendarDate(verdict.text))
    throw new BadUserInputError(dateProblem(path), { argument: path });
  return verdict.text;
}

function checkBase64(raw: string, max: number, path: string): string {
  const compact = raw.replace(/\s+/g, '');
  if (compact.length > max) throw refuse(path, `must be at most ${max} characters of base64`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw refuse(path, 'must be base64 text');
  return compact;
}

function checkRange(value: number, range: NonNullable<InputRule['range']>, path: string): number {
  if (range.min !== undefined && value < range.min) throw refuse(path, `must be at least ${range.min}`);
  if (range.max !== undefined && value > range.max) throw refuse(path, `must be at most ${range.max}`);
  return value;
}

/** The same key for the same value whatever the order of its fields. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Args).filter(([, v]) => v !== undefined && v !== null);
    entries.sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
