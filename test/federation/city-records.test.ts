import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

/** Every SEED-FACTS figure that belongs to a city, queried through the gateway. */
describe(`city records from SEED-FACTS through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const awardsOf = async (cityCode: string, schoolYear: string) => {
    const result = await federation.query(
      `query($code: String!, $year: String!) { city(code: $code) {
        awardDecisions(schoolYear: $year, first: 50) { totalCount edges { node {
          kind kindName issuerLevel recipientType recipientCount decisionDate scope { name } } } } } }`,
      { code: cityCode, year: schoolYear },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.city.awardDecisions.edges.map(({ node }: any) =>
      [node.kindName, node.issuerLevel, node.recipientType, node.recipientCount].join(' · '),
    );
  };

  it('Thạch Thất 2022-2023: 11,145 took part, 682 graded, 31 grade A — kept and flagged against 3,319 members', async () => {
    const result = await federation.query(`{ city(code: "HN") {
      campaignResults(schoolYear: "2022-2023", first: 50) { edges { node {
        campaignCode participants initiativesSubmitted initiativesGraded initiativesGradeA achievementPercent
        reportedBy { name } campaign { name launchedBy } dataQualityWarnings { code message } } } } } }`);
    expect(result.errors).toBeUndefined();
    const byCode = Object.fromEntries(
      result
        .data!.city.campaignResults.edges.map(({ node }: any) => node)
        .filter((node: any) => node.reportedBy.name === 'Liên đoàn Lao động huyện Thạch Thất')
        .map((node: any) => [node.campaignCode, node]),
    );
    expect(byCode['sang-kien-sang-tao']).toMatchObject({
      participants: 11_145,
      initiativesGraded: 682,
      initiativesGradeA: 31,
    });
    expect(byCode['mot-trieu-sang-kien']).toMatchObject({
      participants: 11_145,
      initiativesSubmitted: 11_145,
      achievementPercent: 2_880,
      campaign: {
        name: '1 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19',
        launchedBy: 'Tổng LĐLĐ Việt Nam',
      },
    });
    expect(byCode['mot-trieu-sang-kien'].dataQualityWarnings).toEqual([
      {
        code: 'PARTICIPANTS_EXCEED_MEMBERS',
        message: '11145 participants reported against 3319 members in 2022-2023',
      },
    ]);
  });

  it('Thạch Thất 2022-2023 titles and awards, exactly', async () => {
    const thachThat = (await awardsOf('HN', '2022-2023')).sort();
    expect(thachThat).toEqual(
      [
        'Lao động tiên tiến · GOVERNMENT · COLLECTIVE · 62',
        'Chiến sĩ thi đua cơ sở · GOVERNMENT · INDIVIDUAL · 286',
        'Lao động tiên tiến · GOVERNMENT · INDIVIDUAL · 1774',
        'Bằng khen · TONG_LDLD_VIET_NAM · COLLECTIVE · 1',
        'Bằng khen · TONG_LDLD_VIET_NAM · INDIVIDUAL · 3',
        'Cờ thi đua · LDLD_THANH_PHO · COLLECTIVE · 1',
        'Bằng khen · LDLD_THANH_PHO · COLLECTIVE · 4',
        'Bằng khen · LDLD_THANH_PHO · INDIVIDUAL · 6',
        'Giấy khen · DISTRICT_FEDERATION · COLLECTIVE · 17',
        'Giấy khen · DISTRICT_FEDERATION · INDIVIDUAL · 18',
      ].sort(),
    );
  });

  it('Hải Phòng 2022-2023 awards from the review conference of 27/9/2023, exactly', async () => {
    expect((await awardsOf('HP', '2022-2023')).sort()).toEqual(
      [
        'Cờ thi đua · TONG_LDLD_VIET_NAM · COLLECTIVE · 4',
        'Cờ thi đua · CONG_DOAN_GIAO_DUC_VIET_NAM · COLLECTIVE · 12',
        'Bằng khen · CONG_DOAN_GIAO_DUC_VIET_NAM · COLLECTIVE · 65',
        'Bằng khen · CONG_DOAN_GIAO_DUC_VIET_NAM · INDIVIDUAL · 278',
        'Cờ thi đua · LDLD_THANH_PHO · COLLECTIVE · 18',
      ].sort(),
    );
  });

  it('Hải Phòng’s theme for 2023-2024 with 8 targets and 9 groups of solutions', async () => {
    const result = await federation.query(`{ city(code: "HP") { annualPlan(schoolYear: "2023-2024") {
      theme targets solutionGroups adoptedOn } } }`);
    expect(result.data!.city.annualPlan).toEqual({
      theme:
        'Đoàn kết, kỷ cương, đổi mới, sáng tạo, hoàn thành tốt các nhiệm vụ và mục tiêu đổi mới, nâng cao chất lượng giáo dục và đào tạo',
      targets: 8,
      solutionGroups: 9,
      adoptedOn: '2023-09-27',
    });
  });

  it('Thạch Thất’s 5 training classes with 500+ attendances', async () => {
    const result = await federation.query(`{ city(code: "HN") { trainings(schoolYear: "2022-2023") {
      classes attendances attendancesAtLeast organiser { name } } } }`);
    expect(result.data!.city.trainings).toEqual([
      {
        classes: 5,
        attendances: 500,
        attendancesAtLeast: true,
        organiser: { name: 'Liên đoàn Lao động huyện Thạch Thất' },
      },
    ]);
  });

  it('the coordination agreements, their dates and parties, and the 05/CTPH review’s 10 + 5 Bằng khen', async () => {
    const result = await federation.query(`{ city(code: "HN") { coordinationAgreements {
      number kind signedOn parties periodStartYear periodEndYear
      reviews { summary awards { kindName issuerLevel recipientType recipientCount } } } } }`);
    const agreements = result.data!.city.coordinationAgreements;
    const byNumber = Object.fromEntries(agreements.map((agreement: any) => [agreement.number, agreement]));
    expect(byNumber['05/CTPH-LĐLĐ-GDĐT']).toMatchObject({
      kind: 'PROGRAMME',
      signedOn: '2017-10-26',
      parties: ['Liên đoàn Lao động thành phố Hà Nội', 'Sở Giáo dục và Đào tạo Hà Nội'],
      periodStartYear: 2017,
      periodEndYear: 2021,
    });
    expect(byNumber['05/CTPH-LĐLĐ-GDĐT'].reviews[0].awards).toEqual([
      {
        kindName: 'Bằng khen',
        issuerLevel: 'LDLD_THANH_PHO',
        recipientType: 'COLLECTIVE',
        recipientCount: 10,
      },
      {
        kindName: 'Bằng khen',
        issuerLevel: 'LDLD_THANH_PHO',
        recipientType: 'INDIVIDUAL',
        recipientCount: 5,
      },
    ]);
    expect(byNumber['2731/KHLT-SGDĐT-CĐN']).toMatchObject({ kind: 'PLAN', signedOn: '2020-08-27' });
    expect(byNumber['17/KHPH-GD&ĐT-LĐLĐ']).toMatchObject({
      signedOn: '2020-09-04',
      periodStartYear: 2020,
      periodEndYear: 2021,
    });
    expect(byNumber['704/HD-TLĐ']).toMatchObject({ kind: 'GUIDANCE', signedOn: '2017-05-12' });
    expect(byNumber['01/ĐA-LĐLĐ']).toMatchObject({ kind: 'SCHEME', signedOn: '2017-06-09' });
    expect(agreements.find((agreement: any) => agreement.signedOn === '2022-01-14')).toMatchObject({
      number: null,
      periodStartYear: 2022,
      periodEndYear: 2025,
    });
  });

  it('the named campaigns, with their launching bodies', async () => {
    const result = await federation.query(
      `{ city(code: "HN") { campaigns { code name kind launchedBy isLocal } } }`,
    );
    const names = result.data!.city.campaigns.map((campaign: any) => campaign.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Hỗ trợ giáo dục miền núi, vùng sâu, vùng xa, vùng đặc biệt khó khăn',
        'Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo',
        'Nhà giáo Hà Nội giúp đỡ học sinh khó khăn',
        'Xây dựng nhà trường văn hóa - Nhà giáo mẫu mực - Học sinh thanh lịch',
        'Trường học hạnh phúc',
        'Giỏi việc nước - Đảm việc nhà',
        'Xanh sạch đẹp, đảm bảo an toàn vệ sinh lao động',
        'Dân chủ - Kỷ cương - Tình thương - Trách nhiệm',
        'Nói không với tiêu cực và bệnh thành tích trong giáo dục',
        'Dân vận khéo',
      ]),
    );
    expect(names).toHaveLength(19);
  });

  it('City.stats aggregates a school year: members, initiatives by grade, awards by kind × issuer, trainings', async () => {
    const result = await federation.query(`{ city(code: "HN") { stats(schoolYear: "2022-2023") {
      grassrootsUnions members initiatives initiativesByGrade { grade count }
      awards { kind issuerLevel recipientType decisions recipients } trainings { sessions classes attendances } } } }`);
    expect(result.errors).toBeUndefined();
    const stats = result.data!.city.stats;
    expect(stats).toMatchObject({ grassrootsUnions: 315, members: 16_579, initiatives: 982 });
    expect(stats.initiativesByGrade.find((row: any) => row.grade === 'A').count).toBe(31 + 24);
    expect(stats.awards).toContainEqual({
      kind: 'LAO_DONG_TIEN_TIEN',
      issuerLevel: 'GOVERNMENT',
      recipientType: 'INDIVIDUAL',
      decisions: 1,
      recipients: 1_774,
    });
    expect(stats.trainings).toEqual({ sessions: 1, classes: 5, attendances: 500 });
  });

  it('breaks a year down by district, Thạch Thất showing its 85 units and 3,319 members', async () => {
    const result = await federation.query(`{ city(code: "HN") { districtBreakdown(schoolYear: "2022-2023") {
      district { name } grassrootsUnions members initiatives } } }`);
    const thachThat = result.data!.city.districtBreakdown.find(
      (row: any) => row.district?.name === 'Thạch Thất',
    );
    expect(thachThat).toEqual({
      district: { name: 'Thạch Thất' },
      grassrootsUnions: 85 + 7,
      members: expect.any(Number),
      initiatives: expect.any(Number),
    });
  });

  it('refuses a malformed school year with BAD_USER_INPUT', async () => {
    const result = await federation.query(`{ city(code: "HN") { stats(schoolYear: "2022") { members } } }`);
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'schoolYear' },
    });
  });

  it('keeps each unit’s membership per school year, public', async () => {
    const result = await federation.query(`{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") {
      memberCount membershipHistory { schoolYear members } } }`);
    const unit = result.data!.grassrootsUnion;
    expect(unit.membershipHistory.map((year: any) => year.schoolYear)).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
      '2024-2025',
      // The first year after the reorganisation: the school exists, under Công đoàn đặc khu Cát Hải.
      '2025-2026',
    ]);
    expect(unit.membershipHistory[1].members).toBe(unit.memberCount);
  });
});
