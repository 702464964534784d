import { CITY_CODE_PATTERN } from '../../services/shared/src/env';
import {
  PREDECESSOR_PROVINCES,
  PROVINCIAL_UNITS_2025,
  ProvincialUnitKind,
} from '../../services/cooperation/src/services/vietnam-provinces-2025';
import { PROVINCES } from '../../scripts/bench-scale/provinces';

const UNCHANGED = ['HN', 'HUE', 'TH', 'NA', 'HT', 'QNI', 'SL', 'LS', 'DB', 'CB', 'LC'];

describe('the 34 provincial-level units of 1 July 2025 (reference data)', () => {
  const unitCodes = PROVINCIAL_UNITS_2025.map((unit) => unit.code);

  it('has 34 units with unique, well-formed codes and names: 6 cities and 28 provinces', () => {
    expect(new Set(unitCodes).size).toBe(34);
    expect(new Set(PROVINCIAL_UNITS_2025.map((unit) => unit.name)).size).toBe(34);
    expect(unitCodes.filter((code) => !CITY_CODE_PATTERN.test(code))).toEqual([]);
    const cities = PROVINCIAL_UNITS_2025.filter(
      (unit) => unit.kind === ProvincialUnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG,
    );
    expect(cities.map((unit) => unit.code).sort()).toEqual(['CT', 'DN', 'HCM', 'HN', 'HP', 'HUE']);
    expect(PROVINCIAL_UNITS_2025.every((unit) => unit.effectiveFrom === '2025-07-01')).toBe(true);
  });

  it('has each of the 63 provinces before it once, under a code of its own', () => {
    expect(PREDECESSOR_PROVINCES).toHaveLength(63);
    const codes = PREDECESSOR_PROVINCES.map((predecessor) => predecessor.code);
    expect(new Set(codes).size).toBe(63);
    expect(new Set(PREDECESSOR_PROVINCES.map((predecessor) => predecessor.name)).size).toBe(63);
    expect(codes.filter((code) => !CITY_CODE_PATTERN.test(code))).toEqual([]);
  });

  it('continues one predecessor per unit under its name and code, and ends the others on 30 June 2025', () => {
    for (const unit of PROVINCIAL_UNITS_2025) {
      const [continued, ...absorbed] = unit.predecessors;
      expect(continued).toEqual({
        code: unit.code,
        name: unit.name,
        endedOn: null,
        successorCode: unit.code,
      });
      for (const predecessor of absorbed) {
        expect(predecessor).toMatchObject({ endedOn: '2025-06-30', successorCode: unit.code });
        // A code alone says which table it names: an absorbed province never has a unit's code.
        expect(unitCodes).not.toContain(predecessor.code);
      }
    }
  });

  it('leaves the 11 unchanged units as they were and merges the 23 others', () => {
    const single = PROVINCIAL_UNITS_2025.filter((unit) => unit.predecessors.length === 1);
    expect(single.map((unit) => unit.code).sort()).toEqual([...UNCHANGED].sort());
    const hp = PROVINCIAL_UNITS_2025.find((unit) => unit.code === 'HP')!;
    expect(hp.predecessors.map((p) => [p.code, p.name])).toEqual([
      ['HP', 'Hải Phòng'],
      ['HD', 'Hải Dương'],
    ]);
  });

  it('is the list the scale benchmark sizes its provinces from (each unit once)', () => {
    expect(PROVINCES.map((province) => province.code).sort()).toEqual([...unitCodes].sort());
    expect(PROVINCES.slice(0, 2).map((province) => province.code)).toEqual(['HN', 'HP']);
    const hcm = PROVINCES.find((province) => province.code === 'HCM')!;
    expect(hcm).toMatchObject({ name: 'Thành phố Hồ Chí Minh', englishName: 'Ho Chi Minh City' });
    expect(hcm.formerly).toEqual(['Thành phố Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu']);
    expect(PROVINCES.find((province) => province.code === 'HN')!.formerly).toEqual([]);
  });
});
