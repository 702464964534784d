import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

describe(`recording a city's records through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  let officer: string;
  const asOfficer = (query: string, variables: Record<string, unknown> = {}) =>
    federation.query(query, variables, officer);
  const stats = async (schoolYear: string) =>
    (
      await asOfficer(
        `query($y: String!) { city(code: "HN") { stats(schoolYear: $y) {
        initiatives awards { kind issuerLevel recipientType recipients } trainings { sessions attendances } } } }`,
        { y: schoolYear },
      )
    ).data!.city.stats;
  const auditSize = async () =>
    (await asOfficer('{ cityAuditTrail(cityCode: "HN", first: 0) { totalCount } }')).data!.cityAuditTrail
      .totalCount;

  beforeAll(async () => {
    federation = await startFederation();
    officer = await federation.tokenFor({ sub: 'officer-ha', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('creates, updates and closes a unit, keeping its history; a stale version is a CONFLICT with nothing changed', async () => {
    const created = await asOfficer(`mutation { createGrassrootsUnion(cityCode: "HN", input: {
      schoolName: "Trường Tiểu học Đông Hội", schoolLevel: PRIMARY, districtId: "hn-dong-anh",
      managedById: "hn-cong-doan-nganh-giao-duc", memberCount: 41, validFrom: "2024-09-01" }) { id version name } }`);
    expect(created.data!.createGrassrootsUnion).toEqual({
      id: 'hn-truong-tieu-hoc-dong-hoi',
      version: 1,
      name: 'Công đoàn Trường Tiểu học Đông Hội',
    });
    const updated =
      await asOfficer(`mutation { updateGrassrootsUnion(cityCode: "HN", id: "hn-truong-tieu-hoc-dong-hoi",
      version: 1, input: { memberCount: 44 }) { version memberCount } }`);
    expect(updated.data!.updateGrassrootsUnion).toEqual({ version: 2, memberCount: 44 });

    const stale =
      await asOfficer(`mutation { updateGrassrootsUnion(cityCode: "HN", id: "hn-truong-tieu-hoc-dong-hoi",
      version: 1, input: { memberCount: 99 }) { version } }`);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const closed =
      await asOfficer(`mutation { closeGrassrootsUnion(cityCode: "HN", id: "hn-truong-tieu-hoc-dong-hoi", version: 2,
      input: { status: MERGED, validTo: "2025-06-30", note: "Sáp nhập vào Trường Tiểu học Đông Anh" }) { status validTo statusNote memberCount } }`);
    expect(closed.data!.closeGrassrootsUnion).toEqual({
      status: 'MERGED',
      validTo: '2025-06-30',
      statusNote: 'Sáp nhập vào Trường Tiểu học Đông Anh',
      memberCount: 44,
    });
    const found = await asOfficer(
      `{ city(code: "HN") { grassrootsUnions(search: "dong hoi") { edges { node { status } } } } }`,
    );
    expect(found.data!.city.grassrootsUnions.edges).toEqual([{ node: { status: 'MERGED' } }]);
  });

  it.each([
    ['memberCount: -1', /memberCount must not be less than 0/],
    ['districtId: "hn-atlantis"', /no district hn-atlantis/],
    ['managedById: "nobody"', /no organisation nobody/],
  ])('refuses a unit with %s, naming the field, and writes nothing', async (override, message) => {
    const before = [await auditSize()];
    const fields = {
      schoolName: '"Trường THCS Thử Lỗi"',
      schoolLevel: 'LOWER_SECONDARY',
      managedById: '"hn-cong-doan-nganh-giao-duc"',
      memberCount: '10',
    };
    const [key] = override.split(':');
    const input = Object.entries(fields)
      .filter(([name]) => name !== key)
      .map(([name, value]) => `${name}: ${value}`)
      .concat(override);
    const result = await asOfficer(
      `mutation { createGrassrootsUnion(cityCode: "HN", input: { ${input.join(', ')} }) { id } }`,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toMatch(message);
    const exists = await asOfficer(
      '{ grassrootsUnion(cityCode: "HN", id: "hn-truong-thcs-thu-loi") { id } }',
    );
    expect(exists.data!.grassrootsUnion).toBeNull();
    expect([await auditSize()]).toEqual(before);
  });

  it('records a campaign result, keeps an implausible figure and flags it, and replaces it only at the current version', async () => {
    const input = `{ campaignCode: "truong-hoc-hanh-phuc", schoolYear: "2024-2025", reportedById: "hn-ldld-thach-that",
      participants: 5000, target: 3000, achievementPercent: 167 }`;
    const recorded = await asOfficer(`mutation { recordCampaignResult(cityCode: "HN", input: ${input}) {
      version participants dataQualityWarnings { code } } }`);
    expect(recorded.data!.recordCampaignResult).toEqual({
      version: 1,
      participants: 5000,
      dataQualityWarnings: [{ code: 'PARTICIPANTS_EXCEED_MEMBERS' }],
    });
    const again = await asOfficer(
      `mutation { recordCampaignResult(cityCode: "HN", input: ${input}) { version } }`,
    );
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const replaced =
      await asOfficer(`mutation { recordCampaignResult(cityCode: "HN", version: 1, input: { campaignCode: "truong-hoc-hanh-phuc",
      schoolYear: "2024-2025", reportedById: "hn-ldld-thach-that", participants: 3100 }) { version participants target } }`);
    expect(replaced.data!.recordCampaignResult).toEqual({ version: 2, participants: 3100, target: null });
  });

  it('refuses a result for a campaign the city does not run, and a malformed school year', async () => {
    const unknown =
      await asOfficer(`mutation { recordCampaignResult(cityCode: "HN", input: { campaignCode: "khong-co",
      schoolYear: "2024-2025", reportedById: "hn-cong-doan-nganh-giao-duc" }) { id } }`);
    expect(unknown.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.campaignCode' },
    });
    const year =
      await asOfficer(`mutation { recordCampaignResult(cityCode: "HN", input: { campaignCode: "hai-tot",
      schoolYear: "2024-2026", reportedById: "hn-cong-doan-nganh-giao-duc" }) { id } }`);
    expect(year.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records and revokes an award decision; a revoked one leaves the tallies but stays on record', async () => {
    const recorded =
      await asOfficer(`mutation { recordAwardDecision(cityCode: "HN", input: { schoolYear: "2024-2025",
      kind: GIAY_KHEN, issuerLevel: CITY_EDUCATION_UNION, recipientType: COLLECTIVE, recipientCount: 7,
      decisionNumber: "125/QĐ-CĐN", decisionDate: "2025-05-20" }) { id version status } }`);
    const { id } = recorded.data!.recordAwardDecision;
    const tally = (s: any) =>
      s.awards.find((a: any) => a.kind === 'GIAY_KHEN' && a.issuerLevel === 'CITY_EDUCATION_UNION');
    expect(tally(await stats('2024-2025'))).toMatchObject({ recipients: 7 });
    const zero =
      await asOfficer(`mutation { recordAwardDecision(cityCode: "HN", input: { schoolYear: "2024-2025",
      kind: GIAY_KHEN, issuerLevel: CITY_EDUCATION_UNION, recipientType: COLLECTIVE, recipientCount: 0 }) { id } }`);
    expect(JSON.stringify(zero.errors)).toMatch(/recipientCount must be at least 1/);

    const revoked =
      await asOfficer(`mutation { revokeAwardDecision(cityCode: "HN", id: "${id}", version: 1, reason: "Nhầm đối tượng") {
      status note version } }`);
    expect(revoked.data!.revokeAwardDecision).toEqual({
      status: 'REVOKED',
      note: 'Revoked: Nhầm đối tượng',
      version: 2,
    });
    expect(tally(await stats('2024-2025'))).toBeUndefined();
    const listed = await asOfficer(
      `{ city(code: "HN") { awardDecisions(schoolYear: "2024-2025", status: REVOKED) { totalCount } } }`,
    );
    expect(listed.data!.city.awardDecisions.totalCount).toBe(1);
  });

  it('records initiatives on the configured grading scale and trainings, counted by City.stats', async () => {
    const before = await stats('2025-2026');
    const ok =
      await asOfficer(`mutation { recordInitiative(cityCode: "HN", input: { title: "Ứng dụng trí tuệ nhân tạo trong soạn bài",
      authorName: "Nguyễn Thu Hà", unitId: "hn-thcs-thpt-newton", schoolYear: "2025-2026", level: CITY, grade: "A" }) { grade unit { name } } }`);
    expect(ok.data!.recordInitiative).toEqual({
      grade: 'A',
      unit: { name: 'Công đoàn Trường THCS-THPT Newton' },
    });
    const badGrade =
      await asOfficer(`mutation { recordInitiative(cityCode: "HN", input: { title: "Thử", authorName: "An",
      schoolYear: "2025-2026", level: CITY, grade: "A+" }) { id } }`);
    expect(JSON.stringify(badGrade.errors)).toMatch(/grade must be one of A, B, C/);
    await asOfficer(`mutation { recordTraining(cityCode: "HN", input: { title: "Tập huấn Luật Công đoàn 2024",
      organiserId: "hn-cong-doan-nganh-giao-duc", schoolYear: "2025-2026", heldOn: "2025-10-11", classes: 2, attendances: 180 }) { id } }`);
    const after = await stats('2025-2026');
    expect(after.initiatives).toBe(before.initiatives + 1);
    expect(after.trainings).toEqual({
      sessions: before.trainings.sessions + 1,
      attendances: before.trainings.attendances + 180,
    });
  });
});
