/**
 * Vietnam's 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15 of the National
 * Assembly, adopted 12 June 2025, in force 1 July 2025): 23 formed by merging, 11 left as they were,
 * with the 63 provinces before the change as their predecessors. The one list of them in the project:
 * the hub's migration stores it (1764700000100-provincial-units.ts) and the scale benchmark sizes its
 * invented provinces from it (scripts/bench-scale/provinces.ts). Plain data, no TypeORM, so that
 * scripts can import it.
 *
 * Codes are the project's own (2-8 upper-case letters), not an official scheme, and never change once
 * published (docs/provincial-units.md): a unit's code is the one its city deployment runs under
 * (CITY_CODE); a predecessor that continues under the same name shares its successor's code; every
 * other predecessor has a code no unit uses, so that a code alone says which table it names.
 */

export enum ProvincialUnitKind {
  /** Thành phố trực thuộc trung ương: a centrally-run city. */
  THANH_PHO_TRUC_THUOC_TRUNG_UONG = 'THANH_PHO_TRUC_THUOC_TRUNG_UONG',
  /** Tỉnh: a province. */
  TINH = 'TINH',
}

export const REORGANISATION_2025 = {
  resolution: '202/2025/QH15',
  adoptedOn: '2025-06-12',
  /** The first day of the 34-unit map. */
  effectiveFrom: '2025-07-01',
  /** The last day of a province absorbed into another unit. */
  lastDayBefore: '2025-06-30',
} as const;

export interface PredecessorFacts {
  code: string;
  name: string;
  /** Null when it continues under the same name (it is then its successor, grown). */
  endedOn: string | null;
  successorCode: string;
}

export interface ProvincialUnitFacts {
  code: string;
  name: string;
  englishName: string;
  kind: ProvincialUnitKind;
  effectiveFrom: string;
  /** The provinces it absorbed, the one it continues first, then as the Resolution lists them. */
  predecessors: PredecessorFacts[];
}

const CITY = ProvincialUnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG;
const PROVINCE = ProvincialUnitKind.TINH;

/**
 * `absorbed` are the [code, name] of the provinces merged into the unit besides the one it continues
 * (which has the unit's own code and name); none for the 11 units left as they were.
 */
function unit(
  code: string,
  name: string,
  englishName: string,
  kind: ProvincialUnitKind,
  absorbed: [string, string][] = [],
): ProvincialUnitFacts {
  const continued: PredecessorFacts = { code, name, endedOn: null, successorCode: code };
  const ended = absorbed.map(([oldCode, oldName]) => ({
    code: oldCode,
    name: oldName,
    endedOn: REORGANISATION_2025.lastDayBefore,
    successorCode: code,
  }));
  return {
    code,
    name,
    englishName,
    kind,
    effectiveFrom: REORGANISATION_2025.effectiveFrom,
    predecessors: [continued, ...ended],
  };
}

/** The six centrally-run cities, then the 28 provinces, each group roughly north to south. */
export const PROVINCIAL_UNITS_2025: readonly ProvincialUnitFacts[] = [
  unit('HN', 'Hà Nội', 'Hanoi', CITY),
  unit('HP', 'Hải Phòng', 'Hai Phong', CITY, [['HD', 'Hải Dương']]),
  // Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025 (Resolution 175/2024/QH15).
  unit('HUE', 'Huế', 'Hue', CITY),
  unit('DN', 'Đà Nẵng', 'Da Nang', CITY, [['QNAM', 'Quảng Nam']]),
  unit('HCM', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', CITY, [
    ['BD', 'Bình Dương'],
    ['BRVT', 'Bà Rịa - Vũng Tàu'],
  ]),
  unit('CT', 'Cần Thơ', 'Can Tho', CITY, [
    ['ST', 'Sóc Trăng'],
    ['HG', 'Hậu Giang'],
  ]),
  unit('LC', 'Lai Châu', 'Lai Chau', PROVINCE),
  unit('DB', 'Điện Biên', 'Dien Bien', PROVINCE),
  unit('SL', 'Sơn La', 'Son La', PROVINCE),
  unit('LCA', 'Lào Cai', 'Lao Cai', PROVINCE, [['YB', 'Yên Bái']]),
  unit('TQ', 'Tuyên Quang', 'Tuyen Quang', PROVINCE, [['HGI', 'Hà Giang']]),
  unit('CB', 'Cao Bằng', 'Cao Bang', PROVINCE),
  unit('LS', 'Lạng Sơn', 'Lang Son', PROVINCE),
  unit('TN', 'Thái Nguyên', 'Thai Nguyen', PROVINCE, [['BK', 'Bắc Kạn']]),
  unit('PT', 'Phú Thọ', 'Phu Tho', PROVINCE, [
    ['VP', 'Vĩnh Phúc'],
    ['HB', 'Hòa Bình'],
  ]),
  unit('QNI', 'Quảng Ninh', 'Quang Ninh', PROVINCE),
  unit('BN', 'Bắc Ninh', 'Bac Ninh', PROVINCE, [['BG', 'Bắc Giang']]),
  unit('HY', 'Hưng Yên', 'Hung Yen', PROVINCE, [['TB', 'Thái Bình']]),
  unit('NB', 'Ninh Bình', 'Ninh Binh', PROVINCE, [
    ['HNA', 'Hà Nam'],
    ['ND', 'Nam Định'],
  ]),
  unit('TH', 'Thanh Hóa', 'Thanh Hoa', PROVINCE),
  unit('NA', 'Nghệ An', 'Nghe An', PROVINCE),
  unit('HT', 'Hà Tĩnh', 'Ha Tinh', PROVINCE),
  unit('QT', 'Quảng Trị', 'Quang Tri', PROVINCE, [['QB', 'Quảng Bình']]),
  unit('QNG', 'Quảng Ngãi', 'Quang Ngai', PROVINCE, [['KT', 'Kon Tum']]),
  unit('GL', 'Gia Lai', 'Gia Lai', PROVINCE, [['BDI', 'Bình Định']]),
  unit('DL', 'Đắk Lắk', 'Dak Lak', PROVINCE, [['PY', 'Phú Yên']]),
  unit('KH', 'Khánh Hòa', 'Khanh Hoa', PROVINCE, [['NT', 'Ninh Thuận']]),
  unit('LD', 'Lâm Đồng', 'Lam Dong', PROVINCE, [
    ['DNO', 'Đắk Nông'],
    ['BTH', 'Bình Thuận'],
  ]),
  unit('DNAI', 'Đồng Nai', 'Dong Nai', PROVINCE, [['BP', 'Bình Phước']]),
  unit('TNI', 'Tây Ninh', 'Tay Ninh', PROVINCE, [['LA', 'Long An']]),
  unit('DT', 'Đồng Tháp', 'Dong Thap', PROVINCE, [['TG', 'Tiền Giang']]),
  unit('VL', 'Vĩnh Long', 'Vinh Long', PROVINCE, [
    ['BT', 'Bến Tre'],
    ['TV', 'Trà Vinh'],
  ]),
  unit('AG', 'An Giang', 'An Giang', PROVINCE, [['KG', 'Kiên Giang']]),
  unit('CM', 'Cà Mau', 'Ca Mau', PROVINCE, [['BL', 'Bạc Liêu']]),
];

/** The 63 provinces before 1 July 2025, each once, in the order of their successors. */
export const PREDECESSOR_PROVINCES: readonly PredecessorFacts[] = PROVINCIAL_UNITS_2025.flatMap(
  (facts) => facts.predecessors,
);

/** One unit's facts by its code; throws for a code that is not one of the 34 (a programming error). */
export function provincialUnitFacts(code: string): ProvincialUnitFacts {
  const found = PROVINCIAL_UNITS_2025.find((facts) => facts.code === code);
  if (!found) throw new RangeError(`${code} is not one of the 34 provincial-level units`);
  return found;
}
