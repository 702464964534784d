import {
  DelegationMember,
  ExchangeProgramme,
  FollowUpAction,
  FollowUpStatus,
  PartnershipActivity,
  ProgrammeKind,
  ProgrammeStatus,
  ProgrammeVisit,
} from '../../services/cooperation/src/entities/programme.entity';
import { HN_HP_EXCHANGE_ID } from './drives';

const UNNAMED = '(không nêu tên)'; // the article lists these roles, not their names

/** The Hà Nội – Hải Phòng programme of SEED-FACTS, co-chaired by both chairs; held in Cát Bà. */
export function demoProgrammes() {
  const programme: ExchangeProgramme = Object.assign(new ExchangeProgramme(), {
    id: HN_HP_EXCHANGE_ID,
    title: 'Chia sẻ kinh nghiệm trong đẩy mạnh các phong trào thi đua, cuộc vận động mang tính ngành nghề',
    kind: ProgrammeKind.EXPERIENCE_SHARING,
    hostCity: 'HP',
    cityCodes: ['HP', 'HN'],
    startsOn: '2024-03-16',
    endsOn: '2024-03-16',
    place: 'Cát Bà, Hải Phòng',
    status: ProgrammeStatus.HELD,
    agendaCampaigns: [
      'ho-tro-giao-duc-mien-nui',
      'nha-giao-ha-noi-giup-do-hoc-sinh',
      'nha-truong-cung-chung-tay',
    ],
    outcomes: [
      '20 suất học bổng, mỗi suất 1.000.000 đồng, cho học sinh vượt khó học giỏi của Trường THPT Cát Bà và Phòng GD&ĐT huyện Cát Hải',
      'Hai công đoàn ngành hiểu về nhau hơn, có tiếng nói chung trong thực hiện chức năng, nhiệm vụ',
    ],
    isDemo: false,
  });
  const roles = ['Phó Chủ tịch', 'Ủy viên Ban Chấp hành', 'Ủy viên Ủy ban kiểm tra', 'Cán bộ chuyên trách'];
  const delegation = (cityCode: string, chair: string, leaderId: string): DelegationMember[] => [
    Object.assign(new DelegationMember(), {
      id: `${HN_HP_EXCHANGE_ID}-${cityCode}-chair`,
      programmeId: HN_HP_EXCHANGE_ID,
      cityCode,
      fullName: chair,
      position: 'Chủ tịch',
      coChair: true,
      leaderId,
      organisationId: null,
    }),
    ...roles.map((position, i) =>
      Object.assign(new DelegationMember(), {
        id: `${HN_HP_EXCHANGE_ID}-${cityCode}-${i + 1}`,
        programmeId: HN_HP_EXCHANGE_ID,
        cityCode,
        fullName: UNNAMED,
        position,
        coChair: false,
        leaderId: null,
        organisationId: null,
      }),
    ),
  ];
  return {
    programmes: [programme],
    members: [
      ...delegation('HP', 'Trần Văn Thắng', 'hp-tran-van-thang'),
      ...delegation('HN', 'Đỗ Văn Nam', 'hn-do-van-nam-chair'),
    ],
    visits: [
      Object.assign(new ProgrammeVisit(), {
        programmeId: HN_HP_EXCHANGE_ID,
        cityCode: 'HP',
        unitId: 'hp-thpt-cat-ba',
      }),
    ],
    followUps: [
      Object.assign(new FollowUpAction(), {
        id: `${HN_HP_EXCHANGE_ID}-f1`,
        programmeId: HN_HP_EXCHANGE_ID,
        action:
          'Đoàn Công đoàn ngành Giáo dục Hải Phòng thăm, học tập mô hình "Nhà trường cùng chung tay phát triển" tại Hà Nội (demo)',
        ownerCity: 'HP',
        ownerOrganisationId: 'hp-cong-doan-nganh-giao-duc',
        ownerUnitId: null,
        dueOn: '2024-12-31',
        status: FollowUpStatus.OPEN,
      }),
    ],
    activities: [
      Object.assign(new PartnershipActivity(), {
        id: 'newton-cat-ba-a1',
        partnershipId: 'newton-cat-ba',
        heldOn: '2024-03-16',
        kind: 'Trao học bổng',
        participants: 40,
        note: 'Demo: recorded with the Cát Bà scholarships.',
      }),
      Object.assign(new PartnershipActivity(), {
        id: 'tx-tt-1-a1',
        partnershipId: 'tx-tt-1',
        heldOn: '2023-03-20',
        kind: 'Sinh hoạt chuyên môn chung',
        participants: 25,
        note: 'Demo',
      }),
    ],
  };
}
