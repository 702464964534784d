import {
  DistrictKind,
  LeaderRole,
  OrganisationKind,
  SchoolLevel,
  UnitStatus,
} from '../../services/city/src/entities/enums';
import type { CityDirectory } from '../../services/city/src/services/directory-writer.service';
import type { CityRecords } from '../../services/city/src/services/records-writer.service';
import { NAMED_CAMPAIGNS } from './campaigns';
import { DEMO_SCHOOL_NAMES, demoMembers, distributeMembers, slug } from './fill';
import { haiphongRecords } from './haiphong-records';
import { demoInitiatives, demoResults, yearlyMemberships } from './records-fill';

/**
 * The former Hải Dương province's education union as its own deployment kept it until the merger
 * into Hải Phòng (1 July 2025): wholly invented (every row isDemo) but sized like the province
 * (about 1.9 million people): 420 grassroots unions of about 40 members. Its union was dissolved in
 * March 2025 with six other sector unions of the province, and the provincial labour federation
 * managed the school unions from 1 April (which school went where is not recorded by the sources: the
 * demo gives them all to it); they ended on 30 June 2025, when they moved to Hải Phòng. Deterministic, so a fold
 * of it is the same every time. `npm run merge-city -- --from HD --into HP` folds it into Hải Phòng.
 */
export const FORMER_HAI_DUONG_UNION = 'hd-cong-doan-nganh-giao-duc';
/** Took the school unions over when the education union was dissolved, until the merger. */
export const FORMER_HAI_DUONG_FEDERATION = 'hd-ldld-tinh-hai-duong';
const UNION_DISSOLVED_ON = '2025-03-31';
const UNITS = 420;
const MEMBERS_PER_UNIT = 40;
const DISTRICT_END = { status: UnitStatus.DISSOLVED, validTo: '2025-06-30' };
const UNIT_END = { status: UnitStatus.MOVED, validTo: '2025-06-30' };

/** Hải Dương's two cities, one town and nine rural districts as they were before 1 July 2025. */
const DISTRICTS: [string, DistrictKind][] = [
  ['Hải Dương', DistrictKind.TOWN],
  ['Chí Linh', DistrictKind.TOWN],
  ['Kinh Môn', DistrictKind.TOWN],
  ...[
    'Nam Sách',
    'Kim Thành',
    'Thanh Hà',
    'Cẩm Giàng',
    'Bình Giang',
    'Gia Lộc',
    'Tứ Kỳ',
    'Ninh Giang',
    'Thanh Miện',
  ].map((name): [string, DistrictKind] => [name, DistrictKind.RURAL_DISTRICT]),
];

/** Roughly a province's mix of schools: preschools and primary schools first, a few upper secondary. */
const LEVELS: [SchoolLevel, string][] = [
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.UPPER_SECONDARY, 'Trường THPT'],
];

const districtId = (name: string) => `hd-${slug(name)}`;

function units(): CityDirectory['grassrootsUnions'] {
  const shares = distributeMembers(UNITS * MEMBERS_PER_UNIT, UNITS);
  return shares.map((memberCount, index) => {
    const [district] = DISTRICTS[index % DISTRICTS.length];
    // (district, round) is unique for each index, so every school name (and id) is too.
    const round = Math.floor(index / DISTRICTS.length);
    const [level, levelPrefix] = LEVELS[round % LEVELS.length];
    const schoolName = `${levelPrefix} ${DEMO_SCHOOL_NAMES[round % DEMO_SCHOOL_NAMES.length]} ${district}`;
    return {
      id: `hd-${slug(schoolName)}`,
      schoolName,
      schoolLevel: level,
      districtId: districtId(district),
      managedById: FORMER_HAI_DUONG_UNION,
      memberCount,
      ...UNIT_END,
      isDemo: true,
    };
  });
}

/** A few units' members, with Hải Dương's identity-card prefix (030) and addresses. */
function members(unitIds: string[]): NonNullable<CityDirectory['members']> {
  return unitIds.flatMap((unitId, unitIndex) =>
    demoMembers('HD', unitId, 12).map((member, index) => ({
      ...member,
      phone: `098${String(2345600 + unitIndex * 100 + index).padStart(7, '0')}`,
      nationalId: `030${member.nationalId!.slice(3)}`,
      address: `Số ${index + 1}, demo, Hải Dương (cũ)`,
    })),
  );
}

export function formerHaiDuongDirectory(): CityDirectory {
  const grassrootsUnions = units();
  return {
    districts: DISTRICTS.map(([name, kind]) => ({ id: districtId(name), name, kind, ...DISTRICT_END })),
    organisations: [
      {
        id: FORMER_HAI_DUONG_UNION,
        kind: OrganisationKind.EDUCATION_UNION,
        name: 'Công đoàn ngành Giáo dục Hải Dương',
        shortName: 'Công đoàn ngành Giáo dục Hải Dương',
        englishName: 'Hai Duong Education Trade Union',
        status: UnitStatus.DISSOLVED,
        validTo: UNION_DISSOLVED_ON,
        isDemo: true,
      },
      {
        id: FORMER_HAI_DUONG_FEDERATION,
        kind: OrganisationKind.CITY_LABOUR_FEDERATION,
        name: 'Liên đoàn Lao động tỉnh Hải Dương',
        shortName: 'LĐLĐ tỉnh Hải Dương',
        englishName: 'Hai Duong Provincial Labour Federation',
        status: UnitStatus.MERGED,
        validTo: '2025-06-30',
        isDemo: true,
      },
    ],
    leaders: [
      {
        id: 'hd-demo-chair',
        organisationId: FORMER_HAI_DUONG_UNION,
        fullName: 'Phạm Văn Hưng',
        role: LeaderRole.CHAIR,
        termStart: '2023-01-01',
        termEnd: UNION_DISSOLVED_ON,
        note: 'Invented for the demo: the seed articles name no leader of Hải Dương’s union.',
        isDemo: true,
      },
    ],
    grassrootsUnions,
    parentPeriods: grassrootsUnions.flatMap((unit) => [
      { unitId: unit.id, parentId: FORMER_HAI_DUONG_UNION, validTo: UNION_DISSOLVED_ON },
      {
        unitId: unit.id,
        parentId: FORMER_HAI_DUONG_FEDERATION,
        validFrom: '2025-04-01',
        validTo: unit.validTo,
        note: 'Từ 01/4/2025 do LĐLĐ tỉnh Hải Dương quản lý: giải thể Công đoàn ngành Giáo dục tỉnh (minh họa).',
      },
    ]),
    members: members(grassrootsUnions.slice(0, 3).map((unit) => unit.id)),
  };
}

/**
 * Results for the same campaigns and school years as Hải Phòng's (so that "on today's boundaries"
 * adds like to like), yearly membership to 2024-2025, and graded initiatives. No annual plan: the
 * table holds one plan per school year, and after the merger that is Hải Phòng's.
 */
export function formerHaiDuongRecords(directory: CityDirectory): CityRecords {
  const memberTotal = directory.grassrootsUnions.reduce((sum, unit) => sum + unit.memberCount, 0);
  const results = demoResults(FORMER_HAI_DUONG_UNION, memberTotal, 13);
  const codes = new Set(results.map((result) => result.campaignCode));
  const hpPairs = new Set(haiphongRecords.results.map((r) => `${r.campaignCode}|${r.schoolYear}`));
  return {
    campaigns: NAMED_CAMPAIGNS.filter((campaign) => codes.has(campaign.code)),
    results: results.filter((r) => hpPairs.has(`${r.campaignCode}|${r.schoolYear}`)),
    initiatives: [
      ...demoInitiatives('hd', '2022-2023', directory.grassrootsUnions, 120, 8),
      ...demoInitiatives('hd', '2023-2024', directory.grassrootsUnions, 130, 10),
    ],
    awards: [],
    trainings: [
      {
        id: 'hd-2023-2024-tap-huan-demo',
        title: 'Tập huấn nghiệp vụ công đoàn năm học 2023-2024',
        organiserId: FORMER_HAI_DUONG_UNION,
        schoolYear: '2023-2024',
        heldOn: '2023-10-21',
        classes: 4,
        attendances: 420,
        isDemo: true,
      },
    ],
    agreements: [],
    memberships: yearlyMemberships(directory.grassrootsUnions),
    plans: [],
  };
}
