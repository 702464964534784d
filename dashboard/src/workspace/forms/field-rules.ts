import type { TFunction } from 'i18next';

/**
 * The checks a form makes before sending, in the person's language. The graph checks everything
 * again (and more); these only spare a round trip for what is plainly missing or malformed.
 */
export interface FieldRule {
  label: string;
  required?: boolean;
  integer?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  date?: boolean;
}

const isRealDate = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
};

/** The first problem of `value` under `rule`, or undefined. `t` is the forms namespace's. */
export function checkField(value: string, rule: FieldRule, t: TFunction): string | undefined {
  const text = value.trim();
  const field = rule.label;
  if (!text) return rule.required ? t('required', { field }) : undefined;
  if (rule.maxLength !== undefined && text.length > rule.maxLength)
    return t('tooLong', { field, max: rule.maxLength });
  if (rule.date && !isRealDate(text)) return t('date', { field });
  if (rule.integer || rule.min !== undefined || rule.max !== undefined) {
    if (!/^-?\d+$/.test(text)) return t('wholeNumber', { field });
    const number = Number(text);
    if (rule.min !== undefined && number < rule.min) return t('atLeast', { field, min: rule.min });
    if (rule.max !== undefined && number > rule.max) return t('atMost', { field, max: rule.max });
  }
  return undefined;
}

/** Every field's first problem, by field name; empty when the form may be sent. */
export function checkFields<Name extends string>(
  values: Record<Name, string>,
  rules: Partial<Record<Name, FieldRule>>,
  t: TFunction,
): Partial<Record<Name, string>> {
  const problems: Partial<Record<Name, string>> = {};
  for (const name of Object.keys(rules) as Name[]) {
    const problem = checkField(values[name] ?? '', rules[name]!, t);
    if (problem) problems[name] = problem;
  }
  return problems;
}
