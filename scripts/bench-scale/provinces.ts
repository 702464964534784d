/**
 * Vietnam's 34 provincial-level units after the 2025 reorganisation (Resolution 202/2025/QH15, in
 * force from 12 June 2025): six centrally-run cities, then 28 provinces. The codes are this
 * benchmark's own (the registry wants 2-8 upper-case letters), not an official scheme. Hà Nội and
 * Hải Phòng come first so that `--cities 2` is the demo's pair with its real data.
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

const p = (
  code: string,
  name: string,
  englishName: string,
  population: number,
  formerly: string[] = [],
): Province => ({ code, name, englishName, population, formerly });

export const PROVINCES: Province[] = [
  p('HN', 'Hà Nội', 'Hanoi', 8.7),
  p('HP', 'Hải Phòng', 'Hai Phong', 4.7, ['Hải Phòng', 'Hải Dương']),
  p('HCM', 'Thành phố Hồ Chí Minh', 'Ho Chi Minh City', 14.0, [
    'TP Hồ Chí Minh',
    'Bình Dương',
    'Bà Rịa - Vũng Tàu',
  ]),
  p('DN', 'Đà Nẵng', 'Da Nang', 3.1, ['Đà Nẵng', 'Quảng Nam']),
  p('HUE', 'Huế', 'Hue', 1.2),
  p('CT', 'Cần Thơ', 'Can Tho', 4.2, ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang']),
  p('AG', 'An Giang', 'An Giang', 4.9, ['An Giang', 'Kiên Giang']),
  p('DNAI', 'Đồng Nai', 'Dong Nai', 4.5, ['Đồng Nai', 'Bình Phước']),
  p('NB', 'Ninh Bình', 'Ninh Binh', 4.4, ['Ninh Bình', 'Hà Nam', 'Nam Định']),
  p('DT', 'Đồng Tháp', 'Dong Thap', 4.4, ['Đồng Tháp', 'Tiền Giang']),
  p('TH', 'Thanh Hóa', 'Thanh Hoa', 4.3),
  p('VL', 'Vĩnh Long', 'Vinh Long', 4.3, ['Vĩnh Long', 'Bến Tre', 'Trà Vinh']),
  p('PT', 'Phú Thọ', 'Phu Tho', 4.0, ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình']),
  p('LD', 'Lâm Đồng', 'Lam Dong', 3.9, ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận']),
  p('NA', 'Nghệ An', 'Nghe An', 3.8),
  p('BN', 'Bắc Ninh', 'Bac Ninh', 3.6, ['Bắc Ninh', 'Bắc Giang']),
  p('HY', 'Hưng Yên', 'Hung Yen', 3.6, ['Hưng Yên', 'Thái Bình']),
  p('GL', 'Gia Lai', 'Gia Lai', 3.6, ['Gia Lai', 'Bình Định']),
  p('DL', 'Đắk Lắk', 'Dak Lak', 3.3, ['Đắk Lắk', 'Phú Yên']),
  p('TNI', 'Tây Ninh', 'Tay Ninh', 3.3, ['Tây Ninh', 'Long An']),
  p('CM', 'Cà Mau', 'Ca Mau', 2.6, ['Cà Mau', 'Bạc Liêu']),
  p('QNG', 'Quảng Ngãi', 'Quang Ngai', 2.2, ['Quảng Ngãi', 'Kon Tum']),
  p('KH', 'Khánh Hòa', 'Khanh Hoa', 2.2, ['Khánh Hòa', 'Ninh Thuận']),
  p('QT', 'Quảng Trị', 'Quang Tri', 1.9, ['Quảng Trị', 'Quảng Bình']),
  p('TQ', 'Tuyên Quang', 'Tuyen Quang', 1.9, ['Tuyên Quang', 'Hà Giang']),
  p('LCA', 'Lào Cai', 'Lao Cai', 1.8, ['Lào Cai', 'Yên Bái']),
  p('TN', 'Thái Nguyên', 'Thai Nguyen', 1.8, ['Thái Nguyên', 'Bắc Kạn']),
  p('QNI', 'Quảng Ninh', 'Quang Ninh', 1.4),
  p('HT', 'Hà Tĩnh', 'Ha Tinh', 1.3),
  p('SL', 'Sơn La', 'Son La', 1.3),
  p('LS', 'Lạng Sơn', 'Lang Son', 0.8),
  p('DB', 'Điện Biên', 'Dien Bien', 0.6),
  p('CB', 'Cao Bằng', 'Cao Bang', 0.5),
  p('LC', 'Lai Châu', 'Lai Chau', 0.5),
];

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
