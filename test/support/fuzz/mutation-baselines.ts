import type { Baseline, Fixtures } from './baseline-types';
import { HN_UNION, NEWTON } from './baseline-types';
import { cooperationBaselines } from './cooperation-baselines';

const csv = Buffer.from(
  'Tên trường,Cấp học,Đơn vị quản lý,Số đoàn viên\nTrường Tiểu học Thử,Tiểu học,hn-cong-doan-nganh-giao-duc,12\n',
).toString('base64');

/** The valid call of every mutation: the city subgraph's here, the hub's in cooperation-baselines.ts. */
export function baselines(fixtures: Fixtures): Record<string, Baseline> {
  return { ...cityBaselines(fixtures), ...cooperationBaselines(fixtures) };
}

function cityBaselines(fixtures: Fixtures): Record<string, Baseline> {
  const city = (args: Record<string, unknown>): Baseline => ({
    role: 'hn',
    args: { cityCode: 'HN', ...args },
  });
  return {
    createGrassrootsUnion: city({
      input: {
        schoolName: 'Trường Tiểu học Kiểm Thử',
        name: 'Công đoàn Trường Tiểu học Kiểm Thử',
        schoolLevel: 'PRIMARY',
        districtId: 'hn-dong-anh',
        managedById: HN_UNION,
        memberCount: 30,
        validFrom: '2024-09-01',
      },
    }),
    updateGrassrootsUnion: city({
      id: NEWTON,
      version: 1,
      input: {
        name: 'Công đoàn Newton',
        schoolName: 'Trường THCS-THPT Newton',
        schoolLevel: 'MULTI_LEVEL',
        districtId: 'hn-dong-anh',
        managedById: HN_UNION,
        memberCount: 60,
      },
    }),
    closeGrassrootsUnion: city({
      id: 'hn-truong-tieu-hoc-kiem-thu',
      version: 1,
      input: { status: 'MERGED', validTo: '2025-06-30', note: 'Sáp nhập' },
    }),
    moveGrassrootsUnion: city({
      id: NEWTON,
      version: 1,
      input: { parentId: 'hn-cong-doan-xa-hoa-lac', from: '2025-09-01', note: 'Theo quyết định 12/QĐ-LĐLĐ' },
    }),
    recordCampaignResult: city({
      input: {
        campaignCode: 'hai-tot',
        schoolYear: '2024-2025',
        reportedById: HN_UNION,
        participants: 100,
        participatingUnits: 3,
        initiativesSubmitted: 4,
        initiativesGraded: 2,
        initiativesGradeA: 1,
        target: 120,
        achievementPercent: 83,
        collectivesCommended: 1,
        individualsCommended: 2,
        highlights: 'Nổi bật\nnhiều đơn vị',
      },
    }),
    recordAwardDecision: city({
      input: {
        schoolYear: '2024-2025',
        kind: 'GIAY_KHEN',
        issuerLevel: 'CITY_EDUCATION_UNION',
        recipientType: 'COLLECTIVE',
        recipientCount: 3,
        recipientName: 'Tập thể giáo viên',
        recipientUnitId: NEWTON,
        scopeOrganisationId: HN_UNION,
        decisionNumber: '12/QĐ-CĐN',
        decisionDate: '2025-05-20',
        note: 'Khen thưởng',
      },
    }),
    revokeAwardDecision: city({ id: fixtures.awardDecisionId, version: 1, reason: 'Nhầm đối tượng' }),
    recordInitiative: city({
      input: {
        title: 'Sáng kiến kiểm thử',
        authorName: 'Nguyễn Thu Hà',
        unitId: NEWTON,
        schoolYear: '2025-2026',
        level: 'CITY',
        grade: 'A',
      },
    }),
    recordTraining: city({
      input: {
        title: 'Tập huấn kiểm thử',
        organiserId: HN_UNION,
        schoolYear: '2025-2026',
        heldOn: '2025-10-11',
        classes: 1,
        attendances: 20,
        attendancesAtLeast: false,
      },
    }),
    importCityRecords: city({ fileName: 'units.csv', contentBase64: csv, kind: 'UNITS', dryRun: true }),
    recordMember: city({
      input: {
        unitId: NEWTON,
        fullName: 'Đặng Thu Trang',
        gender: 'FEMALE',
        dateOfBirth: '1992-03-08',
        position: 'Giáo viên',
        joinedOn: '2015-09-01',
        phone: '0912345678',
        address: 'Cầu Giấy, Hà Nội',
        nationalId: '001192012345',
      },
    }),
    updateMemberContact: city({
      id: `${NEWTON}-m001`,
      input: { phone: '0987654321', address: 'Đống Đa, Hà Nội' },
    }),
  };
}
