import {
  AgreementKind,
  AwardKind,
  IssuerLevel,
  RecipientType,
} from '../../services/city/src/entities/record-enums';
import type { AwardRecord, CityRecords } from '../../services/city/src/services/records-writer.service';
import { HANOI_CAMPAIGNS, NAMED_CAMPAIGNS } from './campaigns';
import { hanoiDirectory } from './hanoi';
import { demoInitiatives, demoResults, yearlyMemberships } from './records-fill';

const THACH_THAT = 'hn-ldld-thach-that';
const UNION = 'hn-cong-doan-nganh-giao-duc';
const { COLLECTIVE, INDIVIDUAL } = RecipientType;
const { BANG_KHEN, CO_THI_DUA, GIAY_KHEN, LAO_DONG_TIEN_TIEN, CHIEN_SI_THI_DUA_CO_SO } = AwardKind;
const { TONG_LDLD_VIET_NAM, LDLD_THANH_PHO, DISTRICT_FEDERATION, GOVERNMENT } = IssuerLevel;

/** Thạch Thất's titles and awards for school year 2022-2023, exactly as reported (article 002). */
const thachThatAward = (
  id: string,
  kind: AwardKind,
  issuerLevel: IssuerLevel,
  recipientType: RecipientType,
  recipientCount: number,
): AwardRecord => ({
  id: `tt-2022-2023-${id}`,
  schoolYear: '2022-2023',
  kind,
  issuerLevel,
  recipientType,
  recipientCount,
  scopeOrganisationId: THACH_THAT,
});

const THACH_THAT_AWARDS: AwardRecord[] = [
  thachThatAward('ldtt-tap-the', LAO_DONG_TIEN_TIEN, GOVERNMENT, COLLECTIVE, 62),
  thachThatAward('cstdcs', CHIEN_SI_THI_DUA_CO_SO, GOVERNMENT, INDIVIDUAL, 286),
  thachThatAward('ldtt-ca-nhan', LAO_DONG_TIEN_TIEN, GOVERNMENT, INDIVIDUAL, 1_774),
  thachThatAward('bk-tld-tap-the', BANG_KHEN, TONG_LDLD_VIET_NAM, COLLECTIVE, 1),
  thachThatAward('bk-tld-ca-nhan', BANG_KHEN, TONG_LDLD_VIET_NAM, INDIVIDUAL, 3),
  thachThatAward('ctd-ldld-tp', CO_THI_DUA, LDLD_THANH_PHO, COLLECTIVE, 1),
  thachThatAward('bk-ldld-tp-tap-the', BANG_KHEN, LDLD_THANH_PHO, COLLECTIVE, 4),
  thachThatAward('bk-ldld-tp-ca-nhan', BANG_KHEN, LDLD_THANH_PHO, INDIVIDUAL, 6),
  thachThatAward('gk-ldld-huyen-tap-the', GIAY_KHEN, DISTRICT_FEDERATION, COLLECTIVE, 17),
  thachThatAward('gk-ldld-huyen-ca-nhan', GIAY_KHEN, DISTRICT_FEDERATION, INDIVIDUAL, 18),
];

/** Bằng khen of LĐLĐ TP Hà Nội at the review of programme 05/CTPH (2017-2021): 10 collectives, 5 individuals. */
const REVIEW_AWARDS: AwardRecord[] = [
  { id: 'ctph-05-review-tap-the', recipientType: COLLECTIVE, recipientCount: 10 },
  { id: 'ctph-05-review-ca-nhan', recipientType: INDIVIDUAL, recipientCount: 5 },
].map((award) => ({
  ...award,
  schoolYear: '2021-2022',
  kind: BANG_KHEN,
  issuerLevel: LDLD_THANH_PHO,
  scopeOrganisationId: 'hn-ldld-thanh-pho',
  note: 'Commended at the review of coordination programme 05/CTPH-LĐLĐ-GDĐT (2017-2021).',
}));

const thachThatUnits = hanoiDirectory.grassrootsUnions.filter((unit) => unit.managedById === THACH_THAT);
const directUnits = hanoiDirectory.grassrootsUnions.filter((unit) => unit.managedById === UNION);
const SOURCE_002 = 'LĐLĐ huyện Thạch Thất, school year 2022-2023 (Lao Động Thủ đô).';

export const hanoiRecords: CityRecords = {
  campaigns: [...NAMED_CAMPAIGNS, ...HANOI_CAMPAIGNS],
  results: [
    {
      id: 'sang-kien-sang-tao:2022-2023:hn-ldld-thach-that',
      campaignCode: 'sang-kien-sang-tao',
      schoolYear: '2022-2023',
      reportedById: THACH_THAT,
      participants: 11_145,
      initiativesGraded: 682,
      initiativesGradeA: 31,
      highlights: `11,145 staff took part in grassroots initiatives; the district science council graded 682, 31 grade A. ${SOURCE_002}`,
    },
    {
      id: 'mot-trieu-sang-kien:2022-2023:hn-ldld-thach-that',
      campaignCode: 'mot-trieu-sang-kien',
      schoolYear: '2022-2023',
      reportedById: THACH_THAT,
      participants: 11_145,
      initiativesSubmitted: 11_145,
      achievementPercent: 2_880,
      highlights: `11,145/11,145 initiatives took part: 2,880% of the planned target. ${SOURCE_002}`,
    },
    ...demoResults(UNION, 12_000, 3),
  ],
  initiatives: [
    ...demoInitiatives('hn-tt', '2022-2023', thachThatUnits, 682, 31),
    ...demoInitiatives('hn-cd', '2022-2023', directUnits, 300, 24),
    ...demoInitiatives('hn-cd', '2023-2024', directUnits, 320, 27),
  ],
  awards: [...THACH_THAT_AWARDS, ...REVIEW_AWARDS],
  trainings: [
    {
      id: 'tt-2022-2023-tap-huan-can-bo',
      title: 'Tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở',
      organiserId: THACH_THAT,
      schoolYear: '2022-2023',
      classes: 5,
      attendances: 500,
      attendancesAtLeast: true,
    },
    {
      id: 'hn-2023-2024-tap-huan-demo',
      title: 'Tập huấn kỹ năng cho chủ tịch công đoàn cơ sở',
      organiserId: UNION,
      schoolYear: '2023-2024',
      heldOn: '2023-10-14',
      classes: 2,
      attendances: 230,
      isDemo: true,
    },
  ],
  agreements: [
    {
      id: 'ctph-05-ldld-gddt',
      number: '05/CTPH-LĐLĐ-GDĐT',
      kind: AgreementKind.PROGRAMME,
      title: 'Chương trình phối hợp giữa LĐLĐ Thành phố Hà Nội và Sở GD&ĐT Hà Nội',
      signedOn: '2017-10-26',
      parties: ['Liên đoàn Lao động thành phố Hà Nội', 'Sở Giáo dục và Đào tạo Hà Nội'],
      periodStartYear: 2017,
      periodEndYear: 2021,
      reviews: [
        {
          id: 'ctph-05-review-2017-2021',
          agreementId: 'ctph-05-ldld-gddt',
          reviewedOn: '2022-01-14',
          summary:
            'Tổng kết giai đoạn 2017-2021: 10 tập thể và 5 cá nhân được tặng Bằng khen của LĐLĐ Thành phố.',
          awardDecisionIds: REVIEW_AWARDS.map((award) => award.id),
        },
      ],
      note: 'The review date is taken as the day the next programme was signed.',
    },
    {
      id: 'ctph-ldld-gddt-2022-2025',
      kind: AgreementKind.PROGRAMME,
      title: 'Chương trình phối hợp giữa LĐLĐ Thành phố Hà Nội và Sở GD&ĐT Hà Nội giai đoạn 2022-2025',
      signedOn: '2022-01-14',
      parties: ['Liên đoàn Lao động thành phố Hà Nội', 'Sở Giáo dục và Đào tạo Hà Nội'],
      periodStartYear: 2022,
      periodEndYear: 2025,
    },
    {
      id: 'khlt-2731-sgddt-cdn',
      number: '2731/KHLT-SGDĐT-CĐN',
      kind: AgreementKind.PLAN,
      title:
        'Kế hoạch phối hợp công tác giữa Ban Giám đốc Sở GD&ĐT Hà Nội và Ban Thường vụ Công đoàn ngành Giáo dục Hà Nội',
      signedOn: '2020-08-27',
      parties: ['Sở Giáo dục và Đào tạo Hà Nội', 'Công đoàn ngành Giáo dục Hà Nội'],
    },
    {
      id: 'khph-17-gddt-ldld-thanh-xuan',
      number: '17/KHPH-GD&ĐT-LĐLĐ',
      kind: AgreementKind.PLAN,
      title: 'Kế hoạch phối hợp giữa Phòng GD&ĐT và LĐLĐ quận Thanh Xuân, năm học 2020-2021',
      signedOn: '2020-09-04',
      parties: ['Phòng Giáo dục và Đào tạo quận Thanh Xuân', 'Liên đoàn Lao động quận Thanh Xuân'],
      periodStartYear: 2020,
      periodEndYear: 2021,
    },
    {
      id: 'hd-704-tld',
      number: '704/HD-TLĐ',
      kind: AgreementKind.GUIDANCE,
      title: 'Hướng dẫn của Tổng LĐLĐ Việt Nam',
      signedOn: '2017-05-12',
      parties: ['Tổng Liên đoàn Lao động Việt Nam'],
    },
    {
      id: 'da-01-ldld',
      number: '01/ĐA-LĐLĐ',
      kind: AgreementKind.SCHEME,
      title: 'Đề án sắp xếp công đoàn ngành giáo dục cấp quận, huyện',
      signedOn: '2017-06-09',
      parties: ['Liên đoàn Lao động thành phố Hà Nội'],
    },
  ],
  memberships: yearlyMemberships(hanoiDirectory.grassrootsUnions),
  plans: [],
};
