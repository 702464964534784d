import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';
import type { Role } from '../support/fuzz/baseline-types';
import { baselines } from '../support/fuzz/mutation-baselines';
import { changedTables, RowCounter, rowCounter } from '../support/fuzz/row-counts';
import { runFuzz } from '../support/fuzz/run-fuzz';

const SEED = 20_251_122;
const DRIVE = 'mutation($input: DriveInput!) { createScholarshipDrive(input: $input) { id } }';

describe(`bad input: a clear refusal naming the field, nothing written, never an internal error (${ENGINE})`, () => {
  let federation: RunningFederation;
  let counter: RowCounter;
  let tokens: Record<Role, string>;
  let draftDriveId: string;
  const driveInput = (changes: Record<string, unknown>) => ({
    title: 'Học bổng thử',
    criteria: 'vượt khó',
    scholarships: 1,
    amountEach: 1_000_000,
    organisers: [{ cityCode: 'HN', organisationId: 'hn-cong-doan-nganh-giao-duc' }],
    beneficiaries: [{ cityCode: 'HP', unitId: 'hp-thpt-cat-ba' }],
    ...changes,
  });

  /** Sends a call that must be refused as BAD_USER_INPUT about `argument`, and checks nothing changed. */
  async function refused(role: Role, query: string, variables: Record<string, unknown>, argument: string) {
    const before = await counter.counts();
    const result = await federation.query(query, variables, tokens[role]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(changedTables(before, await counter.counts())).toEqual([]);
    return result.errors![0]!.message;
  }

  beforeAll(async () => {
    federation = await startFederation();
    tokens = {
      hn: await federation.tokenFor({ sub: 'fuzz-hn', role: 'city-officer', city: 'HN' }),
      newton: await federation.tokenFor({
        sub: 'fuzz-newton',
        role: 'school-officer',
        unit: 'HN/hn-thcs-thpt-newton',
      }),
      admin: await federation.tokenFor({ sub: 'fuzz-admin', role: 'hub-admin' }),
    };
    const drive = await federation.query(DRIVE, { input: driveInput({ title: 'Học bổng nháp' }) }, tokens.hn);
    draftDriveId = drive.data!.createScholarshipDrive.id;
    const [cooperation, HN, HP] = ['cooperation', 'HN', 'HP'].map((name) => federation.envOf(name));
    counter = await rowCounter({ cooperation: cooperation!, HN: HN!, HP: HP! });
  });

  afterAll(async () => {
    await counter?.close();
    await federation?.close();
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD, in both subgraphs', async () => {
    const member = `mutation($d: String!) { recordMember(cityCode: "HN", input: { unitId: "hn-thcs-thpt-newton",
      fullName: "Lê Văn An", gender: MALE, dateOfBirth: $d }) { id } }`;
    for (const date of ['2023', '2023-W05', '20230101', '2023-01-01T00:00:00Z', '2023-02-29']) {
      expect(await refused('hn', member, { d: date }, 'input.dateOfBirth')).toMatch(
        /must be a date that exists/,
      );
    }
    const pledge = `mutation($on: String!) { pledgeToDrive(driveId: "thach-that-2025-demo", sponsorPartyId: "tt-2025-hn",
      amount: 1000, pledgedOn: $on) { id } }`;
    for (const date of ['2023-02-30', '2024-02-31', '2023-02-29'])
      await refused('hn', pledge, { on: date }, 'pledgedOn');
    await refused('hn', DRIVE, { input: driveInput({ closesOn: '2023-02-29' }) }, 'input.closesOn');
    const leapDay = await federation.query(
      `mutation { recordPartnershipActivity(partnershipId: "newton-cat-ba", input: { heldOn: "2024-02-29",
        kind: "Giao lưu", participants: 10 }) { heldOn } }`,
      {},
      tokens.newton,
    );
    expect(leapDay.data).toEqual({ recordPartnershipActivity: { heldOn: '2024-02-29' } });
  });

  it('refuses blank and invisible-only text, "" ids, control characters, lone surrogates and overlong text', async () => {
    const training = `mutation($t: String!) { recordTraining(cityCode: "HN", input: { title: $t,
      organiserId: "hn-cong-doan-nganh-giao-duc", schoolYear: "2025-2026", classes: 1, attendances: 5 }) { id } }`;
    expect(await refused('hn', training, { t: '   ' }, 'input.title')).toBe('input.title must not be blank');
    await refused('hn', training, { t: '\u200B\u200B' }, 'input.title');
    await refused('hn', training, { t: 'Tập\u0000huấn' }, 'input.title');
    await refused('hn', training, { t: 'Tập huấn \uD800' }, 'input.title');
    await refused('hn', training, { t: 'x'.repeat(401) }, 'input.title');
    const organisers = [{ cityCode: 'HN', organisationId: '' }];
    await refused('hn', DRIVE, { input: driveInput({ organisers }) }, 'input.organisers[0].organisationId');
    await refused('hn', 'mutation { withdrawPledge(pledgeId: "") { id } }', {}, 'pledgeId');
    const pledge = `mutation($key: String, $note: String) { pledgeToDrive(driveId: "thach-that-2025-demo",
      sponsorPartyId: "tt-2025-hn", amount: 1000, pledgedOn: "2025-10-01", idempotencyKey: $key, note: $note) { id } }`;
    await refused('hn', pledge, { key: 'k'.repeat(101) }, 'idempotencyKey');
    await refused('hn', pledge, { note: 'n'.repeat(90_000).slice(0, 60_000) }, 'note');
  });

  it('refuses duplicate and oversized lists, and empty changes', async () => {
    const joint =
      'mutation($c: [String!]!) { setJointCities(campaignCode: "hai-tot", cityCodes: $c) { code } }';
    expect(await refused('admin', joint, { c: ['HN', 'HP', 'HN'] }, 'cityCodes[2]')).toMatch(
      /repeats item 1/,
    );
    await refused('admin', joint, { c: Array.from({ length: 51 }, (_, i) => `C${i}`) }, 'cityCodes');
    const beneficiaries = [1, 2].map(() => ({ cityCode: 'HP', unitId: 'hp-thpt-cat-ba' }));
    await refused('hn', DRIVE, { input: driveInput({ beneficiaries }) }, 'input.beneficiaries[1]');
    const contact =
      'mutation { updateMemberContact(cityCode: "HN", id: "hn-thcs-thpt-newton-m001", input: {}) { id } }';
    await refused('hn', contact, {}, 'input');
  });

  it('bounds every search argument of the graph', async () => {
    const long = 'ha noi '.repeat(7_200);
    const searches = [
      '{ cities(search: $s) { code } }',
      '{ campaigns(search: $s) { code } }',
      '{ provincialUnits(search: $s) { code } }',
      '{ city(code: "HN") { grassrootsUnions(search: $s) { totalCount } } }',
      '{ city(code: "HN") { initiatives(search: $s) { totalCount } } }',
      '{ organisation(cityCode: "HN", id: "hn-ldld-thach-that") { grassrootsUnions(search: $s) { totalCount } } }',
    ].map((selection) => `query($s: String) ${selection}`);
    for (const query of searches) {
      const result = await federation.query(query, { s: long }, tokens.hn);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'search' });
      expect((await federation.query(query, { s: ' Hà Nội ' }, tokens.hn)).errors).toBeUndefined();
    }
  });

  it('stores text trimmed and in NFC, and names the argument of a literal that fails validation', async () => {
    const decomposed = '  Sa\u0301ng kie\u0302\u0301n  ';
    const recorded = await federation.query(
      `mutation($t: String!) { recordInitiative(cityCode: "HN", input: { title: $t, authorName: "Nguyễn Thu Hà",
        schoolYear: "2025-2026", level: CITY }) { title } }`,
      { t: decomposed },
      tokens.hn,
    );
    expect(recorded.data).toEqual({ recordInitiative: { title: 'Sáng kiến' } });
    const literal = await federation.query(
      `mutation { createScholarshipDrive(input: { title: "Học bổng", criteria: "vượt khó", scholarships: 1,
        amountEach: 1000000, organisers: [{ cityCode: "HN", organisationId: 7.5 }], beneficiaries: [] }) { id } }`,
      {},
      tokens.hn,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      argument: 'input.organisers[0].organisationId',
    });
  });

  it('fuzzes every argument of every mutation (≥ 2,000 calls): no 5xx, no internal error, nothing written on refusal', async () => {
    const awardDecision = await federation.query(
      '{ city(code: "HN") { awardDecisions(first: 1) { edges { node { id } } } } }',
      {},
      tokens.hn,
    );
    const report = await runFuzz({
      url: federation.gatewayUrl,
      tokens,
      counter,
      seed: SEED,
      baselines: baselines({
        awardDecisionId: awardDecision.data!.city.awardDecisions.edges[0].node.id,
        draftDriveId,
      }),
    });
    const { failures, missingBaselines, ...numbers } = report;
    console.log(`mutation fuzz (${ENGINE}, seed ${SEED}): ${JSON.stringify(numbers)}`);
    expect(missingBaselines).toEqual([]); // a new mutation needs its valid call in mutation-baselines.ts
    expect(failures).toEqual([]);
    expect(numbers.calls).toBeGreaterThanOrEqual(2_000);
    expect(numbers).toMatchObject({
      internalErrors: 0,
      http5xx: 0,
      refusalsNamingNoField: 0,
      refusalsThatChangedRows: 0,
      neverValidAccepted: 0,
    });
  }, 600_000);
});
