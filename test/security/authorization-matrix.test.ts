import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenClaims } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

type Outcome = 'allowed' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const ROLES: Record<string, TokenClaims | null> = {
  anonymous: null,
  viewer: { sub: 'dashboard', role: 'viewer' },
  'HN officer': { sub: 'hn-officer', role: 'city-officer', city: 'HN' },
  'HP officer': { sub: 'hp-officer', role: 'city-officer', city: 'HP' },
  'Newton officer': { sub: 'newton-officer', role: 'school-officer', unit: 'HN/hn-thcs-thpt-newton' },
  'hub admin': { sub: 'hub-admin', role: 'hub-admin' },
};

/** Expected outcome per role, in the order of ROLES. */
const only = (...allowed: string[]): Record<string, Outcome> =>
  Object.fromEntries(
    Object.keys(ROLES).map((role) => [
      role,
      allowed.includes(role) ? 'allowed' : role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
    ]),
  );

let counter = 0;
const unique = () => (counter += 1);

type MutationCase = {
  name: string;
  query: (federation: RunningFederation, officer: string) => string | Promise<string>;
  expected: Record<string, Outcome>;
};

/** The current version of a unit, read as an officer, so that an allowed update is not a CONFLICT. */
const versionOf = async (federation: RunningFederation, officer: string, id: string) =>
  (await federation.query(`{ grassrootsUnion(cityCode: "HN", id: "${id}") { version } }`, {}, officer)).data!
    .grassrootsUnion.version as number;

const HN_OFFICER_ONLY = only('HN officer');

const MUTATIONS: MutationCase[] = [
  {
    name: 'registerCity',
    query: () => {
      const code = `Q${'ABCDEFGHIJ'[unique() % 10]}${'ABCDEFGHIJ'[Math.floor(counter / 10) % 10]}`;
      return `mutation { registerCity(input: { code: "${code}", name: "Quảng ${code}", joinedOn: "2026-11-22" }) { code } }`;
    },
    expected: only('hub admin'),
  },
  {
    name: 'recordSchoolPartnership',
    query: () => `mutation { recordSchoolPartnership(input: {
      unitA: { cityCode: "HN", id: "hn-thcs-thpt-newton" }, unitB: { cityCode: "HP", id: "hp-thpt-cat-ba" },
      startedOn: "2026-11-${10 + (unique() % 10)}" }) { id } }`,
    expected: only('HN officer', 'HP officer', 'Newton officer'),
  },
  {
    name: 'recordMember',
    query: () => `mutation { recordMember(cityCode: "HN", input: {
      unitId: "hn-thcs-thpt-newton", fullName: "Nguyễn Thị Test ${unique()}", gender: FEMALE, dateOfBirth: "1990-05-01" }) { id } }`,
    expected: only('HN officer', 'Newton officer'),
  },
  {
    name: 'updateMemberContact',
    query: () => `mutation { updateMemberContact(cityCode: "HN", id: "hn-thcs-thpt-newton-m001",
      input: { phone: "09${String(10000000 + unique()).slice(-8)}" }) { id } }`,
    expected: only('HN officer', 'Newton officer'),
  },
  {
    name: 'createGrassrootsUnion',
    query:
      () => `mutation { createGrassrootsUnion(cityCode: "HN", input: { schoolName: "Trường Mầm non Thử ${unique()}",
      schoolLevel: PRESCHOOL, managedById: "hn-cong-doan-nganh-giao-duc", memberCount: 20 }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'updateGrassrootsUnion',
    query: async (
      federation,
      officer,
    ) => `mutation { updateGrassrootsUnion(cityCode: "HN", id: "hn-truong-thpt-hoa-sen",
      version: ${await versionOf(federation, officer, 'hn-truong-thpt-hoa-sen')}, input: { memberCount: ${40 + unique()} }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'closeGrassrootsUnion',
    query: async (
      federation,
      officer,
    ) => `mutation { closeGrassrootsUnion(cityCode: "HN", id: "hn-truong-thpt-sao-mai",
      version: ${await versionOf(federation, officer, 'hn-truong-thpt-sao-mai')},
      input: { status: MERGED, validTo: "2025-06-30", note: "test ${unique()}" }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'moveGrassrootsUnion',
    query: async (
      federation,
      officer,
    ) => `mutation { moveGrassrootsUnion(cityCode: "HN", id: "hn-truong-thpt-binh-minh",
      version: ${await versionOf(federation, officer, 'hn-truong-thpt-binh-minh')},
      input: { parentId: "hn-cong-doan-xa-hoa-lac", from: "2025-09-01", note: "test ${unique()}" }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'recordCampaignResult',
    query:
      () => `mutation { recordCampaignResult(cityCode: "HN", input: { campaignCode: "truong-hoc-hanh-phuc",
      schoolYear: "${2000 + unique()}-${2001 + counter}", reportedById: "hn-cong-doan-nganh-giao-duc", participants: 100 }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'recordAwardDecision',
    query:
      () => `mutation { recordAwardDecision(cityCode: "HN", input: { schoolYear: "2024-2025", kind: BANG_KHEN,
      issuerLevel: CITY_EDUCATION_UNION, recipientType: INDIVIDUAL, recipientCount: ${unique()} }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'revokeAwardDecision',
    query: () =>
      `mutation { revokeAwardDecision(cityCode: "HN", id: "ctph-05-review-ca-nhan", version: 1, reason: "test") { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'recordInitiative',
    query:
      () => `mutation { recordInitiative(cityCode: "HN", input: { title: "Sáng kiến thử ${unique()}", authorName: "Lê An",
      schoolYear: "2024-2025", level: GRASSROOTS, grade: "B" }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'recordTraining',
    query: () => `mutation { recordTraining(cityCode: "HN", input: { title: "Tập huấn thử ${unique()}",
      organiserId: "hn-cong-doan-nganh-giao-duc", schoolYear: "2024-2025", classes: 1, attendances: 40 }) { id } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'importCityRecords',
    query: () => `mutation { importCityRecords(cityCode: "HN", fileName: "hn-units-valid.xlsx",
      contentBase64: "${readFileSync(join(__dirname, '..', 'fixtures', 'hn-units-valid.xlsx')).toString('base64')}") { applied } }`,
    expected: HN_OFFICER_ONLY,
  },
  {
    name: 'saveCampaign',
    query:
      () => `mutation { saveCampaign(input: { code: "thu-nghiem-${unique()}", name: "Phong trào thử nghiệm",
      kind: EMULATION_MOVEMENT, scope: NATIONAL }) { code } }`,
    expected: only('hub admin'),
  },
  {
    name: 'addCampaignEdition',
    query: () =>
      `mutation { addCampaignEdition(campaignCode: "hai-tot", period: "${2030 + unique()}") { period } }`,
    expected: only('hub admin'),
  },
  {
    name: 'setJointCities',
    query: () =>
      `mutation { setJointCities(campaignCode: "dan-van-kheo", cityCodes: ["HN", "HP"]) { code } }`,
    expected: only('hub admin'),
  },
  {
    name: 'createScholarshipDrive',
    query:
      () => `mutation { createScholarshipDrive(input: { title: "Học bổng thử ${unique()}", criteria: "vượt khó học giỏi",
      scholarships: 2, amountEach: 500000,
      organisers: [{ cityCode: "HN", unitId: "hn-thcs-thpt-newton" }],
      beneficiaries: [{ cityCode: "HP", unitId: "hp-thpt-cat-ba" }] }) { id } }`,
    // An organiser's officers: HN's city officers and Newton's school officer.
    expected: only('HN officer', 'Newton officer'),
  },
  {
    name: 'createExchangeProgramme',
    query:
      () => `mutation { createExchangeProgramme(input: { title: "Giao lưu ${unique()}", kind: JOINT_EVENT, hostCity: "HP",
      cityCodes: ["HN", "HP"], startsOn: "2026-12-01", endsOn: "2026-12-01" }) { id } }`,
    expected: only('HN officer', 'HP officer'),
  },
  {
    name: 'recordPartnershipActivity',
    query: () => `mutation { recordPartnershipActivity(partnershipId: "newton-cat-ba",
      input: { heldOn: "2025-05-${10 + (unique() % 10)}", kind: "Giao lưu", participants: 20 }) { id } }`,
    expected: only('HN officer', 'HP officer', 'Newton officer'),
  },
];

const PERSONAL_FIELDS = [
  'fullName',
  'gender',
  'dateOfBirth',
  'position',
  'joinedOn',
  'phone',
  'nationalId',
  'address',
];

describe(`authorization matrix through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  const tokens: Record<string, string | undefined> = {};
  beforeAll(async () => {
    federation = await startFederation();
    for (const [role, claims] of Object.entries(ROLES))
      tokens[role] = claims ? await federation.tokenFor(claims) : undefined;
  });
  afterAll(async () => {
    await federation?.close();
  });

  const outcomeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }): Outcome | string =>
    result.errors?.length ? String(result.errors[0].extensions?.code) : 'allowed';

  describe.each(MUTATIONS)('mutation $name', ({ query, expected }) => {
    it.each(Object.keys(ROLES))('as %s', async (role) => {
      const result = await federation.query(await query(federation, tokens['HN officer']!), {}, tokens[role]);
      expect(outcomeOf(result)).toBe(expected[role]);
    });
  });

  describe.each(PERSONAL_FIELDS)('Member.%s', (field) => {
    const expected = only('HN officer', 'Newton officer');
    it.each(Object.keys(ROLES))('as %s: the field alone is refused, the rest answers', async (role) => {
      const result = await federation.query(
        `{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") {
            name members(first: 2) { totalCount edges { node { id ${field} } } } } }`,
        {},
        tokens[role],
      );
      const unit = result.data!.grassrootsUnion;
      expect(unit.name).toBe('Công đoàn Trường THCS-THPT Newton');
      expect(unit.members.edges.map((edge: { node: { id: string } }) => edge.node.id)).toHaveLength(2);
      if (expected[role] === 'allowed') {
        expect(result.errors).toBeUndefined();
        expect(unit.members.edges[0].node[field]).not.toBeNull();
      } else {
        expect(unit.members.edges.map((edge: any) => edge.node[field])).toEqual([null, null]);
        expect(result.errors!.map((error) => [error.extensions!.code, error.path!.at(-1)])).toEqual([
          [expected[role], field],
          [expected[role], field],
        ]);
      }
    });
  });

  it('keeps a peer city’s officer out of another city’s members, on every path', async () => {
    const result = await federation.query(
      `{ member(cityCode: "HP", id: "hp-thpt-cat-ba-m001") { id fullName phone } }`,
      {},
      tokens['HN officer'],
    );
    expect(result.data!.member).toEqual({ id: 'hp-thpt-cat-ba-m001', fullName: null, phone: null });
    expect(result.errors!.map((error) => error.extensions!.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it.each([
    ['cityAuditTrail(cityCode: "HN")', only('HN officer')],
    ['hubAuditTrail', only('hub admin')],
  ])('%s is for its owners only', async (field, expected) => {
    for (const role of Object.keys(ROLES)) {
      const result = await federation.query(`{ ${field} { totalCount } }`, {}, tokens[role]);
      expect(`${role}: ${outcomeOf(result)}`).toBe(`${role}: ${expected[role]}`);
    }
  });
});
