import { addUpReports, noFigures, ResultFigures } from '../../services/shared/src/result-grouping';

const report = (figures: Partial<ResultFigures>): ResultFigures => ({ ...noFigures(), ...figures });

describe('adding up reports for disjoint sets of units', () => {
  it('sums the counts, leaves a figure nobody gave null, and works the percentage out again', () => {
    const total = addUpReports([
      report({ participants: 90, target: 100, achievementPercent: 90, collectivesCommended: 2 }),
      report({ participants: 60, target: 50, achievementPercent: 120 }),
    ]);
    expect(total).toEqual(
      report({ participants: 150, target: 150, achievementPercent: 100, collectivesCommended: 2 }),
    );
  });

  it('keeps a single report’s percentage as reported, even without a target (2,880% in Thạch Thất)', () => {
    expect(addUpReports([report({ participants: 11_145, achievementPercent: 2_880 })])).toEqual(
      report({ participants: 11_145, achievementPercent: 2_880 }),
    );
  });

  it('gives no percentage for several reports without a target, and nothing for none', () => {
    expect(
      addUpReports([report({ participants: 5, achievementPercent: 80 }), report({ participants: 7 })])
        .achievementPercent,
    ).toBeNull();
    expect(addUpReports([])).toEqual(report({}));
  });

  it('adds members when the reports carry them', () => {
    expect(
      addUpReports([
        { ...report({}), members: 10 },
        { ...report({}), members: 4 },
      ]).members,
    ).toBe(14);
  });
});
