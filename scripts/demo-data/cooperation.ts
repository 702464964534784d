import { CampaignScope, CatalogCampaignKind } from '../../services/cooperation/src/entities/catalog.entity';
import { HANOI_CAMPAIGNS, NAMED_CAMPAIGNS } from './campaigns';
import { CAMPAIGN_AFTER_2025, FIRST_YEAR_AFTER_2025 } from './first-year-after-2025';
import type { CityRegistration } from '../../services/cooperation/src/services/registry.service';
import type { PartnershipRecord } from '../../services/cooperation/src/services/partnership.service';

export const MEMBER_CITIES: CityRegistration[] = [
  { code: 'HN', name: 'Hà Nội', englishName: 'Hanoi', joinedOn: '2024-03-01' },
  { code: 'HP', name: 'Hải Phòng', englishName: 'Hai Phong', joinedOn: '2024-03-01' },
];

export const SCHOOL_LEVELS = [
  { code: 'PRESCHOOL', name: 'Mầm non', position: 1 },
  { code: 'PRIMARY', name: 'Tiểu học', position: 2 },
  { code: 'LOWER_SECONDARY', name: 'Trung học cơ sở', position: 3 },
  { code: 'UPPER_SECONDARY', name: 'Trung học phổ thông', position: 4 },
  { code: 'MULTI_LEVEL', name: 'Nhiều cấp học', position: 5 },
  { code: 'CONTINUING_EDUCATION', name: 'Giáo dục thường xuyên', position: 6 },
  { code: 'OFFICE', name: 'Cơ quan quản lý giáo dục', position: 7 },
];

/** The twinning movement run across the Hanoi education sector since 12/2022. */
export const TWINNING_MOVEMENT = 'nha-truong-cung-chung-tay';

const twin = (id: string, a: string, b: string, startedOn: string): PartnershipRecord => ({
  id,
  unitA: { cityCode: 'HN', id: a },
  unitB: { cityCode: 'HN', id: b },
  movementCode: TWINNING_MOVEMENT,
  startedOn,
  note: 'Demo pair under "Nhà trường cùng chung tay phát triển - Thầy cô cùng sẻ chia trách nhiệm".',
  isDemo: true,
});

export const PARTNERSHIPS: PartnershipRecord[] = [
  {
    id: 'newton-cat-ba',
    unitA: { cityCode: 'HN', id: 'hn-thcs-thpt-newton' },
    unitB: { cityCode: 'HP', id: 'hp-thpt-cat-ba' },
    startedOn: '2024-03-16',
    note: 'Demo: a twinning invented to follow the Newton union’s scholarships for Cát Bà students.',
    isDemo: true,
  },
  twin('tx-tt-1', 'hn-truong-tieu-hoc-khuong-mai', 'hn-truong-tieu-hoc-phung-xa', '2022-12-15'),
  twin('tx-tt-2', 'hn-truong-thcs-nhan-chinh', 'hn-truong-thcs-tien-xuan', '2022-12-15'),
  twin('tx-tt-3', 'hn-truong-mam-non-kim-giang', 'hn-truong-mam-non-yen-trung', '2023-01-10'),
];

const SCHOOL_YEARS = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'];

/** The catalog: every campaign the articles name, each with editions for the years the records cover. */
export function demoCatalog() {
  const campaigns = [...NAMED_CAMPAIGNS, ...HANOI_CAMPAIGNS].map((campaign) => ({
    code: campaign.code,
    name: campaign.name,
    kind: campaign.kind as unknown as CatalogCampaignKind,
    launchedBy: campaign.launchedBy ?? null,
    scope: campaign.isLocal ? CampaignScope.CITY : CampaignScope.NATIONAL,
    startYear: campaign.code === 'nha-truong-cung-chung-tay' ? 2022 : null,
    description: null,
  }));
  const editions = [
    ...campaigns.flatMap(({ code }) => SCHOOL_YEARS.map((period) => ({ campaignCode: code, period }))),
    // The first year after the 2025 reorganisation, where the sector's reporting bodies changed.
    { campaignCode: CAMPAIGN_AFTER_2025, period: FIRST_YEAR_AFTER_2025 },
  ];
  // "Dạy tốt, học tốt" is compared by the two cities that agreed to; every other campaign by all.
  const joint = ['HN', 'HP'].map((cityCode) => ({ campaignCode: 'hai-tot', cityCode }));
  return { campaigns, editions, joint };
}
