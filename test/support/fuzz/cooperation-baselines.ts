import type { Baseline, Fixtures } from './baseline-types';
import { CAT_BA, HN_UNION, NEWTON } from './baseline-types';

const EXCHANGE = 'hn-hp-chia-se-kinh-nghiem';
const OPEN_DRIVE = 'thach-that-2025-demo';

/** Valid calls of the hub's mutations, on the demo drives, programme and partnership. */
export function cooperationBaselines(fixtures: Fixtures): Record<string, Baseline> {
  return {
    saveCampaign: {
      role: 'admin',
      args: {
        input: {
          code: 'kiem-thu',
          name: 'Phong trào kiểm thử',
          kind: 'EMULATION_MOVEMENT',
          launchedBy: 'Công đoàn Giáo dục Việt Nam',
          scope: 'NATIONAL',
          startYear: 2024,
          description: 'Mô tả',
        },
      },
    },
    addCampaignEdition: { role: 'admin', args: { campaignCode: 'hai-tot', period: '2030-2031' } },
    setJointCities: { role: 'admin', args: { campaignCode: 'hai-tot', cityCodes: ['HN', 'HP'] } },
    pledgeToDrive: {
      role: 'hn',
      args: {
        driveId: OPEN_DRIVE,
        sponsorPartyId: 'tt-2025-hn',
        amount: 1000,
        pledgedOn: '2025-10-01',
        note: 'Ủng hộ',
        idempotencyKey: 'fuzz-pledge',
      },
    },
    receivePledge: {
      role: 'hn',
      args: { pledgeId: 'tt-2025-p-hn', amount: 1, receivedOn: '2025-10-02', idempotencyKey: 'fuzz-receipt' },
    },
    withdrawPledge: { role: 'hn', args: { pledgeId: 'tt-2025-p-hn' } },
    nominateStudent: {
      role: 'hn',
      args: {
        driveId: OPEN_DRIVE,
        beneficiaryPartyId: 'tt-2025-phung-xa',
        student: {
          fullName: 'Nguyễn Thị Hoa',
          birthYear: 2010,
          schoolName: 'Trường Tiểu học Phùng Xá',
          gradeLabel: 'Lớp 5A',
          circumstances: 'Hoàn cảnh khó khăn',
          achievements: 'Học sinh giỏi',
          guardianName: 'Nguyễn Văn Bố',
          guardianConsentOn: '2025-10-01',
          guardianConsentMethod: 'IN_PERSON',
        },
      },
    },
    decideNomination: { role: 'hn', args: { nominationId: 'tt-2025-n1', approve: true } },
    awardScholarship: { role: 'hn', args: { nominationId: 'tt-2025-n1', awardedOn: '2025-11-01' } },
    disburseScholarship: {
      role: 'hn',
      args: {
        awardId: 'cat-ba-2024-a1',
        amount: 1,
        paidOn: '2025-11-02',
        method: 'CASH',
        acknowledgedBy: 'Phụ huynh',
        idempotencyKey: 'fuzz-pay',
      },
    },
    createScholarshipDrive: {
      role: 'hn',
      args: {
        input: {
          title: 'Học bổng kiểm thử',
          purpose: 'Giúp học sinh',
          criteria: 'vượt khó học giỏi',
          scholarships: 2,
          amountEach: 1_000_000,
          opensOn: '2025-09-01',
          closesOn: '2025-12-31',
          exchangeProgrammeId: EXCHANGE,
          organisers: [{ cityCode: 'HN', organisationId: HN_UNION }],
          coSponsors: [{ cityCode: 'HN', unitId: NEWTON }],
          beneficiaries: [{ cityCode: 'HP', unitId: CAT_BA }],
        },
      },
    },
    changeDriveStatus: { role: 'hn', args: { driveId: fixtures.draftDriveId, status: 'OPEN' } },
    eraseDriveStudentData: { role: 'hn', args: { driveId: fixtures.draftDriveId } },
    recordSchoolPartnership: {
      role: 'newton',
      args: {
        input: {
          unitA: { cityCode: 'HN', id: NEWTON },
          unitB: { cityCode: 'HP', id: CAT_BA },
          movementCode: 'ket-nghia',
          startedOn: '2025-09-05',
          note: 'Kết nghĩa',
        },
      },
    },
    createExchangeProgramme: {
      role: 'hn',
      args: {
        input: {
          title: 'Giao lưu kiểm thử',
          kind: 'JOINT_EVENT',
          hostCity: 'HP',
          cityCodes: ['HN', 'HP'],
          startsOn: '2025-11-01',
          endsOn: '2025-11-02',
          place: 'Cát Bà',
          agendaCampaigns: ['hai-tot'],
        },
      },
    },
    addDelegationMember: {
      role: 'hn',
      args: {
        programmeId: EXCHANGE,
        input: {
          cityCode: 'HN',
          fullName: 'Nguyễn Thu Hà',
          position: 'Phó Chủ tịch',
          coChair: false,
          leaderId: null,
        },
      },
    },
    recordExchangeProgramme: {
      role: 'hn',
      args: {
        programmeId: EXCHANGE,
        status: 'HELD',
        outcomes: ['Thống nhất kế hoạch', 'Trao học bổng'],
        followUps: [
          {
            action: 'Gửi báo cáo',
            ownerCity: 'HN',
            ownerOrganisationId: HN_UNION,
            ownerUnitId: NEWTON,
            dueOn: '2025-12-01',
          },
        ],
        visitedUnits: [{ cityCode: 'HP', id: CAT_BA }],
      },
    },
    setFollowUpStatus: { role: 'hn', args: { id: `${EXCHANGE}-f1`, status: 'DONE' } },
    recordPartnershipActivity: {
      role: 'newton',
      args: {
        partnershipId: 'newton-cat-ba',
        input: { heldOn: '2025-05-10', kind: 'Giao lưu trực tuyến', participants: 60, note: 'Hai trường' },
      },
    },
    registerCity: {
      role: 'admin',
      args: { input: { code: 'DN', name: 'Đà Nẵng', englishName: 'Da Nang', joinedOn: '2026-11-22' } },
    },
  };
}
