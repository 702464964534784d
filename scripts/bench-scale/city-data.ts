import {
  DistrictKind,
  LeaderRole,
  OrganisationKind,
  SchoolLevel,
} from '../../services/city/src/entities/enums';
import type { CityDirectory } from '../../services/city/src/services/directory-writer.service';
import type {
  CampaignResultRecord,
  CityRecords,
} from '../../services/city/src/services/records-writer.service';
import { NAMED_CAMPAIGNS } from '../demo-data/campaigns';
import { DEMO_SCHOOL_NAMES, distributeMembers, slug } from '../demo-data/fill';
import { SCHOOL_YEARS, yearlyMemberships } from '../demo-data/records-fill';
import { averageMembersFor, Province, unitCountFor } from './provinces';

/**
 * An invented province for the scale benchmark, marked isDemo like the demo's fill-in: its
 * education union with a chair and a vice chair, one area per unit merged into it in 2025, and
 * 300-600 grassroots unions. Deterministic (no randomness), so every run measures the same data.
 */

/** Roughly the mix of a province's schools: a third preschools, a third primary, then secondary. */
const LEVEL_CYCLE: [SchoolLevel, string][] = [
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
  [SchoolLevel.UPPER_SECONDARY, 'Trường THPT'],
  [SchoolLevel.PRESCHOOL, 'Trường Mầm non'],
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Hữu', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hải', 'Hạnh', 'Khánh', 'Linh', 'Phương', 'Sơn', 'Tâm'];

/** A small number from the code, so that provinces differ from each other but not between runs. */
function seedOf(code: string): number {
  return [...code].reduce((sum, char, index) => sum + char.charCodeAt(0) * (index + 1), 0);
}

function invent(seed: number): string {
  return `${FAMILY[seed % FAMILY.length]} ${MIDDLE[seed % MIDDLE.length]} ${GIVEN[seed % GIVEN.length]}`;
}

export function provinceDirectory(province: Province): CityDirectory {
  const prefix = province.code.toLowerCase();
  const seed = seedOf(province.code);
  const unionId = `${prefix}-cong-doan-nganh-giao-duc`;
  const areas = province.formerly.length ? province.formerly : ['Trung tâm', 'Phía Bắc', 'Phía Nam'];
  const districts = areas.map((area, index) => ({
    id: `${prefix}-kv-${slug(area)}`,
    name: `Khu vực ${area}${province.formerly.length ? ' (cũ)' : ''}`,
    kind: index === 0 ? DistrictKind.URBAN_DISTRICT : DistrictKind.RURAL_DISTRICT,
  }));
  const unitCount = unitCountFor(province);
  const shares = distributeMembers(unitCount * averageMembersFor(province), unitCount);
  const leader = (role: LeaderRole, offset: number) => ({
    id: `${prefix}-demo-${role === LeaderRole.CHAIR ? 'chair' : 'vice-chair'}`,
    organisationId: unionId,
    fullName: invent(seed + offset),
    role,
    termStart: '2023-01-01',
    note: 'Invented for the scale benchmark.',
    isDemo: true,
  });
  return {
    districts,
    organisations: [
      {
        id: unionId,
        kind: OrganisationKind.EDUCATION_UNION,
        name: `Công đoàn ngành Giáo dục ${province.name}`,
        shortName: `CĐN Giáo dục ${province.name}`,
        englishName: `${province.englishName} Education Union`,
        isDemo: true,
      },
    ],
    leaders: [leader(LeaderRole.CHAIR, 0), leader(LeaderRole.VICE_CHAIR, 7)],
    grassrootsUnions: shares.map((memberCount, index) => {
      const [level, levelPrefix] = LEVEL_CYCLE[index % LEVEL_CYCLE.length];
      const round = Math.floor(index / DEMO_SCHOOL_NAMES.length);
      const schoolName = `${levelPrefix} ${DEMO_SCHOOL_NAMES[index % DEMO_SCHOOL_NAMES.length]}${round ? ` số ${round + 1}` : ''}`;
      return {
        id: `${prefix}-${slug(schoolName)}`,
        schoolName,
        schoolLevel: level,
        districtId: districts[index % districts.length].id,
        managedById: unionId,
        memberCount,
        isDemo: true,
      };
    }),
    // No member rows: personal data is not what a comparison reads, and 20,000+ invented people
    // per province would make generating take longer than measuring.
  };
}

/**
 * A city-wide result for every national campaign of the catalog in every school year it has
 * editions for, so that any edition's comparison has figures from every city.
 */
function provinceResults(unionId: string, members: number, seed: number): CampaignResultRecord[] {
  return NAMED_CAMPAIGNS.flatMap((campaign, c) =>
    SCHOOL_YEARS.map((schoolYear, y) => {
      const spread = (seed + c * 7 + y * 3) % 17;
      const participants = Math.round(members * (0.78 + spread / 100));
      const target = Math.round(members * 0.9);
      const submitted = Math.round(members * (0.04 + ((seed + c + y) % 9) / 100));
      const graded = Math.round(submitted * 0.6);
      return {
        id: `${campaign.code}:${schoolYear}:${unionId}`,
        campaignCode: campaign.code,
        schoolYear,
        reportedById: unionId,
        participants,
        initiativesSubmitted: submitted,
        initiativesGraded: graded,
        initiativesGradeA: Math.round(graded * (0.05 + ((seed + y) % 8) / 100)),
        target,
        achievementPercent: Math.round((participants / target) * 100),
        collectivesCommended: 5 + ((seed + c + y) % 20),
        individualsCommended: Math.round(members * (0.004 + ((seed * 3 + c * 5 + y * 7) % 6) / 1000)),
        isDemo: true,
      };
    }),
  );
}

export function provinceRecords(province: Province, directory: CityDirectory): CityRecords {
  const union = directory.organisations[0];
  const members = directory.grassrootsUnions.reduce((sum, unit) => sum + unit.memberCount, 0);
  return {
    campaigns: NAMED_CAMPAIGNS,
    results: provinceResults(union.id, members, seedOf(province.code)),
    initiatives: [],
    awards: [],
    trainings: [],
    agreements: [],
    memberships: yearlyMemberships(directory.grassrootsUnions),
    plans: [],
  };
}
