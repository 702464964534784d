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

// Districts ended with the two-tier local government of 1 July 2025; records keep them as they were.
const DISTRICT_END = { status: UnitStatus.DISSOLVED, validTo: '2025-06-30' };
const URBAN = [
  'Ba Đình',
  'Hoàn Kiếm',
  'Tây Hồ',
  'Long Biên',
  'Cầu Giấy',
  'Đống Đa',
  'Hai Bà Trưng',
  'Hoàng Mai',
  'Thanh Xuân',
  'Hà Đông',
  'Nam Từ Liêm',
  'Bắc Từ Liêm',
];
const RURAL = [
  'Sóc Sơn',
  'Đông Anh',
  'Gia Lâm',
  'Thanh Trì',
  'Mê Linh',
  'Ba Vì',
  'Phúc Thọ',
  'Đan Phượng',
  'Hoài Đức',
  'Quốc Oai',
  'Thạch Thất',
  'Chương Mỹ',
  'Thanh Oai',
  'Thường Tín',
  'Phú Xuyên',
  'Ứng Hòa',
  'Mỹ Đức',
];
const districtId = (name: string) => `hn-${slug(name)}`;

const THACH_THAT_COMMUNES = [
  'Bình Phú',
  'Bình Yên',
  'Cẩm Yên',
  'Cần Kiệm',
  'Canh Nậu',
  'Chàng Sơn',
  'Đại Đồng',
  'Dị Nậu',
  'Đồng Trúc',
  'Hạ Bằng',
  'Hương Ngải',
  'Hữu Bằng',
  'Kim Quan',
  'Lại Thượng',
  'Liên Quan',
  'Phú Kim',
  'Phùng Xá',
  'Tân Xã',
  'Thạch Hòa',
  'Thạch Xá',
  'Tiến Xuân',
  'Yên Bình',
  'Yên Trung',
];
const THANH_XUAN_WARDS = [
  'Hạ Đình',
  'Khương Đình',
  'Khương Mai',
  'Khương Trung',
  'Kim Giang',
  'Nhân Chính',
  'Phương Liệt',
  'Thanh Xuân Bắc',
  'Thanh Xuân Nam',
  'Thanh Xuân Trung',
];
const LOCAL_LEVELS: [SchoolLevel, string][] = [
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
];

/** Units of a district federation: one per commune or ward and level, numbered A/B past the first. */
function localUnits(places: string[], count: number, members: number, managedById: string, district: string) {
  const schools: [SchoolLevel, string][] = [];
  for (let round = 0; schools.length < count; round += 1) {
    for (const place of places) {
      for (const [level, prefix] of LOCAL_LEVELS) {
        if (schools.length < count)
          schools.push([level, `${prefix} ${place}${round ? ` ${'AB'[round - 1]}` : ''}`]);
      }
    }
  }
  const shares = distributeMembers(members, count);
  return schools.map(([level, schoolName], index): GrassrootsUnionRecord => ({
    id: `hn-${slug(schoolName)}`,
    schoolName,
    schoolLevel: level,
    districtId: districtId(district),
    managedById,
    memberCount: shares[index],
    isDemo: true,
  }));
}

/** The 200 units the Hanoi Education Union manages directly (about 12,000 members): Newton and fill-in. */
function directlyManaged(): GrassrootsUnionRecord[] {
  const shares = distributeMembers(12_000, 200);
  const districts = [...URBAN, ...RURAL];
  const fill = Array.from({ length: 199 }, (_, index): GrassrootsUnionRecord => {
    const base = DEMO_SCHOOL_NAMES[index % DEMO_SCHOOL_NAMES.length];
    const round = Math.floor(index / DEMO_SCHOOL_NAMES.length);
    const schoolName = `Trường THPT ${base}${round ? ` số ${round + 1}` : ''}`;
    return {
      id: `hn-${slug(schoolName)}`,
      schoolName,
      schoolLevel: SchoolLevel.UPPER_SECONDARY,
      districtId: districtId(districts[index % districts.length]),
      managedById: 'hn-cong-doan-nganh-giao-duc',
      memberCount: shares[index + 1],
      isDemo: true,
    };
  });
  const newton: GrassrootsUnionRecord = {
    id: 'hn-thcs-thpt-newton',
    name: 'Công đoàn Trường THCS-THPT Newton',
    schoolName: 'Trường THCS-THPT Newton',
    schoolLevel: SchoolLevel.MULTI_LEVEL,
    districtId: districtId('Bắc Từ Liêm'),
    managedById: 'hn-cong-doan-nganh-giao-duc',
    memberCount: shares[0],
  };
  return [newton, ...fill];
}

const ARTICLES = 'Sources: Lao Động Thủ đô and Hà Nội Mới articles, 2020–2024.';

export const hanoiDirectory: CityDirectory = {
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
    { id: districtId('Sơn Tây'), name: 'Sơn Tây', kind: DistrictKind.TOWN, ...DISTRICT_END },
  ],
  organisations: [
    {
      id: 'hn-cong-doan-nganh-giao-duc',
      kind: OrganisationKind.EDUCATION_UNION,
      name: 'Công đoàn ngành Giáo dục Hà Nội',
      shortName: 'Công đoàn ngành Giáo dục Hà Nội',
      englishName: 'Hanoi Education Trade Union',
    },
    {
      id: 'hn-ldld-thanh-pho',
      kind: OrganisationKind.CITY_LABOUR_FEDERATION,
      name: 'Liên đoàn Lao động thành phố Hà Nội',
      shortName: 'LĐLĐ TP Hà Nội',
      englishName: 'Hanoi Federation of Labour',
    },
    {
      id: 'hn-so-gd-dt',
      kind: OrganisationKind.EDUCATION_DEPARTMENT,
      name: 'Sở Giáo dục và Đào tạo Hà Nội',
      shortName: 'Sở GD&ĐT Hà Nội',
      englishName: 'Hanoi Department of Education and Training',
    },
    {
      id: 'hn-ldld-thach-that',
      kind: OrganisationKind.DISTRICT_LABOUR_FEDERATION,
      name: 'Liên đoàn Lao động huyện Thạch Thất',
      shortName: 'LĐLĐ huyện Thạch Thất',
      districtId: districtId('Thạch Thất'),
      ...DISTRICT_END,
    },
    {
      id: 'hn-ldld-thanh-xuan',
      kind: OrganisationKind.DISTRICT_LABOUR_FEDERATION,
      name: 'Liên đoàn Lao động quận Thanh Xuân',
      shortName: 'LĐLĐ quận Thanh Xuân',
      districtId: districtId('Thanh Xuân'),
      ...DISTRICT_END,
    },
    {
      id: 'hn-phong-gd-dt-thanh-xuan',
      kind: OrganisationKind.DISTRICT_EDUCATION_OFFICE,
      name: 'Phòng Giáo dục và Đào tạo quận Thanh Xuân',
      shortName: 'Phòng GD&ĐT quận Thanh Xuân',
      districtId: districtId('Thanh Xuân'),
      ...DISTRICT_END,
    },
  ],
  leaders: [
    {
      id: 'hn-do-van-nam-vice-chair',
      organisationId: 'hn-cong-doan-nganh-giao-duc',
      fullName: 'Đỗ Văn Nam',
      role: LeaderRole.VICE_CHAIR,
      termEnd: '2022-12-31',
      note: `Vice chair in 2020; the end date is a demo approximation. ${ARTICLES}`,
    },
    {
      id: 'hn-do-van-nam-chair',
      organisationId: 'hn-cong-doan-nganh-giao-duc',
      fullName: 'Đỗ Văn Nam',
      role: LeaderRole.CHAIR,
      termStart: '2023-01-01',
      note: `Chair at the Hà Nội–Hải Phòng exchange; the start date is a demo approximation. ${ARTICLES}`,
    },
    {
      id: 'hn-demo-vice-chair-1',
      organisationId: 'hn-cong-doan-nganh-giao-duc',
      fullName: 'Phạm Thị Thu Hương',
      role: LeaderRole.VICE_CHAIR,
      termStart: '2023-01-01',
      note: 'Invented for the demo: the articles name no current vice chair.',
      isDemo: true,
    },
    {
      id: 'hn-nguyen-phi-thuong',
      organisationId: 'hn-ldld-thanh-pho',
      fullName: 'Nguyễn Phi Thường',
      role: LeaderRole.CHAIR,
    },
    {
      id: 'hn-nguyen-chinh-huu',
      organisationId: 'hn-ldld-thanh-pho',
      fullName: 'Nguyễn Chính Hữu',
      role: LeaderRole.VICE_CHAIR,
    },
    {
      id: 'hn-le-dinh-hung',
      organisationId: 'hn-ldld-thanh-pho',
      fullName: 'Lê Đình Hùng',
      role: LeaderRole.VICE_CHAIR,
    },
    {
      id: 'hn-tran-the-cuong',
      organisationId: 'hn-so-gd-dt',
      fullName: 'Trần Thế Cương',
      role: LeaderRole.DIRECTOR,
    },
    {
      id: 'hn-nguyen-quang-tuan',
      organisationId: 'hn-so-gd-dt',
      fullName: 'Nguyễn Quang Tuấn',
      role: LeaderRole.DEPUTY_DIRECTOR,
    },
    {
      id: 'hn-nguyen-van-toan',
      organisationId: 'hn-ldld-thach-that',
      fullName: 'Nguyễn Văn Toàn',
      role: LeaderRole.CHAIR,
      termEnd: '2025-06-30',
      note: 'Chair in school year 2022-2023; the federation ended with the 2025 reorganisation.',
    },
  ],
  grassrootsUnions: [
    ...directlyManaged(),
    // Thạch Thất: 85 school unions with 3,319 members (school year 2022-2023).
    ...localUnits(THACH_THAT_COMMUNES, 85, 3_319, 'hn-ldld-thach-that', 'Thạch Thất'),
    ...localUnits(THANH_XUAN_WARDS, 30, 1_260, 'hn-ldld-thanh-xuan', 'Thanh Xuân'),
  ],
  members: demoMembers('HN', 'hn-thcs-thpt-newton', 12),
};
