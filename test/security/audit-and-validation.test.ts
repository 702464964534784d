import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

describe(`audit trail and refused input (${ENGINE})`, () => {
  let federation: RunningFederation;
  let hnOfficer: string;
  let admin: string;
  const memberCount = async () =>
    (
      await federation.query(
        '{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { members(first: 0) { totalCount } } }',
        {},
        hnOfficer,
      )
    ).data!.grassrootsUnion.members.totalCount;
  const auditCount = async () =>
    (await federation.query('{ cityAuditTrail(cityCode: "HN", first: 0) { totalCount } }', {}, hnOfficer))
      .data!.cityAuditTrail.totalCount;

  beforeAll(async () => {
    federation = await startFederation();
    hnOfficer = await federation.tokenFor({ sub: 'officer-lan', role: 'city-officer', city: 'HN' });
    admin = await federation.tokenFor({ sub: 'admin-minh', role: 'hub-admin' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('records who changed which record, when, in the owning city’s database', async () => {
    const before = Date.now();
    const recorded = await federation.query(
      `mutation { recordMember(cityCode: "HN", input: { unitId: "hn-thcs-thpt-newton", fullName: "Đặng Thu Trang",
        gender: FEMALE, dateOfBirth: "1992-03-08", phone: "0912345678", nationalId: "001192012345" }) { id fullName } }`,
      {},
      hnOfficer,
    );
    expect(recorded.errors).toBeUndefined();
    const id = recorded.data!.recordMember.id;
    const trail = await federation.query(
      '{ cityAuditTrail(cityCode: "HN", first: 1) { edges { node { actorSubject actorRole actorCity operation recordType recordId recordedAt } } } }',
      {},
      hnOfficer,
    );
    const entry = trail.data!.cityAuditTrail.edges[0].node;
    expect(entry).toMatchObject({
      actorSubject: 'officer-lan',
      actorRole: 'city-officer',
      actorCity: 'HN',
      operation: 'recordMember',
      recordType: 'Member',
      recordId: id,
    });
    expect(Date.parse(entry.recordedAt)).toBeGreaterThan(before - 60_000);
  });

  it('records hub changes in the hub’s own trail', async () => {
    const result = await federation.query(
      'mutation { registerCity(input: { code: "DN", name: "Đà Nẵng", joinedOn: "2026-11-22" }) { code name } }',
      {},
      admin,
    );
    expect(result.data).toEqual({ registerCity: { code: 'DN', name: 'Đà Nẵng' } });
    const trail = await federation.query(
      '{ hubAuditTrail(first: 5) { edges { node { actorSubject operation recordId } } } }',
      {},
      admin,
    );
    expect(trail.data!.hubAuditTrail.edges[0].node).toEqual({
      actorSubject: 'admin-minh',
      operation: 'registerCity',
      recordId: 'DN',
    });
  });

  it.each([
    ['phone', 'phone: "12345"', /phone must be a Vietnamese number/],
    ['nationalId', 'nationalId: "0011"', /12 digits/],
    ['dateOfBirth', 'dateOfBirth: "08/03/1992"', /dateOfBirth must be a date/],
    ['unitId', 'unitId: "no-such-unit"', /no grassroots union no-such-unit/],
  ])('refuses a bad %s with a message naming it, and writes nothing', async (_field, override, message) => {
    const [members, entries] = [await memberCount(), await auditCount()];
    const input = {
      unitId: '"hn-thcs-thpt-newton"',
      fullName: '"Lê Văn An"',
      gender: 'MALE',
      dateOfBirth: '"1990-01-01"',
    };
    const [key] = override.split(':');
    const fields = Object.entries(input)
      .filter(([name]) => name !== key)
      .map(([name, value]) => `${name}: ${value}`)
      .concat(override)
      .join(', ');
    const result = await federation.query(
      `mutation { recordMember(cityCode: "HN", input: { ${fields} }) { id } }`,
      {},
      hnOfficer,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toMatch(message);
    expect([await memberCount(), await auditCount()]).toEqual([members, entries]);
  });

  it('refuses a duplicate city registration with CONFLICT and writes nothing', async () => {
    const entries = (await federation.query('{ hubAuditTrail(first: 0) { totalCount } }', {}, admin)).data!
      .hubAuditTrail.totalCount;
    const result = await federation.query(
      'mutation { registerCity(input: { code: "HN", name: "Hà Nội", joinedOn: "2026-11-22" }) { code } }',
      {},
      admin,
    );
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(
      (await federation.query('{ hubAuditTrail(first: 0) { totalCount } }', {}, admin)).data!.hubAuditTrail
        .totalCount,
    ).toBe(entries);
  });
});
