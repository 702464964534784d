import { Extensions } from 'type-graphql';
import type { TextRule } from './input-text';

/**
 * How one argument or input field is checked at the boundary (input-boundary.ts). Declared next to
 * the field with the decorators below; kept in the schema's extensions, which are never printed.
 */
export interface InputRule {
  text?: TextRule;
  /** A calendar date written YYYY-MM-DD (dates.ts). */
  date?: boolean;
  /** Most items of a list (duplicates are always refused). */
  items?: number;
  /** Bounds of an Int. */
  range?: { min?: number; max?: number };
  /** Base64 text of at most this many characters. */
  base64?: number;
}

/** What applies where nothing is declared: ids fit the varchar(64) keys, other text a varchar(255). */
export const DEFAULT_ID_RULE: TextRule = { max: 64 };
export const DEFAULT_TEXT_RULE: TextRule = { max: 255 };
export const DEFAULT_MAX_ITEMS = 100;

// One extensions key per aspect: type-graphql merges a field's @Extensions shallowly, so decorators
// stacked on one field must not overwrite each other.
const KEYS = {
  text: 'inputText',
  date: 'inputDate',
  items: 'inputItems',
  range: 'inputRange',
  base64: 'inputBase64',
} as const satisfies Record<keyof InputRule, string>;
const ARGUMENTS_KEY = 'inputArguments';

const declare = (aspect: keyof InputRule, value: unknown) => Extensions({ [KEYS[aspect]]: value });

/** Text of at most `max` characters (the column's length), e.g. `@Text(300, { min: 3 })`. */
export const Text = (max: number, options: Omit<TextRule, 'max'> = {}) =>
  declare('text', { ...options, max });

/** A long note that may keep line breaks; its column is `text` (64 kB on MySQL, 16k characters). */
export const Note = (max: number) => declare('text', { max, multiline: true });

/** A calendar date written YYYY-MM-DD that exists. */
export const CalendarDate = () => declare('date', true);

/** A list of at most `max` items, none repeated. */
export const Items = (max: number) => declare('items', max);

/**
 * Rules for a resolver's inline `@Arg`s (type-graphql keeps no extensions on those), by argument
 * name, e.g. `@ArgumentRules({ idempotencyKey: text(100), paidOn: date() })`.
 */
export const ArgumentRules = (rules: Record<string, InputRule>) => Extensions({ [ARGUMENTS_KEY]: rules });

/** Rule builders for {@link ArgumentRules}. */
export const rule = {
  text: (max: number, options: Omit<TextRule, 'max'> = {}): InputRule => ({ text: { ...options, max } }),
  note: (max: number): InputRule => ({ text: { max, multiline: true } }),
  date: (): InputRule => ({ date: true }),
  base64: (max: number): InputRule => ({ base64: max }),
  range: (min?: number, max?: number): InputRule => ({ range: { min, max } }),
  list: (items: number, item: InputRule = {}): InputRule => ({ ...item, items }),
};

type Extensions = Readonly<Record<string, unknown>> | null | undefined;

/** The rule declared on a field or argument (its schema extensions). */
export function ruleOf(extensions: Extensions): InputRule {
  if (!extensions) return {};
  const found: InputRule = {};
  for (const [aspect, key] of Object.entries(KEYS) as [keyof InputRule, string][]) {
    if (extensions[key] !== undefined) Object.assign(found, { [aspect]: extensions[key] });
  }
  return found;
}

/** The rules a resolver method declared for its inline arguments. */
export function argumentRulesOf(extensions: Extensions): Record<string, InputRule> {
  return (extensions?.[ARGUMENTS_KEY] as Record<string, InputRule> | undefined) ?? {};
}
