import { registerEnumType } from 'type-graphql';

/**
 * Whose reports a campaign figure is made of (docs/reorganisation.md, "The education sector"): the one
 * city-wide report of the education union, or every body that managed the city's school unions that
 * year added up. The same enum in both subgraphs.
 */
export enum ResultGrouping {
  EDUCATION_UNION = 'EDUCATION_UNION',
  EDUCATION_SECTOR = 'EDUCATION_SECTOR',
}
registerEnumType(ResultGrouping, {
  name: 'ResultGrouping',
  valuesConfig: {
    EDUCATION_UNION: {
      description:
        'The report of the education union that spoke for the sector that year, for the units it managed itself.',
    },
    EDUCATION_SECTOR: {
      description:
        'The reports of every body that managed the city’s school unions that year, added up: the education union, district labour federations until 30 June 2025, commune and ward unions since.',
    },
  },
});

/** The figures of a campaign report, as both subgraphs carry them. */
export interface ResultFigures {
  members?: number | null;
  participants: number | null;
  participatingUnits: number | null;
  initiativesSubmitted: number | null;
  initiativesGraded: number | null;
  initiativesGradeA: number | null;
  target: number | null;
  achievementPercent: number | null;
  collectivesCommended: number | null;
  individualsCommended: number | null;
}

/** A report that gives no figure (and no members): what "not reported" carries, and a start to add to. */
export function noFigures(): ResultFigures & { members: null } {
  return {
    members: null,
    participants: null,
    participatingUnits: null,
    initiativesSubmitted: null,
    initiativesGraded: null,
    initiativesGradeA: null,
    target: null,
    achievementPercent: null,
    collectivesCommended: null,
    individualsCommended: null,
  };
}

/** The figures that add up when reports for disjoint sets of units become one. */
export const ADDED_FIGURES = [
  'members',
  'participants',
  'participatingUnits',
  'initiativesSubmitted',
  'initiativesGraded',
  'initiativesGradeA',
  'target',
  'collectivesCommended',
  'individualsCommended',
] as const;

/**
 * Several reports, each for its own units, as one: counts are summed (a figure none of them gave stays
 * null), and a percentage, which does not add up, is worked out again from the sums; a single
 * report keeps the percentage it reported.
 */
export function addUpReports(reports: readonly ResultFigures[]): ResultFigures {
  const total: ResultFigures = noFigures();
  for (const name of ADDED_FIGURES) {
    const given = reports.flatMap((report) => (typeof report[name] === 'number' ? [report[name]] : []));
    total[name] = given.length ? given.reduce((sum, value) => sum + value, 0) : null;
  }
  if (reports.length === 1) total.achievementPercent = reports[0].achievementPercent;
  else
    total.achievementPercent =
      total.participants !== null && total.target
        ? Math.round((total.participants * 100) / total.target)
        : null;
  return total;
}
