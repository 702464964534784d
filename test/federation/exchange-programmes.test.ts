import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

describe(`exchange programmes and school twinning (${ENGINE})`, () => {
  let federation: RunningFederation;
  const token: Record<string, string> = {};
  const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
    federation.query(query, variables, token[who]);
  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;
  const programmeCount = async () =>
    (await as('hn', '{ exchangeProgrammes { id } }')).data!.exchangeProgrammes.length;

  beforeAll(async () => {
    federation = await startFederation({
      cities: [
        { code: 'HN', name: 'Hà Nội' },
        { code: 'HP', name: 'Hải Phòng' },
        { code: 'DN', name: 'Đà Nẵng' },
      ],
    });
    token.hn = await federation.tokenFor({ sub: 'hn', role: 'city-officer', city: 'HN' });
    token.hp = await federation.tokenFor({ sub: 'hp', role: 'city-officer', city: 'HP' });
    token.dn = await federation.tokenFor({ sub: 'dn', role: 'city-officer', city: 'DN' });
    token.catBa = await federation.tokenFor({
      sub: 'catba',
      role: 'school-officer',
      unit: 'HP/hp-thpt-cat-ba',
    });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('holds the Hà Nội–Hải Phòng programme: both chairs co-chairing, leaders and visited units from their cities, the Cát Bà drive as outcome', async () => {
    const result =
      await federation.query(`{ exchangeProgrammes(cityCode: "HN", year: 2024) { id title kind status place host { name }
      delegationMembers { cityCode fullName position coChair leader { fullName title organisation { name } } }
      agenda { name } visitedUnits { cityCode name } outcomes
      scholarshipDrives { scholarships amountEach totals { awarded } } } }`);
    expect(result.errors).toBeUndefined();
    const [programme] = result.data!.exchangeProgrammes;
    expect(programme).toMatchObject({
      title: 'Chia sẻ kinh nghiệm trong đẩy mạnh các phong trào thi đua, cuộc vận động mang tính ngành nghề',
      kind: 'EXPERIENCE_SHARING',
      status: 'HELD',
      host: { name: 'Hải Phòng' },
      visitedUnits: [{ cityCode: 'HP', name: 'Công đoàn Trường THPT Cát Bà' }],
      scholarshipDrives: [{ scholarships: 20, amountEach: 1_000_000, totals: { awarded: 20_000_000 } }],
    });
    const coChairs = programme.delegationMembers.filter((m: any) => m.coChair);
    expect(coChairs).toEqual([
      {
        cityCode: 'HN',
        fullName: 'Đỗ Văn Nam',
        position: 'Chủ tịch',
        coChair: true,
        leader: {
          fullName: 'Đỗ Văn Nam',
          title: 'Chủ tịch',
          organisation: { name: 'Công đoàn ngành Giáo dục Hà Nội' },
        },
      },
      {
        cityCode: 'HP',
        fullName: 'Trần Văn Thắng',
        position: 'Chủ tịch',
        coChair: true,
        leader: {
          fullName: 'Trần Văn Thắng',
          title: 'Chủ tịch',
          organisation: { name: 'Công đoàn ngành Giáo dục Hải Phòng' },
        },
      },
    ]);
    expect(programme.delegationMembers.map((m: any) => m.position)).toEqual(
      expect.arrayContaining([
        'Phó Chủ tịch',
        'Ủy viên Ban Chấp hành',
        'Ủy viên Ủy ban kiểm tra',
        'Cán bộ chuyên trách',
      ]),
    );
    expect(programme.agenda.map((c: any) => c.name)).toContain('Nhà giáo Hà Nội giúp đỡ học sinh khó khăn');
  });

  it('lists overdue follow-ups and twinning partners with their activity', async () => {
    const overdue = await federation.query(
      '{ overdueFollowUps { action ownerCity isOverdue ownerOrganisation { name } } }',
    );
    expect(overdue.data!.overdueFollowUps[0]).toMatchObject({
      ownerCity: 'HP',
      isOverdue: true,
      ownerOrganisation: { name: 'Công đoàn ngành Giáo dục Hải Phòng' },
    });
    const partners = await federation.query(`{ unitPartnerships(cityCode: "HP", unitId: "hp-thpt-cat-ba") {
      isCrossCity unitA { cityCode name } movementCode activities { kind participants } } }`);
    expect(partners.data!.unitPartnerships).toEqual([
      {
        isCrossCity: true,
        unitA: { cityCode: 'HN', name: 'Công đoàn Trường THCS-THPT Newton' },
        movementCode: null,
        activities: [{ kind: 'Trao học bổng', participants: 40 }],
      },
    ]);
    const twinning = await federation.query(
      '{ schoolPartnerships(cityCode: "HN") { edges { node { movementCode } } } }',
    );
    expect(
      twinning.data!.schoolPartnerships.edges.filter(
        (e: any) => e.node.movementCode === 'nha-truong-cung-chung-tay',
      ),
    ).toHaveLength(3);
  });

  it('lets only officers of participating cities plan and change a programme', async () => {
    const input = {
      title: 'Tập huấn chung về chuyển đổi số',
      kind: 'JOINT_TRAINING',
      hostCity: 'HN',
      cityCodes: ['HN', 'HP'],
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      place: 'Hà Nội',
      agendaCampaigns: ['doi-moi-sang-tao-day-hoc'],
    };
    const plan = `mutation($input: ProgrammeInput!) { createExchangeProgramme(input: $input) { id cityCodes status } }`;
    expect(code(await as('dn', plan, { input }))).toBe('FORBIDDEN');
    const created = await as('hn', plan, { input });
    expect(created.data!.createExchangeProgramme).toMatchObject({
      cityCodes: ['HN', 'HP'],
      status: 'PLANNED',
    });
    const id = created.data!.createExchangeProgramme.id;
    const member = (who: string, cityCode: string) =>
      as(
        who,
        `mutation { addDelegationMember(programmeId: "${id}", input: { cityCode: "${cityCode}", fullName: "Nguyễn Thu Hà", position: "Phó Chủ tịch" }) { cityCode } }`,
      );
    expect(code(await member('dn', 'DN'))).toBe('BAD_USER_INPUT'); // DN does not take part
    expect(code(await member('hn', 'HP'))).toBe('FORBIDDEN'); // HN cannot fill HP's delegation
    expect((await member('hp', 'HP')).data!.addDelegationMember).toEqual({ cityCode: 'HP' });
    const record = (who: string) =>
      as(
        who,
        `mutation { recordExchangeProgramme(programmeId: "${id}", status: HELD, outcomes: ["Hai bên thống nhất kế hoạch"],
          followUps: [{ action: "Chia sẻ tài liệu", ownerCity: "HP", dueOn: "2027-01-15" }],
          visitedUnits: [{ cityCode: "HN", id: "hn-thcs-thpt-newton" }]) {
          status outcomes followUps { id ownerCity isOverdue } visitedUnits { name } delegations { cityCode size } } }`,
      );
    expect(code(await record('dn'))).toBe('FORBIDDEN');
    const recorded = (await record('hp')).data!.recordExchangeProgramme;
    expect(recorded).toMatchObject({
      status: 'HELD',
      outcomes: ['Hai bên thống nhất kế hoạch'],
      followUps: [{ ownerCity: 'HP', isOverdue: false }],
      visitedUnits: [{ name: 'Công đoàn Trường THCS-THPT Newton' }],
      delegations: [
        { cityCode: 'HN', size: 0 },
        { cityCode: 'HP', size: 1 },
      ],
    });
    const done = (who: string) =>
      as(who, `mutation { setFollowUpStatus(id: "${recorded.followUps[0].id}", status: DONE) { status } }`);
    expect(code(await done('hn'))).toBe('FORBIDDEN'); // the action is Hải Phòng's
    expect((await done('hp')).data!.setFollowUpStatus).toEqual({ status: 'DONE' });
  });

  it.each([
    [
      'ending before it starts',
      { startsOn: '2026-12-02', endsOn: '2026-12-01' },
      /endsOn is before startsOn/,
    ],
    ['with a city not in the registry', { cityCodes: ['HN', 'QN'] }, /QN is not in the hub's registry/],
    [
      'an unknown agenda campaign',
      { agendaCampaigns: ['khong-co'] },
      /khong-co is not in the campaign catalog/,
    ],
  ])('refuses a programme %s, writing nothing', async (_case, override, message) => {
    const before = await programmeCount();
    const input = {
      title: 'Thử',
      kind: 'STUDY_VISIT',
      hostCity: 'HN',
      cityCodes: ['HN', 'HP'],
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      ...override,
    };
    const result = await as(
      'hn',
      'mutation($input: ProgrammeInput!) { createExchangeProgramme(input: $input) { id } }',
      { input },
    );
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(message);
    expect(await programmeCount()).toBe(before);
  });

  it('logs twinning activity for partner officers only', async () => {
    const log = (who: string) =>
      as(
        who,
        `mutation { recordPartnershipActivity(partnershipId: "newton-cat-ba", input: { heldOn: "2025-05-10", kind: "Giao lưu trực tuyến", participants: 60 }) { kind } }`,
      );
    expect(code(await log('dn'))).toBe('FORBIDDEN');
    expect((await log('catBa')).data!.recordPartnershipActivity).toEqual({ kind: 'Giao lưu trực tuyến' });
  });

  const plan = async (cityCodes: string[]) =>
    (
      await as('hn', 'mutation($input: ProgrammeInput!) { createExchangeProgramme(input: $input) { id } }', {
        input: {
          title: 'Giao lưu kiểm tra tham chiếu',
          kind: 'STUDY_VISIT',
          hostCity: 'HN',
          cityCodes,
          startsOn: '2026-12-01',
          endsOn: '2026-12-02',
        },
      })
    ).data!.createExchangeProgramme.id as string;
  const recorded = (id: string) =>
    as('hn', `{ exchangeProgramme(id: "${id}") { status outcomes followUps { id } visitedUnits { id } } }`);
  const argument = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.argument;

  it('checks every reference to a city’s records against that city when written, writing nothing on a refusal', async () => {
    const id = await plan(['HN', 'HP']);
    const before = await recorded(id);
    const record = (
      visitedUnits: string,
      followUp = '{ action: "Gửi tài liệu", ownerCity: "HP", dueOn: "2027-01-15" }',
    ) =>
      as(
        'hn',
        `mutation { recordExchangeProgramme(programmeId: "${id}", status: HELD, outcomes: ["Đã giao lưu"],
          followUps: [${followUp}], visitedUnits: ${visitedUnits}) { status } }`,
      );
    const refusals = [
      await record('[{ cityCode: "HN", id: "no-such-unit" }]'),
      await record('[{ cityCode: "HP", id: "hn-thcs-thpt-newton" }]'), // Newton is in Hà Nội
      await record(
        '[]',
        '{ action: "Gửi tài liệu", ownerCity: "HP", ownerUnitId: "no-such-unit", dueOn: "2027-01-15" }',
      ),
      await record(
        '[]',
        '{ action: "Gửi tài liệu", ownerCity: "HP", ownerOrganisationId: "no-such-body", dueOn: "2027-01-15" }',
      ),
    ];
    expect(refusals.map((r) => [code(r), argument(r)])).toEqual([
      ['BAD_USER_INPUT', 'visitedUnits'],
      ['BAD_USER_INPUT', 'visitedUnits'],
      ['BAD_USER_INPUT', 'followUps.ownerUnitId'],
      ['BAD_USER_INPUT', 'followUps.ownerOrganisationId'],
    ]);
    expect(refusals[0].errors?.[0].message).toMatch(/HN has no grassroots union "no-such-unit"/);
    expect(await recorded(id)).toEqual(before);
    const accepted = await record(
      '[{ cityCode: "HP", id: "hp-thpt-cat-ba" }]',
      '{ action: "Gửi tài liệu", ownerCity: "HP", ownerOrganisationId: "hp-cong-doan-nganh-giao-duc", dueOn: "2027-01-15" }',
    );
    expect(accepted.errors).toBeUndefined();

    const member = (leaderId: string) =>
      as(
        'hn',
        `mutation { addDelegationMember(programmeId: "${id}", input: { cityCode: "HN", fullName: "Đỗ Văn Nam",
          position: "Chủ tịch", leaderId: "${leaderId}" }) { leader { fullName } } }`,
      );
    const unknownLeader = await member('no-such-leader');
    expect([code(unknownLeader), argument(unknownLeader)]).toEqual(['BAD_USER_INPUT', 'input.leaderId']);
    expect((await member('hn-do-van-nam-chair')).data!.addDelegationMember).toEqual({
      leader: { fullName: 'Đỗ Văn Nam' },
    });

    const partnership = await as(
      'hn',
      `mutation { recordSchoolPartnership(input: { unitA: { cityCode: "HN", id: "hn-thcs-thpt-newton" },
        unitB: { cityCode: "HP", id: "no-such-unit" }, startedOn: "2025-01-01" }) { id } }`,
    );
    expect([code(partnership), argument(partnership)]).toEqual(['BAD_USER_INPUT', 'input.unitB']);
  });

  // Last: it stops Đà Nẵng.
  it('keeps a list whole when a visited unit’s city is down, and refuses to store what it cannot check', async () => {
    const id = await plan(['HN', 'DN']);
    const visited = await as(
      'hn',
      `mutation { recordExchangeProgramme(programmeId: "${id}", status: HELD,
        visitedUnits: [{ cityCode: "HN", id: "hn-thcs-thpt-newton" }, { cityCode: "DN", id: "dn-truong-thpt-anh-duong" }]) {
        visitedUnits { cityCode name } } }`,
    );
    expect(visited.data!.recordExchangeProgramme.visitedUnits).toHaveLength(2);
    await federation.stopCity('DN');

    const list = await as(
      'viewer',
      '{ exchangeProgrammes(cityCode: "DN") { id visitedUnits { cityCode name } } }',
    );
    const programme = list.data!.exchangeProgrammes.find((p: any) => p.id === id);
    expect(programme.visitedUnits).toEqual([
      null, // Đà Nẵng's unit (in city order), with an error, instead of data: null for every programme
      { cityCode: 'HN', name: 'Công đoàn Trường THCS-THPT Newton' },
    ]);
    expect(list.errors?.map((e) => [e.extensions?.code, e.extensions?.cityCode])).toEqual([
      ['CITY_UNAVAILABLE', 'DN'],
    ]);

    const before = await recorded(id);
    const unchecked = await as(
      'hn',
      `mutation { recordExchangeProgramme(programmeId: "${id}", status: CANCELLED, outcomes: ["Hoãn"],
        visitedUnits: [{ cityCode: "DN", id: "dn-truong-thpt-anh-duong" }]) { status } }`,
    );
    expect([code(unchecked), argument(unchecked), unchecked.errors?.[0].extensions?.cityCode]).toEqual([
      'CITY_UNAVAILABLE',
      'visitedUnits',
      'DN',
    ]);
    expect(await recorded(id)).toEqual(before);
  });
});
