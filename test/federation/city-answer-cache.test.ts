import { startGateway } from '../../gateway/src/main';
import type { RunningService } from '../../services/shared/src/http-service';
import { postGraphQL, RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';
import { describeWithRedis, REDIS_URL } from '../support/redis-server';

/** 2024-2025: a year Hải Phòng has not reported yet in the demo data. */
const COMPARISON = `{ campaignEdition(campaignCode: "hai-tot", period: "2024-2025") {
  comparison { complete cities { cityCode reported figures { participants } } } } }`;
const OVERVIEW = '{ cities { code name educationUnion { name chair { fullName } } } }';
/** Members' names are shown to officers only: never a public answer. */
const MEMBERS = `{ grassrootsUnion(cityCode: "HP", id: "hp-thpt-cat-ba") {
  name members(first: 2) { edges { node { fullName } } } } }`;
const RECORD = (participants: number) => `mutation { recordCampaignResult(cityCode: "HP", input: {
  campaignCode: "hai-tot", schoolYear: "2024-2025", reportedById: "hp-cong-doan-nganh-giao-duc",
  participants: ${participants} }) { version participants } }`;

const hpFigures = (data: any) =>
  data.campaignEdition.comparison.cities.find((city: any) => city.cityCode === 'HP');

describeWithRedis(`the gateway's cache of cities' public answers, shared through Redis (${ENGINE})`, () => {
  let federation: RunningFederation;
  let secondGateway: RunningService;
  let officer: string;
  /** Requests that reached HN, HP and the hub (cooperation), which computes the comparison. */
  const cityRequests = () =>
    federation.requestsTo('HN') + federation.requestsTo('HP') + federation.requestsTo('cooperation');

  beforeAll(async () => {
    // Two gateway replicas on one Redis server; a short version TTL so the second sees writes soon.
    const gatewayEnv = { REDIS_URL, CITY_VERSION_TTL_MS: '300' };
    federation = await startFederation({ gatewayEnv });
    secondGateway = await startGateway({ ...federation.envOf('gateway'), PORT: '0' });
    officer = await federation.tokenFor({ sub: 'hp-officer', role: 'city-officer', city: 'HP' });
  });
  afterAll(async () => {
    await secondGateway?.close();
    await federation?.close();
  });

  it('answers a repeated comparison and overview without asking the cities or the hub again, from either gateway', async () => {
    const first = await federation.query(COMPARISON);
    expect(first.errors).toBeUndefined();
    expect(hpFigures(first.data)).toEqual({
      cityCode: 'HP',
      reported: false,
      figures: { participants: null },
    });
    const overview = await federation.query(OVERVIEW);
    expect(overview.errors).toBeUndefined();
    const asked = cityRequests();

    const steps: number[] = [];
    expect(await federation.query(COMPARISON)).toEqual(first);
    steps.push(cityRequests());
    expect(await federation.query(OVERVIEW)).toEqual(overview);
    steps.push(cityRequests());
    // The other replica finds both in Redis.
    expect(await postGraphQL(secondGateway.url, COMPARISON)).toEqual(first);
    steps.push(cityRequests());
    expect(await postGraphQL(secondGateway.url, OVERVIEW)).toEqual(overview);
    steps.push(cityRequests());
    expect(steps).toEqual([asked, asked, asked, asked]);
  });

  it('shows a write through the gateway in the very next comparison, and at the other replica soon after', async () => {
    const recorded = await federation.query(RECORD(1234), {}, officer);
    expect(recorded.errors).toBeUndefined();
    const next = await federation.query(COMPARISON);
    expect(hpFigures(next.data)).toEqual({ cityCode: 'HP', reported: true, figures: { participants: 1234 } });

    // The other replica learns HP's new data version within CITY_VERSION_TTL_MS (300 ms here).
    let elsewhere: any;
    for (let attempt = 0; attempt < 50; attempt += 1) {
      elsewhere = hpFigures((await postGraphQL<any>(secondGateway.url, COMPARISON)).data);
      if (elsewhere.reported) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(elsewhere).toEqual({ cityCode: 'HP', reported: true, figures: { participants: 1234 } });
  });

  it('never keeps an answer that depends on who asks', async () => {
    const first = await federation.query(MEMBERS, {}, officer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.grassrootsUnion.members.edges).toHaveLength(2);
    const before = federation.requestsTo('HP');
    // A viewer asking the same is refused the names, not given the officer's answer.
    const viewer = await federation.tokenFor({ sub: 'dashboard', role: 'viewer' });
    const refused = await federation.query(MEMBERS, {}, viewer);
    expect(JSON.stringify(refused.data)).not.toContain(
      first.data!.grassrootsUnion.members.edges[0].node.fullName,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await federation.query(MEMBERS, {}, officer);
    expect(federation.requestsTo('HP')).toBe(before + 2);
  });
});

describe(`the same cache in the gateway's memory, the default (${ENGINE})`, () => {
  let federation: RunningFederation;

  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('asks the cities once for a repeated comparison, and again right after a write', async () => {
    const first = await federation.query(COMPARISON);
    expect(hpFigures(first.data).reported).toBe(false);
    const asked = federation.requestsTo('HP');
    expect(await federation.query(COMPARISON)).toEqual(first);
    expect(federation.requestsTo('HP')).toBe(asked);

    const officer = await federation.tokenFor({ sub: 'hp-officer', role: 'city-officer', city: 'HP' });
    expect((await federation.query(RECORD(777), {}, officer)).errors).toBeUndefined();
    const next = await federation.query(COMPARISON);
    expect(hpFigures(next.data)).toEqual({ cityCode: 'HP', reported: true, figures: { participants: 777 } });
  });

  it('keeps the hub’s comparison until the hub’s own data changes, then computes it again', async () => {
    // An every-city campaign (hai-tot is compared among its joint cities only).
    const COMPLETENESS = `{ campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: "2022-2023") {
      comparison { complete missingCities } } }`;
    const first = await federation.query(COMPLETENESS);
    expect(first.data!.campaignEdition.comparison).toEqual({ complete: true, missingCities: [] });
    const asked = federation.requestsTo('cooperation');
    expect(await federation.query(COMPLETENESS)).toEqual(first);
    expect(federation.requestsTo('cooperation')).toBe(asked);

    // A city registered at the hub is expected in every-city comparisons from the next one on.
    const admin = await federation.tokenFor({ sub: 'admin', role: 'hub-admin' });
    const registered = await federation.query(
      `mutation { registerCity(input: { code: "DN", name: "Đà Nẵng", joinedOn: "2026-11-01" }) { code } }`,
      {},
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const next = await federation.query(COMPLETENESS);
    expect(next.data!.campaignEdition.comparison).toEqual({ complete: false, missingCities: ['DN'] });
  });
});
