import {
  DistrictKind,
  LeaderRole,
  OrganisationKind,
  SchoolLevel,
} from '../../services/city/src/entities/enums';
import type { CityDirectory } from '../../services/city/src/services/directory-writer.service';
import type { CityRecords } from '../../services/city/src/services/records-writer.service';
import { NAMED_CAMPAIGNS } from './campaigns';
import { demoInitiatives, demoResults, yearlyMemberships } from './records-fill';
import { DEMO_SCHOOL_NAMES, distributeMembers, slug } from './fill';

const LEVELS: [SchoolLevel, string][] = [
  [SchoolLevel.UPPER_SECONDARY, 'Trường THPT'],
  [SchoolLevel.LOWER_SECONDARY, 'Trường THCS'],
  [SchoolLevel.PRIMARY, 'Trường Tiểu học'],
];

/**
 * A wholly invented directory for a city that has no seed facts (e.g. a third city added from
 * configuration): its union, a chair, three districts and `unitCount` grassroots unions, all isDemo.
 */
export function generatedCityDirectory(cityCode: string, cityName: string, unitCount = 40): CityDirectory {
  const prefix = cityCode.toLowerCase();
  const unionId = `${prefix}-cong-doan-nganh-giao-duc`;
  const districts = ['Trung tâm', 'Ven biển', 'Miền núi'].map((area) => ({
    id: `${prefix}-${slug(area)}`,
    name: `Khu vực ${area}`,
    kind: DistrictKind.URBAN_DISTRICT,
  }));
  const shares = distributeMembers(unitCount * 55, unitCount);
  return {
    districts,
    organisations: [
      {
        id: unionId,
        kind: OrganisationKind.EDUCATION_UNION,
        name: `Công đoàn ngành Giáo dục ${cityName}`,
        shortName: `Công đoàn ngành Giáo dục ${cityName}`,
        isDemo: true,
      },
    ],
    leaders: [
      {
        id: `${prefix}-demo-chair`,
        organisationId: unionId,
        fullName: 'Lê Minh Khoa',
        role: LeaderRole.CHAIR,
        note: 'Invented for the demo.',
        isDemo: true,
      },
    ],
    grassrootsUnions: shares.map((memberCount, index) => {
      const [level, levelPrefix] = LEVELS[index % LEVELS.length];
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
  };
}

/** Invented yearly membership and results for a generated city, so that it can be compared too. */
export function generatedCityRecords(directory: CityDirectory): CityRecords {
  const union = directory.organisations[0];
  const members = directory.grassrootsUnions.reduce((sum, unit) => sum + unit.memberCount, 0);
  return {
    campaigns: NAMED_CAMPAIGNS.filter((campaign) =>
      ['moi-thay-co-la-tam-guong', 'hai-tot', 'gioi-viec-nuoc-dam-viec-nha'].includes(campaign.code),
    ),
    results: demoResults(union.id, members, union.id.length),
    initiatives: demoInitiatives(union.id, '2022-2023', directory.grassrootsUnions, 60, 5),
    awards: [],
    trainings: [],
    agreements: [],
    memberships: yearlyMemberships(directory.grassrootsUnions),
    plans: [],
  };
}
