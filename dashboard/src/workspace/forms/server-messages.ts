import type { TFunction } from 'i18next';

/**
 * The graph words its refusals in English for every client (`input.title must be at most 255
 * characters`). The checks it makes on any field have a few shapes; those are said in the person's
 * language next to the field. Business rules, which differ per form, keep the graph's words.
 */
const SHAPES: [RegExp, (match: RegExpMatchArray, t: TFunction) => string][] = [
  [/must not be blank$/, (_m, t) => t('server.blank')],
  [/must be at most (\d+) characters$/, (m, t) => t('server.tooLong', { max: m[1] })],
  [/must be at least (\d+) characters$/, (m, t) => t('server.tooShort', { min: m[1] })],
  [/must be a date that exists/, (_m, t) => t('server.date')],
  [
    /must be at least (-?\d+)$|must not be less than (-?\d+)$/,
    (m, t) => t('server.atLeast', { min: m[1] ?? m[2] }),
  ],
  [
    /must be at most (-?\d+)$|must not be greater than (-?\d+)$/,
    (m, t) => t('server.atMost', { max: m[1] ?? m[2] }),
  ],
  [/must be an integer number$/, (_m, t) => t('server.integer')],
  [/must have at most (\d+) items$/, (m, t) => t('server.tooMany', { max: m[1] })],
  [
    /control character|bidirectional|noncharacter|broken character|one line without/,
    (_m, t) => t('server.characters'),
  ],
];

/** A refusal of one field in the person's language when its shape is known, else the graph's words. */
export function localiseProblem(message: string, t: TFunction): string {
  for (const [shape, say] of SHAPES) {
    const match = message.match(shape);
    if (match) return say(match, t);
  }
  return t('server.other', { message });
}
