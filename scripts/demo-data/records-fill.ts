import { InitiativeLevel } from '../../services/city/src/entities/record-enums';
import type { GrassrootsUnionRecord } from '../../services/city/src/services/directory-writer.service';
import type {
  CampaignResultRecord,
  InitiativeRecord,
} from '../../services/city/src/services/records-writer.service';
import type { UnitMembership } from '../../services/city/src/entities/yearly-records.entity';

export const SCHOOL_YEARS = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'];
const REPORTED_YEARS = ['2022-2023', '2023-2024'];

/**
 * Yearly membership per unit: the roll as loaded for the years the sources report (2022-2023,
 * 2023-2024), a little lower before and higher after. Deterministic, so loads are idempotent.
 */
export function yearlyMemberships(units: GrassrootsUnionRecord[]): UnitMembership[] {
  return units.flatMap((unit, index) =>
    SCHOOL_YEARS.map((schoolYear) => {
      const drift = REPORTED_YEARS.includes(schoolYear)
        ? 0
        : schoolYear < REPORTED_YEARS[0]
          ? -(index % 3)
          : index % 2;
      return { unitId: unit.id, schoolYear, members: Math.max(1, unit.memberCount + drift) };
    }),
  );
}

const TOPICS = [
  'dạy học tích cực môn Toán',
  'giáo dục kỹ năng sống cho học sinh',
  'ứng dụng công nghệ thông tin trong dạy học',
  'công tác chủ nhiệm lớp',
  'phát triển năng lực đọc hiểu',
  'hoạt động trải nghiệm',
  'chăm lo đời sống đoàn viên',
];

/**
 * `count` invented initiatives for one school year over `units`, of which `gradeA` graded A and the
 * rest B and C: enough rows for the figures a council reported (e.g. 682 graded, 31 grade A).
 */
export function demoInitiatives(
  prefix: string,
  schoolYear: string,
  units: { id: string }[],
  count: number,
  gradeA: number,
  level = InitiativeLevel.DISTRICT,
): InitiativeRecord[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${schoolYear}-${String(index + 1).padStart(4, '0')}`,
    title: `Một số biện pháp nâng cao hiệu quả ${TOPICS[index % TOPICS.length]} (${index + 1})`,
    authorName: 'Tác giả (demo)',
    unitId: units[index % units.length].id,
    schoolYear,
    level,
    grade: index < gradeA ? 'A' : index % 3 === 0 ? 'C' : 'B',
    isDemo: true,
  }));
}

/** Plausible yearly results for national campaigns, so that cities have several years to compare. */
export function demoResults(reportedById: string, members: number, seed: number): CampaignResultRecord[] {
  const codes = ['moi-thay-co-la-tam-guong', 'hai-tot', 'gioi-viec-nuoc-dam-viec-nha'];
  return codes.flatMap((campaignCode, c) =>
    SCHOOL_YEARS.slice(0, 3).map((schoolYear, y) => {
      const participants = Math.round(members * (0.82 + ((seed + c * 7 + y * 3) % 15) / 100));
      return {
        id: `${campaignCode}:${schoolYear}:${reportedById}`,
        campaignCode,
        schoolYear,
        reportedById,
        participants,
        participatingUnits: null,
        collectivesCommended: 5 + ((seed + c + y) % 9),
        individualsCommended: 20 + ((seed * 3 + c * 5 + y * 7) % 40),
        target: Math.round(members * 0.9),
        achievementPercent: Math.round((participants / Math.round(members * 0.9)) * 100),
        isDemo: true,
      };
    }),
  );
}
