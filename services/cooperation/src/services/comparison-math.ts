/** The normalised indicators cities are compared on; higher is better for every one. */
export enum Indicator {
  /** Participants per 100 members. */
  PARTICIPATION_RATE = 'PARTICIPATION_RATE',
  INITIATIVES_PER_100_MEMBERS = 'INITIATIVES_PER_100_MEMBERS',
  /** Grade-A initiatives as a percentage of those graded. */
  GRADE_A_SHARE = 'GRADE_A_SHARE',
  /** Individuals commended per 100 members. */
  AWARDS_PER_100_MEMBERS = 'AWARDS_PER_100_MEMBERS',
  /** Achievement against target in percent, as reported or from participants and target. */
  ACHIEVEMENT_AGAINST_TARGET = 'ACHIEVEMENT_AGAINST_TARGET',
}

export const INDICATORS = Object.values(Indicator);

export interface CityFigures {
  cityCode: string;
  reported: boolean;
  members: number | null;
  participants: number | null;
  initiativesSubmitted: number | null;
  initiativesGraded: number | null;
  initiativesGradeA: number | null;
  target: number | null;
  achievementPercent: number | null;
  individualsCommended: number | null;
}

export interface IndicatorResult {
  indicator: Indicator;
  value: number | null;
  rank: number | null;
  gapToLeader: number | null;
  previousValue: number | null;
  change: number | null;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** a / b × 100, or null when either is missing or b is not positive. */
function per100(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return round((numerator / denominator) * 100);
}

/** One indicator of one city; null for "no report" and for anything that cannot be computed. */
export function indicatorValue(indicator: Indicator, figures: CityFigures | undefined): number | null {
  if (!figures?.reported) return null;
  switch (indicator) {
    case Indicator.PARTICIPATION_RATE:
      return per100(figures.participants, figures.members);
    case Indicator.INITIATIVES_PER_100_MEMBERS:
      return per100(figures.initiativesSubmitted, figures.members);
    case Indicator.GRADE_A_SHARE:
      return per100(figures.initiativesGradeA, figures.initiativesGraded);
    case Indicator.AWARDS_PER_100_MEMBERS:
      return per100(figures.individualsCommended, figures.members);
    case Indicator.ACHIEVEMENT_AGAINST_TARGET:
      return figures.achievementPercent ?? per100(figures.participants, figures.target);
  }
}

/** Competition ranking, highest first: ties share a rank and the next rank is skipped (1, 1, 3). */
export function ranks(values: (number | null)[]): (number | null)[] {
  return values.map((value) =>
    value === null ? null : 1 + values.filter((other) => other !== null && other > value).length,
  );
}

/**
 * Every indicator for every city: value, rank, gap to the leader (leader value minus own value), and
 * the change against the same city's value in the previous edition.
 */
export function compareCities(
  current: CityFigures[],
  previous: CityFigures[],
): Map<string, IndicatorResult[]> {
  const byCity = new Map(current.map((figures) => [figures.cityCode, [] as IndicatorResult[]]));
  for (const indicator of INDICATORS) {
    const values = current.map((figures) => indicatorValue(indicator, figures));
    const rankings = ranks(values);
    const known = values.filter((value): value is number => value !== null);
    const leaderValue = known.length ? Math.max(...known) : null;
    current.forEach((figures, index) => {
      const value = values[index];
      const previousValue = indicatorValue(
        indicator,
        previous.find((p) => p.cityCode === figures.cityCode),
      );
      byCity.get(figures.cityCode)!.push({
        indicator,
        value,
        rank: rankings[index],
        gapToLeader: value === null || leaderValue === null ? null : round(leaderValue - value),
        previousValue,
        change: value === null || previousValue === null ? null : round(value - previousValue),
      });
    });
  }
  return byCity;
}
