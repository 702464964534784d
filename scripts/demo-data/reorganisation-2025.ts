import { OrganisationKind } from '../../services/city/src/entities/enums';
import type {
  CityDirectory,
  GrassrootsUnionRecord,
  OrganisationRecord,
} from '../../services/city/src/services/directory-writer.service';
import type { ParentPeriodRecord } from '../../services/city/src/services/parent-period-sync';
import { slug } from './fill';

/**
 * The union structure after 1 July 2025 (Resolution 202/2025/QH15): the district level ended on
 * 30 June, so LĐLĐ huyện Thạch Thất and LĐLĐ quận Thanh Xuân handed their school unions to the new
 * commune and ward unions, and Hải Phòng moved its school unions out of its education sector union to
 * the commune, ward and special-zone (đặc khu) unions where they are. The new communes and wards are
 * the real ones formed from the former districts; which old commune's schools went to which is
 * invented for the demo, so the new unions are marked isDemo. Each moved unit keeps its old parent
 * as a period that ends on 30 June 2025.
 */
export const REORGANISED_ON = '2025-07-01';
const LAST_DAY_BEFORE = '2025-06-30';

type Commune = { prefix: 'xã' | 'phường' | 'đặc khu'; name: string };

const communeUnion = (cityCode: string, { prefix, name }: Commune): OrganisationRecord => ({
  id: `${cityCode.toLowerCase()}-cong-doan-${slug(`${prefix} ${name}`)}`,
  kind: OrganisationKind.COMMUNE_UNION,
  name: `Công đoàn ${prefix} ${name}`,
  shortName: `CĐ ${prefix} ${name}`,
  englishName: `${name} ${prefix === 'xã' ? 'Commune' : prefix === 'phường' ? 'Ward' : 'Special Zone'} Trade Union`,
  validFrom: REORGANISED_ON,
  isDemo: true,
});

/** Hà Nội: new commune (ward) -> the former communes (wards) whose schools it took over. */
const HANOI: [Commune, string[]][] = [
  [
    { prefix: 'xã', name: 'Thạch Thất' },
    ['Cẩm Yên', 'Đại Đồng', 'Kim Quan', 'Lại Thượng', 'Phú Kim', 'Canh Nậu', 'Dị Nậu', 'Liên Quan'],
  ],
  [
    { prefix: 'xã', name: 'Tây Phương' },
    ['Bình Phú', 'Chàng Sơn', 'Hữu Bằng', 'Phùng Xá', 'Thạch Xá', 'Hương Ngải'],
  ],
  [{ prefix: 'xã', name: 'Hòa Lạc' }, ['Bình Yên', 'Thạch Hòa', 'Tân Xã']],
  [{ prefix: 'xã', name: 'Hạ Bằng' }, ['Hạ Bằng', 'Cần Kiệm', 'Đồng Trúc']],
  [{ prefix: 'xã', name: 'Yên Xuân' }, ['Tiến Xuân', 'Yên Bình', 'Yên Trung']],
  [
    { prefix: 'phường', name: 'Thanh Xuân' },
    ['Thanh Xuân Bắc', 'Thanh Xuân Nam', 'Thanh Xuân Trung', 'Nhân Chính'],
  ],
  [{ prefix: 'phường', name: 'Khương Đình' }, ['Khương Đình', 'Hạ Đình', 'Kim Giang']],
  [{ prefix: 'phường', name: 'Phương Liệt' }, ['Phương Liệt', 'Khương Mai', 'Khương Trung']],
];
const HANOI_FEDERATIONS = ['hn-ldld-thach-that', 'hn-ldld-thanh-xuan'];

/** Hải Phòng: former district -> the commune, ward or special zone union its schools went to. */
const HAIPHONG: [string, Commune][] = [
  ['Hồng Bàng', { prefix: 'phường', name: 'Hồng Bàng' }],
  ['Ngô Quyền', { prefix: 'phường', name: 'Ngô Quyền' }],
  ['Lê Chân', { prefix: 'phường', name: 'Lê Chân' }],
  ['Hải An', { prefix: 'phường', name: 'Hải An' }],
  ['Kiến An', { prefix: 'phường', name: 'Kiến An' }],
  ['Đồ Sơn', { prefix: 'phường', name: 'Đồ Sơn' }],
  ['Dương Kinh', { prefix: 'phường', name: 'Dương Kinh' }],
  ['Thủy Nguyên', { prefix: 'phường', name: 'Thủy Nguyên' }],
  ['An Dương', { prefix: 'phường', name: 'An Dương' }],
  ['An Lão', { prefix: 'xã', name: 'An Lão' }],
  ['Kiến Thụy', { prefix: 'xã', name: 'Kiến Thụy' }],
  ['Tiên Lãng', { prefix: 'xã', name: 'Tiên Lãng' }],
  ['Vĩnh Bảo', { prefix: 'xã', name: 'Vĩnh Bảo' }],
  // Cát Hải became a special zone (đặc khu) on 1 July 2025: Trường THPT Cát Bà's union went to it.
  ['Cát Hải', { prefix: 'đặc khu', name: 'Cát Hải' }],
];
const HAIPHONG_SECTOR_UNION = 'hp-cong-doan-nganh-giao-duc';

/** The two periods of a moved unit: its old parent until 30 June 2025, the new one from 1 July. */
function moved(unit: GrassrootsUnionRecord, to: OrganisationRecord, why: string): ParentPeriodRecord[] {
  return [
    {
      unitId: unit.id,
      parentId: unit.managedById,
      validFrom: unit.validFrom ?? null,
      validTo: LAST_DAY_BEFORE,
    },
    {
      unitId: unit.id,
      parentId: to.id,
      validFrom: REORGANISED_ON,
      validTo: unit.validTo ?? null,
      note: `Từ 01/7/2025 do ${to.name} quản lý: ${why} (phân công minh họa).`,
    },
  ];
}

/** The former commune (ward) a local school is named after: "Trường THCS Bình Yên A" -> "Bình Yên". */
function formerCommune(schoolName: string, communes: string[]): string | undefined {
  return communes.find((name) =>
    [name, `${name} A`, `${name} B`].some((end) => schoolName.endsWith(` ${end}`)),
  );
}

function hanoi(directory: CityDirectory): Pick<CityDirectory, 'organisations' | 'parentPeriods'> {
  const unions = HANOI.map(([commune, former]) => ({ union: communeUnion('HN', commune), former }));
  const parentPeriods = directory.grassrootsUnions
    .filter((unit) => HANOI_FEDERATIONS.includes(unit.managedById))
    .flatMap((unit) => {
      const found = unions.find(({ former }) => formerCommune(unit.schoolName, former));
      if (!found) throw new Error(`Demo data: no 2025 commune for ${unit.schoolName}`);
      return moved(
        unit,
        found.union,
        'cấp huyện kết thúc ngày 30/6/2025, LĐLĐ quận, huyện chấm dứt hoạt động',
      );
    });
  return { organisations: unions.map(({ union }) => union), parentPeriods };
}

function haiphong(directory: CityDirectory): Pick<CityDirectory, 'organisations' | 'parentPeriods'> {
  const unions = new Map(
    HAIPHONG.map(([district, commune]) => [`hp-${slug(district)}`, communeUnion('HP', commune)]),
  );
  const parentPeriods = directory.grassrootsUnions
    .filter((unit) => unit.managedById === HAIPHONG_SECTOR_UNION && unit.districtId)
    .flatMap((unit) =>
      moved(
        unit,
        unions.get(unit.districtId!)!,
        'Hải Phòng chuyển công đoàn cơ sở khỏi công đoàn ngành về công đoàn xã, phường, đặc khu',
      ),
    );
  return { organisations: [...unions.values()], parentPeriods };
}

/** A city's demo directory with the 2025 reorganisation applied (HN and HP; others are unchanged). */
export function withReorganisation2025(cityCode: string, directory: CityDirectory): CityDirectory {
  const change = cityCode === 'HN' ? hanoi(directory) : cityCode === 'HP' ? haiphong(directory) : null;
  if (!change) return directory;
  return {
    ...directory,
    organisations: [...directory.organisations, ...(change.organisations ?? [])],
    parentPeriods: [...(directory.parentPeriods ?? []), ...(change.parentPeriods ?? [])],
  };
}
