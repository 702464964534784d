import { GraphQLError } from 'graphql';
import { assertIsoDate, isCalendarDate } from '../../services/shared/src/dates';
import { checkText, normaliseText } from '../../services/shared/src/input-text';
import { IMPORT_COLUMNS, parseCell } from '../../services/city/src/services/import-columns';

describe('one calendar-date rule (validator, strict YYYY-MM-DD)', () => {
  it.each(['2023-02-30', '2024-02-31', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31'])(
    'refuses %s, a date that does not exist',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );

  it.each([
    '2023',
    '2023-W05',
    '20230101',
    '2023-01-01T00:00:00Z',
    '2023-1-1',
    '2023/01/01',
    ' 2023-01-01',
    '+02023-01-01',
    '２０２３-01-01',
    '0999-12-31',
    '',
  ])('refuses %j, which is not a date written YYYY-MM-DD that both engines store', (value) =>
    expect(isCalendarDate(value)).toBe(false),
  );

  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1000-01-01', '9999-12-31'])('accepts %s', (value) =>
    expect(isCalendarDate(value)).toBe(true),
  );

  it('names the field when it refuses', () => {
    let error: unknown;
    try {
      assertIsoDate('2023-02-30', 'input.dueOn', 'dueOn');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^dueOn must be a date that exists/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.dueOn' },
    });
  });
});

describe('one text rule (trim, NFC, bounds, no control characters)', () => {
  const line = { max: 10 };

  it('trims and composes to NFC', () => {
    expect(checkText('  Ha\u0300 Nô\u0323i \u200B', { max: 20 })).toEqual({ text: 'Hà Nội' });
    expect(checkText('\uFEFFCát Bà\u00A0', line)).toEqual({ text: 'Cát Bà' });
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['tabs and line breaks', '\t\n '],
    ['zero-width spaces', '\u200B\u200B'],
    ['a lone combining mark', '\u0301\u0323'],
    ['a Hangul filler', '\u3164'],
    ['an ideographic space and a BOM', '\u3000\uFEFF'],
  ])('treats %s as blank', (_name, value) => expect(checkText(value, line)).toEqual({ blank: true }));

  it.each([
    ['NUL', 'a\u0000b', /control/],
    ['a C1 control', 'a\u0085b', /control/],
    ['DEL', 'a\u007Fb', /control/],
    ['a line break in one-line text', 'a\nb', /one line/],
    ['a lone high surrogate', 'a\uD800b', /lone surrogate/],
    ['a lone low surrogate', '\uDC00', /lone surrogate/],
    ['a right-to-left override', 'abc\u202Edef', /bidirectional/],
    ['a noncharacter', 'a\uFFFEb', /noncharacter/],
    ['one character too many', 'abcdefghijk', /at most 10 characters/],
  ])('refuses %s', (_name, value, problem) => {
    const verdict = checkText(value, line);
    expect('problem' in verdict && verdict.problem).toMatch(problem);
  });

  it('keeps line breaks and tabs in notes, with Windows line ends made plain', () => {
    expect(checkText(' một\r\nhai\tba ', { max: 20, multiline: true })).toEqual({ text: 'một\nhai\tba' });
    expect(checkText('a\u0000', { max: 20, multiline: true })).toEqual({
      problem: 'contains a control character',
    });
  });

  it('counts the minimum in characters once trimmed, the maximum in UTF-16 units (≤ MySQL characters)', () => {
    expect(checkText('  ab ', { max: 10, min: 3 })).toEqual({ problem: 'must be at least 3 characters' });
    expect(checkText('😀😀😀', { max: 6, min: 3 })).toEqual({ text: '😀😀😀' });
    expect(checkText('😀😀😀😀', { max: 6 })).toEqual({ problem: 'must be at most 6 characters' });
  });

  it('keeps right-to-left text itself, emoji and Vietnamese', () => {
    expect(checkText('שלום Hà Nội 👩‍🏫', { max: 40 })).toEqual({ text: 'שלום Hà Nội 👩‍🏫' });
  });

  it('normaliseText: the services’ one helper (trim + NFC, blank is null)', () => {
    expect(normaliseText(' Ha\u0300 ')).toBe('Hà');
    expect(normaliseText(' \u200B ')).toBeNull();
    expect(normaliseText(undefined)).toBeNull();
  });
});

describe('the importer’s cells follow the same rules', () => {
  const spec = (field: string) => {
    const found = [...IMPORT_COLUMNS.UNITS, ...IMPORT_COLUMNS.RESULTS].find(
      (column) => column.field === field,
    );
    expect(found).toBeDefined();
    return found!;
  };

  it.each([
    ['validFrom', '2023-02-29', /is not a date that exists/],
    ['validFrom', '2023', /is not a date that exists/],
    ['validFrom', '30/02/2023', /is not a date that exists/],
    ['schoolName', 'Trường\u0000Thử', /control character/],
    ['schoolName', 'x'.repeat(256), /at most 255 characters/],
    ['id', 'x'.repeat(65), /at most 64 characters/],
    ['memberCount', '100001', /more than 100000/],
    ['schoolName', ' \u200B ', /is required/],
  ])('reports %s "%s" as a problem', (field, cell, problem) => {
    const parsed = parseCell(spec(field), cell);
    expect('problem' in parsed && parsed.problem).toMatch(problem);
  });

  it('reads text as NFC and trimmed, notes with their line breaks, and leap days', () => {
    expect(parseCell(spec('schoolName'), '  Tru\u031Bo\u031B\u0300ng  ')).toEqual({ value: 'Trường' });
    expect(parseCell(spec('highlights'), 'một\r\nhai')).toEqual({ value: 'một\nhai' });
    expect(parseCell(spec('validFrom'), '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseCell(spec('memberCount'), '1.234')).toEqual({ value: 1234 });
  });
});
