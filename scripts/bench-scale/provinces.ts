import { provincialUnitFacts } from '../../services/cooperation/src/services/vietnam-provinces-2025';

/**
 * Vietnam's 34 provincial-level units after the 2025 reorganisation (Resolution 202/2025/QH15, in
 * force from 1 July 2025), as invented provinces for the scale benchmark. Codes, names and the units
 * merged into each come from the hub's registry (services/cooperation/src/services/
 * vietnam-provinces-2025.ts, docs/provincial-units.md); only the sizes are the benchmark's own.
 */
export interface Province {
  code: string;
  name: string;
  englishName: string;
  /** Population in millions, approximate: only used to size the invented data. */
  population: number;
  /** The units merged into it in 2025, itself included; empty when it was left as it was. */
  formerly: string[];
}

/**
 * Population in millions by code, in benchmark order: Hà Nội and Hải Phòng first so that
 * `--cities 2` is the demo's pair with its real data, the other centrally-run cities, then the
 * provinces by population.
 */
const POPULATION: [code: string, millions: number][] = [
  ['HN', 8.7],
  ['HP', 4.7],
  ['HCM', 14.0],
  ['DN', 3.1],
  ['HUE', 1.2],
  ['CT', 4.2],
  ['AG', 4.9],
  ['DNAI', 4.5],
  ['NB', 4.4],
  ['DT', 4.4],
  ['TH', 4.3],
  ['VL', 4.3],
  ['PT', 4.0],
  ['LD', 3.9],
  ['NA', 3.8],
  ['BN', 3.6],
  ['HY', 3.6],
  ['GL', 3.6],
  ['DL', 3.3],
  ['TNI', 3.3],
  ['CM', 2.6],
  ['QNG', 2.2],
  ['KH', 2.2],
  ['QT', 1.9],
  ['TQ', 1.9],
  ['LCA', 1.8],
  ['TN', 1.8],
  ['QNI', 1.4],
  ['HT', 1.3],
  ['SL', 1.3],
  ['LS', 0.8],
  ['DB', 0.6],
  ['CB', 0.5],
  ['LC', 0.5],
];

export const PROVINCES: Province[] = POPULATION.map(([code, population]) => {
  const unit = provincialUnitFacts(code);
  const merged = unit.predecessors.length > 1;
  return {
    code,
    name: unit.name,
    englishName: unit.englishName,
    population,
    formerly: merged ? unit.predecessors.map((predecessor) => predecessor.name) : [],
  };
});

/** The first `count` units: HN and HP, the other centrally-run cities, then provinces by population. */
export function provincesFor(count: number): Province[] {
  if (!Number.isInteger(count) || count < 2 || count > PROVINCES.length) {
    throw new Error(`--cities must be a whole number from 2 to ${PROVINCES.length} (got ${count})`);
  }
  return PROVINCES.slice(0, count);
}

/**
 * Grassroots unions of an invented province: 300 to 600, growing with the square root of the
 * population so that the big cities are not all at the cap (Lai Châu 300, TP HCM 600).
 */
export function unitCountFor(province: Province): number {
  const smallest = 0.5;
  const largest = 14;
  const share = Math.sqrt((province.population - smallest) / (largest - smallest));
  return Math.round(300 + 300 * Math.min(1, Math.max(0, share)));
}

/** Average members per grassroots union: larger schools in the cities, small ones in the mountains. */
export function averageMembersFor(province: Province): number {
  if (['HCM', 'DN', 'HUE', 'CT'].includes(province.code)) return 62;
  if (province.population < 1.5) return 38;
  return 48;
}
