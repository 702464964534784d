import { formatCityDirectory, parseCityDirectory } from '../../gateway/src/city-directory';

describe('CITIES configuration', () => {
  it('keeps the order given, which is the order contributions are concatenated in', () => {
    expect(parseCityDirectory('HP=http://hp:4102/graphql, HN=http://hn:4101/graphql')).toEqual([
      { code: 'HP', url: 'http://hp:4102/graphql' },
      { code: 'HN', url: 'http://hn:4101/graphql' },
    ]);
  });

  it('writes a directory that reads back the same (the launchers build CITIES with it)', () => {
    const cities = [
      { code: 'HN', url: 'http://127.0.0.1:4101/graphql' },
      { code: 'HP', url: 'http://127.0.0.1:4102/graphql' },
    ];
    expect(formatCityDirectory(cities)).toBe(
      'HN=http://127.0.0.1:4101/graphql,HP=http://127.0.0.1:4102/graphql',
    );
    expect(parseCityDirectory(formatCityDirectory(cities))).toEqual(cities);
  });

  it.each([
    ['', 'CITIES is required'],
    ['hn=http://x/graphql', 'must look like HN=http'],
    ['HN=ftp://x', 'HN has no http(s) URL'],
    ['HN=http://a/graphql,HN=http://b/graphql', 'lists HN twice'],
  ])('refuses %p', (spec, message) => {
    expect(() => parseCityDirectory(spec)).toThrow(message);
  });
});
