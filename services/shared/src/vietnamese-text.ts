/**
 * Vietnamese text helpers shared by every subgraph, so that search and ordering behave the same on
 * SQLite and MySQL: both engines only ever compare the ASCII columns computed here.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, accent-free, single-spaced: "Trường THPT Cát Bà" -> "truong thpt cat ba". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a search query, folded; empty when the query has nothing searchable. */
export function searchTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  return foldForSearch(query).split(' ').filter(Boolean);
}

// Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
// Letters absent from Vietnamese (f j w z) sort where they fall in the Latin alphabet.
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tones are a secondary difference: ngang, huyền, hỏi, ngã, sắc, nặng (the order dictionaries use).
const TONE_MARKS = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const WORD_BREAK = '!'; // below every letter and digit: "Hà Nội" sorts before "Hàm"
const KEY_PARTS_BREAK = ' '; // below WORD_BREAK: a shorter name sorts before its extensions

function splitTone(char: string): { letter: string; tone: number } {
  let tone = 0;
  let rest = '';
  for (const part of char.normalize('NFD')) {
    const toneIndex = TONE_MARKS.indexOf(part);
    if (toneIndex > 0) tone = toneIndex;
    else rest += part;
  }
  return { letter: rest.normalize('NFC'), tone };
}

/**
 * A key whose plain byte order is Vietnamese dictionary order (letters first, then tones; numbers by
 * value), so that `ORDER BY sort_key` is right on any engine and under any collation.
 */
export function vietnameseSortKey(text: string): string {
  let primary = '';
  let tones = '';
  const padded = text.toLowerCase().replace(/\d+/g, (digits) => digits.padStart(6, '0'));
  for (const char of padded.normalize('NFC')) {
    const { letter, tone } = splitTone(char);
    const index = ALPHABET.indexOf(letter);
    if (index >= 0) {
      primary += String.fromCharCode(0x41 + index);
      tones += String(tone);
    } else if (/[0-9]/.test(letter)) {
      primary += letter;
    } else if (primary && !primary.endsWith(WORD_BREAK)) {
      primary += WORD_BREAK;
    }
  }
  if (primary.endsWith(WORD_BREAK)) primary = primary.slice(0, -1);
  return `${primary}${KEY_PARTS_BREAK}${tones}`.slice(0, 255);
}
