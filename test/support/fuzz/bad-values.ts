import { FOREIGN_IDS } from './baseline-types';

/** mulberry32: a small seeded generator, so that every run sends the same calls. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/** Leave the argument or field out altogether. */
export const OMIT = Symbol('omit');

export type Group = { kind: string; values: readonly unknown[] };

// Lengths just past the columns' (8, 9, 12, 20, 64, 100, 120, 200, 255, 300, 400, 500, 2000, 5000)
// and one far past any, in one-byte and three-byte characters (MySQL counts characters, not bytes).
const LENGTHS = [9, 10, 13, 21, 65, 101, 121, 201, 256, 301, 401, 501, 2001, 5001];
const overlong = [...LENGTHS.flatMap((n) => ['x'.repeat(n), 'ầ'.repeat(n)]), 'y'.repeat(50_000)];

/** Bad (and a few odd but valid) values for a text or id position, by kind. */
export const TEXT_GROUPS: Group[] = [
  { kind: 'blank', values: ['', ' ', '   ', '\t\n ', '\u3000', '\u00A0'] },
  { kind: 'invisible', values: ['\u200B', '\u200B\u200B', '\u0301\u0301', '\u3164', '\uFEFF', '\u2060'] },
  {
    kind: 'control',
    values: ['a\u0000b', '\u0000', 'x\u001Fy', 'c1\u0085c1', 'two\nlines', 'tab\there', 'del\u007F'],
  },
  { kind: 'surrogate', values: ['a\uD800b', '\uDFFF', 'z\uDBFF', '\uDC00\uD800'] },
  {
    kind: 'unicode',
    values: [
      'Ha\u0300 No\u0323\u0302i',
      'abc\u202Edef',
      'مرحبا بالعالم',
      '👩‍🏫🎓',
      'a\uFFFFb',
      'e\u0301\u0301\u0301',
      'a\u2066x\u2069b',
    ],
  },
  { kind: 'overlong', values: overlong },
  {
    kind: 'date',
    values: [
      '2023-02-30',
      '2024-02-31',
      '2023-02-29',
      '2023',
      '2023-W05',
      '20230101',
      '2023-01-01T00:00:00Z',
      '0000-01-01',
      '2024-02-29',
    ],
  },
  { kind: 'unknown-id', values: ['no-such-id', '00000000-0000-0000-0000-000000000000', 'hn-no-such-unit'] },
  { kind: 'other-city', values: ['HP', 'XX', 'hn', ...FOREIGN_IDS] },
  { kind: 'injection', values: ["' OR '1'='1", '%_%', '\\', '"; DROP TABLE member; --', '${x}'] },
  { kind: 'wrong-type', values: [42, true, { a: 1 }, [1, 2], 1.5] },
];

export const INT_GROUPS: Group[] = [
  { kind: 'negative', values: [-1, -2_147_483_648] },
  { kind: 'zero', values: [0] },
  { kind: 'huge', values: [2_147_483_647, 99_999_999] },
  { kind: 'wrong-type', values: [2_147_483_648, 1.5, '7', 1e300, true] },
];

export const BOOLEAN_GROUPS: Group[] = [{ kind: 'wrong-type', values: ['true', 0, 'yes'] }];

export const ENUM_GROUPS: Group[] = [{ kind: 'wrong-type', values: ['NOT_A_VALUE', '', 3, 'open'] }];

export const OBJECT_GROUPS: Group[] = [
  { kind: 'empty', values: [{}] },
  { kind: 'wrong-type', values: ['text', 7, [{}]] },
];

/** Everything a list can be given, from its valid first item when there is one. */
export function listGroups(first: unknown | undefined, distinct: (index: number) => unknown): Group[] {
  const groups: Group[] = [{ kind: 'empty-list', values: [[]] }];
  if (first !== undefined) {
    groups.push({
      kind: 'duplicates',
      values: [
        [first, first],
        [first, distinct(1), first],
      ],
    });
    groups.push({
      kind: 'huge-list',
      values: [
        Array.from({ length: 101 }, () => first),
        Array.from({ length: 1_001 }, (_, i) => distinct(i)),
      ],
    });
    groups.push({ kind: 'null-item', values: [[null], [first, null]] });
  }
  return groups;
}

/** Every position can also be null or left out. */
export const ABSENCE_GROUPS: Group[] = [{ kind: 'absent', values: [null, OMIT] }];
