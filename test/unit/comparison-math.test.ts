import {
  CityFigures,
  compareCities,
  Indicator,
  indicatorValue,
  ranks,
} from '../../services/cooperation/src/services/comparison-math';

const figures = (cityCode: string, overrides: Partial<CityFigures> = {}): CityFigures => ({
  cityCode,
  reported: true,
  members: 1_000,
  participants: 900,
  initiativesSubmitted: 50,
  initiativesGraded: 40,
  initiativesGradeA: 10,
  target: 800,
  achievementPercent: null,
  individualsCommended: 30,
  ...overrides,
});

describe('indicator maths', () => {
  it('normalises by members, by graded initiatives and by target', () => {
    const city = figures('HN');
    expect(indicatorValue(Indicator.PARTICIPATION_RATE, city)).toBe(90);
    expect(indicatorValue(Indicator.INITIATIVES_PER_100_MEMBERS, city)).toBe(5);
    expect(indicatorValue(Indicator.GRADE_A_SHARE, city)).toBe(25);
    expect(indicatorValue(Indicator.AWARDS_PER_100_MEMBERS, city)).toBe(3);
    expect(indicatorValue(Indicator.ACHIEVEMENT_AGAINST_TARGET, city)).toBe(112.5);
  });

  it('keeps a reported achievement over one computed from the target (e.g. 2,880%)', () => {
    expect(
      indicatorValue(Indicator.ACHIEVEMENT_AGAINST_TARGET, figures('HN', { achievementPercent: 2_880 })),
    ).toBe(2_880);
  });

  it('gives null, never zero or infinity, for zero members, a missing target and "no report"', () => {
    expect(indicatorValue(Indicator.PARTICIPATION_RATE, figures('HN', { members: 0 }))).toBeNull();
    expect(indicatorValue(Indicator.PARTICIPATION_RATE, figures('HN', { members: null }))).toBeNull();
    expect(indicatorValue(Indicator.ACHIEVEMENT_AGAINST_TARGET, figures('HN', { target: null }))).toBeNull();
    expect(indicatorValue(Indicator.GRADE_A_SHARE, figures('HN', { initiativesGraded: 0 }))).toBeNull();
    expect(indicatorValue(Indicator.PARTICIPATION_RATE, figures('HN', { reported: false }))).toBeNull();
  });

  it('ranks highest first, ties sharing a rank, nulls unranked', () => {
    expect(ranks([80, 95, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
    expect(ranks([null, null])).toEqual([null, null]);
  });

  it('gives each city its gap to the leader and its change since the previous edition', () => {
    const result = compareCities(
      [
        figures('HN', { participants: 950 }),
        figures('HP', { participants: 800 }),
        figures('DN', { reported: false }),
      ],
      [figures('HN', { participants: 900 }), figures('HP', { participants: 850 })],
    );
    const participation = (code: string) =>
      result.get(code)!.find((r) => r.indicator === Indicator.PARTICIPATION_RATE);
    expect(participation('HN')).toEqual({
      indicator: Indicator.PARTICIPATION_RATE,
      value: 95,
      rank: 1,
      gapToLeader: 0,
      previousValue: 90,
      change: 5,
    });
    expect(participation('HP')).toMatchObject({ value: 80, rank: 2, gapToLeader: 15, change: -5 });
    expect(participation('DN')).toEqual({
      indicator: Indicator.PARTICIPATION_RATE,
      value: null,
      rank: null,
      gapToLeader: null,
      previousValue: null,
      change: null,
    });
  });
});
