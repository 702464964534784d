import {
  byFirstDay,
  covers,
  dayBefore,
  periodOn,
  schoolYearAnchor,
} from '../../services/city/src/services/parent-dates';

describe('the date rules of the dated parent relation', () => {
  it('closes a period the calendar day before the next one starts', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
  });

  it('stands a school year for its 31 May, or for the unit’s last day if it ended before', () => {
    expect(schoolYearAnchor('2023-2024')).toBe('2024-05-31');
    expect(schoolYearAnchor('2024-2025')).toBe('2025-05-31'); // before the reorganisation of 1 July 2025
    expect(schoolYearAnchor('2025-2026')).toBe('2026-05-31');
    expect(schoolYearAnchor('2022-2023', '2023-01-15')).toBe('2023-01-15');
    expect(schoolYearAnchor('2022-2023', '2025-06-30')).toBe('2023-05-31');
  });

  it('finds the period covering a day, both ends included, open ends open', () => {
    const periods = [
      { id: 'b', validFrom: '2025-07-01', validTo: null },
      { id: 'a', validFrom: null, validTo: '2025-06-30' },
    ].sort(byFirstDay);
    expect(periods.map((period) => period.id)).toEqual(['a', 'b']);
    expect(periodOn(periods, '1990-01-01')?.id).toBe('a');
    expect(periodOn(periods, '2025-06-30')?.id).toBe('a');
    expect(periodOn(periods, '2025-07-01')?.id).toBe('b');
    expect(periodOn(periods, '2099-12-31')?.id).toBe('b');
    expect(covers({ validFrom: '2025-07-01', validTo: '2025-12-31' }, '2026-01-01')).toBe(false);
    expect(periodOn([], '2025-07-01')).toBeNull();
  });
});
