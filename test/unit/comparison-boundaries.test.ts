import { Boundaries, EditionCityResult } from '../../services/cooperation/src/entities/comparison.types';
import { onBoundaries } from '../../services/cooperation/src/services/comparison-boundaries';
import { noFigures } from '../../services/shared/src/result-grouping';

const result = (cityCode: string, figures: Partial<EditionCityResult>): EditionCityResult => ({
  cityCode,
  reported: true,
  ...noFigures(),
  ...figures,
});

const successorOf = new Map([['HD', 'HP']]);

describe('a comparison’s figures on the boundaries asked', () => {
  const hp = result('HP', { members: 1000, participants: 900, target: 1000, achievementPercent: 90 });
  const hd = result('HD', { members: 500, participants: 600, target: 500, collectivesCommended: 3 });
  const hn = result('HN', { members: 12000, participants: 11000 });

  it('leaves every city as it reported on the old map', () => {
    const { results, formedFrom } = onBoundaries([hn, hp], [hd], successorOf, Boundaries.AS_REPORTED);
    expect(results).toEqual([hn, hp]);
    expect(Object.fromEntries(formedFrom)).toEqual({ HN: ['HN'], HP: ['HP'] });
  });

  it('adds a merged province’s report to its successor today, working the percentage out again', () => {
    const { results, formedFrom } = onBoundaries([hn, hp], [hd], successorOf, Boundaries.TODAY);
    expect(results[0]).toEqual(hn);
    expect(results[1]).toMatchObject({
      cityCode: 'HP',
      members: 1500,
      participants: 1500,
      target: 1500,
      achievementPercent: 100,
      collectivesCommended: 3, // a figure only the predecessor had
      initiativesGraded: null, // nobody had it
    });
    expect(formedFrom.get('HP')).toEqual(['HP', 'HD']);
    expect(hp.members).toBe(1000); // the city's own answer is not changed in place
  });

  it('makes a successor without a report of its own reported with the predecessor’s figures', () => {
    const silent = result('HP', { reported: false });
    const { results } = onBoundaries([silent], [hd], successorOf, Boundaries.TODAY);
    expect(results[0]).toMatchObject({ reported: true, participants: 600, achievementPercent: 120 });
  });

  it('leaves out a predecessor whose successor did not answer, or that is no predecessor at all', () => {
    const { results, formedFrom } = onBoundaries(
      [hn],
      [hd, result('XX', { participants: 5 })],
      successorOf,
      Boundaries.TODAY,
    );
    expect(results).toEqual([hn]);
    expect(formedFrom.get('HN')).toEqual(['HN']);
  });
});
