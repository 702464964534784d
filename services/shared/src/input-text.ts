/**
 * The one rule for text that people type or import: what is stored is NFC, trimmed, within the
 * column's length on both engines, and free of characters that cannot be shown or stored faithfully.
 */

export interface TextRule {
  /** Most UTF-16 code units: never more than the column's characters (MySQL counts code points). */
  max: number;
  /** Fewest characters (code points), once trimmed. */
  min?: number;
  /** Long notes may keep line breaks and tabs; every other text is one line. */
  multiline?: boolean;
}

export type TextVerdict = { text: string } | { blank: true } | { problem: string };

// Lone surrogates cannot be stored in utf8mb4 and break JSON; C0/C1 controls (NUL first) and the
// bidirectional overrides (which make text read differently from how it is stored) are refused.
const LONE_SURROGATE = /\p{Cs}/u;
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_EXCEPT_LINES = /[^\P{Cc}\n\t]/u;
const CONTROL = /\p{Cc}/u;
// Spaces, format characters (zero-width space, joiners, BOM), marks with nothing to sit on, and the
// filler letters that render as nothing: text made only of these is blank.
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const EDGES = /^[\p{White_Space}\p{Cf}]+|[\p{White_Space}\p{Cf}]+$/gu;

/** Trims, normalises to NFC and checks `raw` against `rule`; the message starts after the field's name. */
export function checkText(raw: string, rule: TextRule): TextVerdict {
  if (LONE_SURROGATE.test(raw)) return { problem: 'contains a broken character (a lone surrogate)' };
  const unified = rule.multiline ? raw.replace(/\r\n?/g, '\n') : raw;
  const text = unified.normalize('NFC').replace(EDGES, '');
  if (text.replace(INVISIBLE, '') === '') return { blank: true };
  if ((rule.multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(text)) {
    return {
      problem: rule.multiline
        ? 'contains a control character'
        : 'must be one line without control characters (tabs, line breaks, NUL…)',
    };
  }
  if (BIDI_CONTROL.test(text)) return { problem: 'contains a bidirectional control character' };
  if (NONCHARACTER.test(text)) return { problem: 'contains a Unicode noncharacter' };
  if (text.length > rule.max) return { problem: `must be at most ${rule.max} characters` };
  if (rule.min && [...text].length < rule.min) return { problem: `must be at least ${rule.min} characters` };
  return { text };
}

/**
 * Trim + NFC for text that already passed {@link checkText} (or comes from trusted demo data):
 * blank becomes null. The one helper services use instead of local `nfc` variants.
 */
export function normaliseText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const normal = text.normalize('NFC').replace(EDGES, '');
  return normal.replace(INVISIBLE, '') === '' ? null : normal;
}
