import { AwardKind, IssuerLevel, RecipientType } from '../../services/city/src/entities/record-enums';
import type { AwardRecord, CityRecords } from '../../services/city/src/services/records-writer.service';
import { NAMED_CAMPAIGNS } from './campaigns';
import { haiphongDirectory } from './haiphong';
import { demoInitiatives, demoResults, yearlyMemberships } from './records-fill';

const UNION = 'hp-cong-doan-nganh-giao-duc';
const REVIEW_CONFERENCE = '2023-09-27';
const { COLLECTIVE, INDIVIDUAL } = RecipientType;

/** Announced at the review conference of 27/9/2023 for school year 2022-2023 (article 004), exactly. */
const award = (
  id: string,
  kind: AwardKind,
  issuerLevel: IssuerLevel,
  recipientType: RecipientType,
  recipientCount: number,
): AwardRecord => ({
  id: `hp-2022-2023-${id}`,
  schoolYear: '2022-2023',
  kind,
  issuerLevel,
  recipientType,
  recipientCount,
  scopeOrganisationId: UNION,
  decisionDate: REVIEW_CONFERENCE,
  note: 'Date of the review conference at which the awards were presented.',
});

export const haiphongRecords: CityRecords = {
  campaigns: NAMED_CAMPAIGNS.filter((campaign) =>
    ['moi-thay-co-la-tam-guong', 'hai-tot', 'gioi-viec-nuoc-dam-viec-nha', 'mot-trieu-sang-kien'].includes(
      campaign.code,
    ),
  ),
  results: demoResults(UNION, 3_612, 8),
  initiatives: [
    ...demoInitiatives('hp', '2022-2023', haiphongDirectory.grassrootsUnions, 150, 11),
    ...demoInitiatives('hp', '2023-2024', haiphongDirectory.grassrootsUnions, 170, 14),
  ],
  awards: [
    award('ctd-tld', AwardKind.CO_THI_DUA, IssuerLevel.TONG_LDLD_VIET_NAM, COLLECTIVE, 4),
    award('ctd-cdgd', AwardKind.CO_THI_DUA, IssuerLevel.CONG_DOAN_GIAO_DUC_VIET_NAM, COLLECTIVE, 12),
    award('bk-cdgd-tap-the', AwardKind.BANG_KHEN, IssuerLevel.CONG_DOAN_GIAO_DUC_VIET_NAM, COLLECTIVE, 65),
    award('bk-cdgd-ca-nhan', AwardKind.BANG_KHEN, IssuerLevel.CONG_DOAN_GIAO_DUC_VIET_NAM, INDIVIDUAL, 278),
    award('ctd-ldld-tp', AwardKind.CO_THI_DUA, IssuerLevel.LDLD_THANH_PHO, COLLECTIVE, 18),
  ],
  trainings: [
    {
      id: 'hp-2023-2024-tap-huan-demo',
      title: 'Tập huấn nghiệp vụ công đoàn năm học 2023-2024',
      organiserId: UNION,
      schoolYear: '2023-2024',
      heldOn: '2023-11-04',
      classes: 3,
      attendances: 310,
      isDemo: true,
    },
  ],
  agreements: [],
  memberships: yearlyMemberships(haiphongDirectory.grassrootsUnions),
  plans: [
    {
      schoolYear: '2023-2024',
      theme:
        'Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành tốt các nhiệm vụ và mục tiêu đổi mới, nâng cao chất lượng giáo dục và đào tạo',
      targets: 8,
      solutionGroups: 9,
      adoptedOn: REVIEW_CONFERENCE,
    },
  ],
};
