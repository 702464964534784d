import { UnitStatus } from '../../services/city/src/entities/enums';
import type { CityDirectory } from '../../services/city/src/services/directory-writer.service';
import { covers, schoolYearAnchor } from '../../services/city/src/services/parent-dates';
import type {
  CampaignResultRecord,
  CityRecords,
} from '../../services/city/src/services/records-writer.service';

export const FIRST_YEAR_AFTER_2025 = '2025-2026';
export const CAMPAIGN_AFTER_2025 = 'moi-thay-co-la-tam-guong';
const span = (from?: string | null, to?: string | null) => ({ validFrom: from ?? null, validTo: to ?? null });

/**
 * The first school year after the reorganisation, so that the education sector can be followed across
 * it: membership of the school unions that exist in 2025-2026, and "Mỗi thầy, cô giáo là một tấm
 * gương…" reported by the bodies that manage them now. In Hà Nội the education union reports for its
 * own units and most commune and ward unions for the schools they took over from the district
 * federations; in Hải Phòng only commune, ward and special-zone unions report, because the sector union
 * manages no school union since 1 July 2025. One body in four does not report, so that a sector total
 * says what it leaves out. Invented, every row isDemo.
 */
export function withFirstYearAfter2025(
  cityCode: string,
  directory: CityDirectory,
  records: CityRecords,
): CityRecords {
  if (cityCode !== 'HN' && cityCode !== 'HP') return records;
  const day = schoolYearAnchor(FIRST_YEAR_AFTER_2025);
  const units = directory.grassrootsUnions.filter(
    (unit) =>
      (unit.status ?? UnitStatus.ACTIVE) === UnitStatus.ACTIVE &&
      covers(span(unit.validFrom, unit.validTo), day),
  );
  const memberships = units.map((unit) => ({
    unitId: unit.id,
    schoolYear: FIRST_YEAR_AFTER_2025,
    members: unit.memberCount,
  }));
  const membersOf = new Map<string, number>();
  for (const unit of units) {
    const period = (directory.parentPeriods ?? []).find(
      (p) => p.unitId === unit.id && covers(span(p.validFrom, p.validTo), day),
    );
    const body = period?.parentId ?? unit.managedById;
    membersOf.set(body, (membersOf.get(body) ?? 0) + unit.memberCount);
  }
  const results = [...membersOf.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter((_, index) => index % 4 !== 3)
    .map(([body, members], index) => result(body, members, index));
  return {
    ...records,
    memberships: [...records.memberships, ...memberships],
    results: [...records.results, ...results],
  };
}

function result(reportedById: string, members: number, seed: number): CampaignResultRecord {
  const target = Math.max(1, Math.round(members * 0.9));
  const participants = Math.round(members * (0.84 + (seed % 11) / 100));
  return {
    id: `${CAMPAIGN_AFTER_2025}:${FIRST_YEAR_AFTER_2025}:${reportedById}`,
    campaignCode: CAMPAIGN_AFTER_2025,
    schoolYear: FIRST_YEAR_AFTER_2025,
    reportedById,
    participants,
    participatingUnits: null,
    target,
    achievementPercent: Math.round((participants * 100) / target),
    collectivesCommended: 1 + (seed % 4),
    individualsCommended: 2 + (seed % 7),
    isDemo: true,
  };
}
