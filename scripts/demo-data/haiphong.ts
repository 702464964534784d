import {
  DistrictKind,
  LeaderRole,
  OrganisationKind,
  SchoolLevel,
  UnitStatus,
} from '../../services/city/src/entities/enums';
import type {
  CityDirectory,
  GrassrootsUnionRecord,
} from '../../services/city/src/services/directory-writer.service';
import { DEMO_SCHOOL_NAMES, demoMembers, distributeMembers, slug } from './fill';

const DISTRICT_END = { status: UnitStatus.DISSOLVED, validTo: '2025-06-30' };
const URBAN = ['Hồng Bàng', 'Ngô Quyền', 'Lê Chân', 'Hải An', 'Kiến An', 'Đồ Sơn', 'Dương Kinh'];
const RURAL = ['Thủy Nguyên', 'An Dương', 'An Lão', 'Kiến Thụy', 'Tiên Lãng', 'Vĩnh Bảo', 'Cát Hải'];
const districtId = (name: string) => `hp-${slug(name)}`;
const UNION_ID = 'hp-cong-doan-nganh-giao-duc';

/** Invented upper-secondary units so that Hải Phòng has a directory to compare; all marked isDemo. */
function fillUnits(count: number, members: number): GrassrootsUnionRecord[] {
  const shares = distributeMembers(members, count);
  const districts = [...URBAN, ...RURAL];
  return shares.map((memberCount, index) => {
    const schoolName = `Trường THPT ${DEMO_SCHOOL_NAMES[(index * 5) % DEMO_SCHOOL_NAMES.length]}${
      index >= DEMO_SCHOOL_NAMES.length ? ` số ${Math.floor(index / DEMO_SCHOOL_NAMES.length) + 1}` : ''
    }`;
    return {
      id: `hp-${slug(schoolName)}`,
      schoolName,
      schoolLevel: SchoolLevel.UPPER_SECONDARY,
      districtId: districtId(districts[index % districts.length]),
      managedById: UNION_ID,
      memberCount,
      isDemo: true,
    };
  });
}

export const haiphongDirectory: CityDirectory = {
  districts: [
    ...URBAN.map((name) => ({
      id: districtId(name),
      name,
      kind: DistrictKind.URBAN_DISTRICT,
      ...DISTRICT_END,
    })),
    ...RURAL.map((name) => ({
      id: districtId(name),
      name,
      kind: DistrictKind.RURAL_DISTRICT,
      ...DISTRICT_END,
    })),
  ],
  organisations: [
    {
      id: UNION_ID,
      kind: OrganisationKind.EDUCATION_UNION,
      name: 'Công đoàn ngành Giáo dục Hải Phòng',
      shortName: 'Công đoàn ngành Giáo dục Hải Phòng',
      englishName: 'Hai Phong Education Trade Union',
    },
    {
      // Named by article 004 as an award issuer (Cờ thi đua); the articles name none of its leaders.
      id: 'hp-ldld-thanh-pho',
      kind: OrganisationKind.CITY_LABOUR_FEDERATION,
      name: 'Liên đoàn Lao động thành phố Hải Phòng',
      shortName: 'LĐLĐ TP Hải Phòng',
      englishName: 'Hai Phong Federation of Labour',
    },
  ],
  leaders: [
    {
      id: 'hp-tran-van-thang',
      organisationId: UNION_ID,
      fullName: 'Trần Văn Thắng',
      role: LeaderRole.CHAIR,
      note: 'Chair at the Hà Nội–Hải Phòng exchange; term dates not published.',
    },
    {
      id: 'hp-demo-vice-chair-1',
      organisationId: UNION_ID,
      fullName: 'Vũ Thị Thanh Mai',
      role: LeaderRole.VICE_CHAIR,
      note: 'Invented for the demo: the articles name no vice chair.',
      isDemo: true,
    },
  ],
  grassrootsUnions: [
    {
      id: 'hp-thpt-cat-ba',
      schoolName: 'Trường THPT Cát Bà',
      schoolLevel: SchoolLevel.UPPER_SECONDARY,
      districtId: districtId('Cát Hải'),
      managedById: UNION_ID,
      memberCount: 58,
      isDemo: false,
    },
    {
      id: 'hp-phong-gd-dt-cat-hai',
      schoolName: 'Phòng GD&ĐT huyện Cát Hải',
      name: 'Công đoàn Phòng Giáo dục và Đào tạo huyện Cát Hải',
      schoolLevel: SchoolLevel.OFFICE,
      districtId: districtId('Cát Hải'),
      managedById: UNION_ID,
      memberCount: 14,
      isDemo: false,
    },
    ...fillUnits(60, 3_540),
  ],
  members: demoMembers('HP', 'hp-thpt-cat-ba', 12),
};
