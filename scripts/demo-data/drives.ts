import {
  DriveParty,
  DriveStatus,
  PartyRole,
  ScholarshipDrive,
} from '../../services/cooperation/src/entities/drive.entity';
import {
  ConsentMethod,
  Disbursement,
  DisbursementMethod,
  Nomination,
  NominationStatus,
  Pledge,
  PledgeStatus,
  ScholarshipAward,
} from '../../services/cooperation/src/entities/drive-money.entity';
import type { DriveBundle } from '../../services/cooperation/src/services/drive-writer.service';
import { initialsOf } from '../../services/cooperation/src/services/drive-access';

/** The programme (issue 7) at which the Cát Bà scholarships were presented. */
export const HN_HP_EXCHANGE_ID = 'hn-hp-chia-se-kinh-nghiem';
const EXCHANGE_DAY = '2024-03-16'; // demo approximation: the article gives no date

const drive = (values: Partial<ScholarshipDrive>): ScholarshipDrive =>
  Object.assign(new ScholarshipDrive(), {
    purpose: null,
    opensOn: null,
    closesOn: null,
    exchangeProgrammeId: null,
    version: 1,
    personalDataErasedOn: null,
    isDemo: false,
    ...values,
  });
const party = (
  id: string,
  driveId: string,
  role: PartyRole,
  cityCode: string,
  ref: { organisationId?: string; unitId?: string },
) =>
  Object.assign(new DriveParty(), {
    id,
    driveId,
    role,
    cityCode,
    organisationId: ref.organisationId ?? null,
    unitId: ref.unitId ?? null,
  });
const pledge = (
  id: string,
  driveId: string,
  sponsorPartyId: string,
  amount: number,
  receivedAmount: number,
  note: string,
) =>
  Object.assign(new Pledge(), {
    id,
    driveId,
    sponsorPartyId,
    amount,
    receivedAmount,
    note,
    pledgedOn: '2024-03-01',
    receivedOn: receivedAmount ? '2024-03-10' : null,
    status: receivedAmount === amount ? PledgeStatus.RECEIVED : PledgeStatus.PLEDGED,
    idempotencyKey: null,
  });
const NAMES = [
  'Phạm Thị Lan',
  'Nguyễn Văn Hải',
  'Trần Thị Thu',
  'Lê Văn Đức',
  'Vũ Thị Ngọc',
  'Hoàng Minh Tuấn',
  'Đặng Thị Mai',
  'Bùi Văn Long',
  'Đỗ Thị Hằng',
  'Ngô Văn Nam',
];
const nomination = (
  id: string,
  driveId: string,
  beneficiaryPartyId: string,
  index: number,
  school: string,
  status: NominationStatus,
) => {
  const name = `${NAMES[index % NAMES.length]} (demo ${index + 1})`;
  return Object.assign(new Nomination(), {
    id,
    driveId,
    beneficiaryPartyId,
    studentName: name,
    initials: initialsOf(NAMES[index % NAMES.length]),
    birthYear: 2007 + (index % 3),
    schoolName: school,
    gradeLabel: `Lớp ${10 + (index % 3)}`,
    circumstances: 'Hoàn cảnh khó khăn (invented for the demo)',
    achievements: 'Học sinh giỏi (invented for the demo)',
    guardianName: 'Phụ huynh (demo)',
    guardianConsentOn: '2024-03-05',
    guardianConsentMethod: ConsentMethod.SIGNED_FORM,
    status,
    isDemo: true,
  });
};

/** The Cát Bà drive of SEED-FACTS exactly (20 × 1,000,000 VND, awarded), with invented students. */
function catBaDrive(): DriveBundle {
  const id = 'cat-ba-2024';
  const parties = [
    party('cat-ba-2024-hn', id, PartyRole.ORGANISER, 'HN', { organisationId: 'hn-cong-doan-nganh-giao-duc' }),
    party('cat-ba-2024-newton', id, PartyRole.ORGANISER, 'HN', { unitId: 'hn-thcs-thpt-newton' }),
    party('cat-ba-2024-thpt-cat-ba', id, PartyRole.BENEFICIARY, 'HP', { unitId: 'hp-thpt-cat-ba' }),
    party('cat-ba-2024-cat-hai', id, PartyRole.BENEFICIARY, 'HP', { unitId: 'hp-phong-gd-dt-cat-hai' }),
  ];
  const split = 'The split between the two sponsors is not published; this one is a demo approximation.';
  const nominations = Array.from({ length: 20 }, (_, i) =>
    nomination(
      `cat-ba-2024-n${i + 1}`,
      id,
      i < 12 ? parties[2].id : parties[3].id,
      i,
      i < 12 ? 'Trường THPT Cát Bà' : 'Huyện Cát Hải',
      NominationStatus.APPROVED,
    ),
  );
  const awards = nominations.map((n, i) =>
    Object.assign(new ScholarshipAward(), {
      id: `cat-ba-2024-a${i + 1}`,
      driveId: id,
      nominationId: n.id,
      amount: 1_000_000,
      awardedOn: EXCHANGE_DAY,
    }),
  );
  return {
    drive: drive({
      id,
      title: 'Học bổng “vượt khó học giỏi” cho học sinh Cát Bà và Cát Hải',
      purpose: 'Trao tại chương trình chia sẻ kinh nghiệm giữa Công đoàn ngành Giáo dục Hà Nội và Hải Phòng.',
      criteria: 'vượt khó học giỏi',
      scholarships: 20,
      amountEach: 1_000_000,
      status: DriveStatus.AWARDED,
      opensOn: '2024-03-01',
      exchangeProgrammeId: HN_HP_EXCHANGE_ID,
    }),
    parties,
    pledges: [
      pledge('cat-ba-2024-p-hn', id, parties[0].id, 10_000_000, 10_000_000, split),
      pledge('cat-ba-2024-p-newton', id, parties[1].id, 10_000_000, 10_000_000, split),
    ],
    receipts: [],
    nominations,
    awards,
    disbursements: awards.map((a, i) =>
      Object.assign(new Disbursement(), {
        id: `cat-ba-2024-d${i + 1}`,
        driveId: id,
        awardId: a.id,
        amount: 1_000_000,
        paidOn: EXCHANGE_DAY,
        method: DisbursementMethod.CASH,
        acknowledgedBy: 'Học sinh (demo)',
        idempotencyKey: null,
      }),
    ),
  };
}

/** An invented drive in progress, open for pledges (everything in it is demo). */
function thachThatDrive(): DriveBundle {
  const id = 'thach-that-2025-demo';
  const parties = [
    party('tt-2025-hn', id, PartyRole.ORGANISER, 'HN', { organisationId: 'hn-cong-doan-nganh-giao-duc' }),
    party('tt-2025-hp', id, PartyRole.CO_SPONSOR, 'HP', { organisationId: 'hp-cong-doan-nganh-giao-duc' }),
    party('tt-2025-phung-xa', id, PartyRole.BENEFICIARY, 'HN', { unitId: 'hn-truong-tieu-hoc-phung-xa' }),
  ];
  return {
    drive: drive({
      id,
      title: 'Học bổng “Nhà giáo Hà Nội giúp đỡ học sinh khó khăn” (demo)',
      criteria: 'vượt khó học giỏi',
      scholarships: 10,
      amountEach: 2_000_000,
      status: DriveStatus.OPEN,
      opensOn: '2025-09-05',
      closesOn: '2025-12-31',
      isDemo: true,
    }),
    parties,
    pledges: [
      pledge('tt-2025-p-hn', id, parties[0].id, 12_000_000, 5_000_000, 'Demo pledge'),
      pledge('tt-2025-p-hp', id, parties[1].id, 8_000_000, 0, 'Demo pledge'),
    ],
    receipts: [],
    nominations: [0, 1, 2].map((i) =>
      nomination(
        `tt-2025-n${i + 1}`,
        id,
        parties[2].id,
        i + 3,
        'Trường Tiểu học Phùng Xá',
        NominationStatus.NOMINATED,
      ),
    ),
    awards: [],
    disbursements: [],
  };
}

export const demoDrives = (): DriveBundle[] => [catBaDrive(), thachThatDrive()];
