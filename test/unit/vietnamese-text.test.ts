import { foldForSearch, searchTerms, vietnameseSortKey } from '../../services/shared/src/vietnamese-text';

describe('foldForSearch', () => {
  it('drops accents, đ and case so that plain ASCII queries match', () => {
    expect(foldForSearch('Trường THPT Cát Bà')).toBe('truong thpt cat ba');
    expect(foldForSearch('Công đoàn ngành Giáo dục Hà Nội')).toBe('cong doan nganh giao duc ha noi');
    expect(foldForSearch('ĐỖ VĂN NAM')).toBe('do van nam');
  });

  it('folds composed and decomposed Unicode alike', () => {
    expect(foldForSearch('Hà Nội'.normalize('NFD'))).toBe(foldForSearch('Hà Nội'.normalize('NFC')));
  });

  it('turns punctuation into word breaks', () => {
    expect(foldForSearch('Phòng GD&ĐT huyện Cát Hải')).toBe('phong gd dt huyen cat hai');
    expect(searchTerms('  THPT   Cát-Bà ')).toEqual(['thpt', 'cat', 'ba']);
    expect(searchTerms('%_')).toEqual([]);
  });
});

describe('vietnameseSortKey', () => {
  const sortVietnamese = (names: string[]) =>
    [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));

  it('orders letters as the Vietnamese alphabet does (a ă â … d đ … o ô ơ … u ư)', () => {
    expect(sortVietnamese(['Ơn', 'Ôn', 'On', 'Đa', 'Da', 'Âm', 'Ăn', 'An', 'Ưa', 'Ua'])).toEqual([
      'An',
      'Ăn',
      'Âm',
      'Da',
      'Đa',
      'On',
      'Ôn',
      'Ơn',
      'Ua',
      'Ưa',
    ]);
  });

  it('puts đ after every d word and before e', () => {
    expect(sortVietnamese(['Đống Đa', 'Dương Kinh', 'Đan Phượng', 'Gia Lâm', 'Đồ Sơn'])).toEqual([
      'Dương Kinh',
      'Đan Phượng',
      'Đồ Sơn',
      'Đống Đa',
      'Gia Lâm',
    ]);
  });

  it('treats tones as a secondary difference: ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sortVietnamese(['má', 'mạ', 'mà', 'ma', 'mã', 'mả'])).toEqual([
      'ma',
      'mà',
      'mả',
      'mã',
      'má',
      'mạ',
    ]);
    expect(sortVietnamese(['Hàm', 'Hà Nội', 'Hải Phòng'])).toEqual(['Hà Nội', 'Hải Phòng', 'Hàm']);
  });

  it('sorts numbers by value and a name before its extensions', () => {
    expect(sortVietnamese(['Trường số 12', 'Trường số 3', 'Trường'])).toEqual([
      'Trường',
      'Trường số 3',
      'Trường số 12',
    ]);
  });

  it('uses only ASCII, so a binary collation on any engine keeps the order', () => {
    expect(vietnameseSortKey('Trường THPT Cát Bà')).toMatch(/^[\x20-\x7e]+$/);
  });
});
