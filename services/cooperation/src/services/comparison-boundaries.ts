import { addUpReports } from '../../../shared/src/result-grouping';
import { Boundaries, EditionCityResult } from '../entities/comparison.types';

export interface OnBoundaries {
  results: EditionCityResult[];
  /** Whose reports each city's figures are made of, the city's own first. */
  formedFrom: Map<string, string[]>;
}

/**
 * The cities' figures on the boundaries asked: as reported, each city's own report; on today's, each
 * predecessor's report (a province merged into a city since, whose history the city now holds) added
 * to its successor's. A predecessor whose successor did not answer is left out with it: its figures
 * came from that successor's deployment.
 */
export function onBoundaries(
  results: EditionCityResult[] = [],
  predecessors: EditionCityResult[] = [],
  successorOf: ReadonlyMap<string, string>,
  boundaries: Boundaries,
): OnBoundaries {
  const formedFrom = new Map(results.map(({ cityCode }) => [cityCode, [cityCode]]));
  if (boundaries === Boundaries.AS_REPORTED) return { results, formedFrom };
  const folded = results.map((result) => ({ ...result }));
  for (const predecessor of predecessors) {
    const successor = folded.find(({ cityCode }) => cityCode === successorOf.get(predecessor.cityCode));
    if (!successor || !predecessor.reported) continue;
    // Counts add up; the percentage is worked out again from the sums.
    Object.assign(successor, addUpReports([successor, predecessor]));
    successor.reported = true;
    formedFrom.get(successor.cityCode)!.push(predecessor.cityCode);
  }
  return { results: folded, formedFrom };
}
