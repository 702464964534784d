import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const HEADER = 'Tên trường,Cấp học,Quận/Huyện,Đơn vị quản lý,Số đoàn viên';
/** A units sheet of `rows` new preschools of Cầu Giấy, as a UTF-8 .csv. */
const unitsCsv = (rows: number, prefix = 'Ánh Sao') =>
  [
    HEADER,
    ...Array.from(
      { length: rows },
      (_, i) =>
        `Trường Mầm non ${prefix} ${i + 1},Mầm non,Cầu Giấy,Công đoàn ngành Giáo dục Hà Nội,${20 + (i % 15)}`,
    ),
  ].join('\n');

type Answer = { status: number; body: any };
const DASHBOARD_ORIGIN = 'https://dashboard.example.org';

describe(`POST /import: a city's file through a multipart upload at the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  let importUrl: string;
  const token: Record<string, string> = {};

  /** Sends the form as a browser or curl would: text fields, then the file in "file". */
  const upload = async (
    fields: Record<string, string>,
    files: { field: string; name: string; content: string }[],
    who?: string,
  ): Promise<Answer> => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const { field, name, content } of files)
      form.append(field, new Blob([content], { type: 'text/csv' }), name);
    const response = await fetch(importUrl, {
      method: 'POST',
      body: form,
      headers: who ? { authorization: `Bearer ${token[who]}` } : {},
    });
    return { status: response.status, body: await response.json() };
  };
  const sheet = (content: string, name = 'Danh sách mầm non.csv') => [{ field: 'file', name, content }];
  const unitCount = async () =>
    (await federation.query('{ city(code: "HN") { grassrootsUnions(first: 0) { totalCount } } }')).data!.city
      .grassrootsUnions.totalCount;
  const refusal = ({ status, body }: Answer) => [
    status,
    body.errors?.[0]?.extensions?.code,
    body.errors?.[0]?.extensions?.argument,
  ];

  beforeAll(async () => {
    federation = await startFederation({
      gatewayEnv: { CORS_ORIGINS: DASHBOARD_ORIGIN },
    });
    importUrl = federation.gatewayUrl.replace(/\/graphql$/, '/import');
    token.hn = await federation.tokenFor({ sub: 'hn-importer', role: 'city-officer', city: 'HN' });
    token.hp = await federation.tokenFor({ sub: 'hp-importer', role: 'city-officer', city: 'HP' });
    token.viewer = await federation.tokenFor({ sub: 'dashboard', role: 'viewer' });
    token.forged = 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiY2l0eS1vZmZpY2VyIn0.';
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('imports a 300 kB .csv, three times the JSON body limit: a dry run writes nothing, then the import writes', async () => {
    const csv = unitsCsv(3_200);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(300_000);
    const before = await unitCount();
    const dryRun = await upload({ cityCode: 'HN', dryRun: 'true' }, sheet(csv), 'hn');
    expect(dryRun.status).toBe(200);
    expect(dryRun.body).toEqual({
      data: {
        importCityRecords: {
          kind: 'UNITS',
          fileName: 'Danh sách mầm non.csv',
          rows: 3_200,
          created: 3_200,
          updated: 0,
          unchanged: 0,
          applied: false,
          problems: [],
        },
      },
    });
    expect(await unitCount()).toBe(before);

    const imported = await upload({ cityCode: 'HN', kind: 'UNITS', dryRun: 'false' }, sheet(csv), 'hn');
    expect(imported.body.data.importCityRecords).toMatchObject({
      rows: 3_200,
      created: 3_200,
      applied: true,
    });
    expect(await unitCount()).toBe(before + 3_200);
    const again = await upload({ cityCode: 'HN' }, sheet(csv), 'hn');
    expect(again.body.data.importCityRecords).toMatchObject({ created: 0, unchanged: 3_200, applied: true });
  });

  it('answers a file with problems with the report, as /graphql would, and writes nothing', async () => {
    const before = await unitCount();
    const csv = `${HEADER}\nTrường Mầm non Lỗi,Đại học,Cầu Giấy,Công đoàn ngành Giáo dục Hà Nội,12`;
    const answer = await upload({ cityCode: 'HN' }, sheet(csv), 'hn');
    expect(answer.status).toBe(200);
    expect(answer.body.data.importCityRecords).toMatchObject({ applied: false, rows: 1 });
    expect(answer.body.data.importCityRecords.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Cấp học' }),
    ]);
    expect(await unitCount()).toBe(before);
  });

  it('carries a file of 6 MB to the city (its old cap was 5 MB, its body limit 1 MB) and refuses one over 10 MB with 413', async () => {
    const before = await unitCount();
    // One row whose name is far too long: checked by the city in a moment, and reported by row and column.
    const sixMegabytes = `${HEADER}\nTrường ${'x'.repeat(6 * 1024 * 1024)},Mầm non,Cầu Giấy,Công đoàn ngành Giáo dục Hà Nội,12`;
    const carried = await upload({ cityCode: 'HN', dryRun: 'true' }, sheet(sixMegabytes), 'hn');
    expect(carried.status).toBe(200);
    expect(carried.body.data.importCityRecords).toMatchObject({ rows: 1, applied: false });
    expect(carried.body.data.importCityRecords.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Tên trường' }),
    ]);

    const tooLarge = await upload({ cityCode: 'HN' }, sheet('x'.repeat(10 * 1024 * 1024 + 1)), 'hn');
    expect(refusal(tooLarge)).toEqual([413, 'BAD_USER_INPUT', 'file']);
    expect(tooLarge.body.errors[0].message).toBe('The file is larger than the 10 MB an import may be');
    expect(await unitCount()).toBe(before);
  });

  it('refuses without a token, as the mutation is, and a viewer or another city’s officer with FORBIDDEN', async () => {
    const before = await unitCount();
    const csv = unitsCsv(3, 'Không Quyền');
    const viaGraphQL = await federation.query(
      `mutation($c: String!) { importCityRecords(cityCode: "HN", fileName: "a.csv", contentBase64: $c) { rows } }`,
      { c: Buffer.from(csv).toString('base64') },
    );
    const anonymous = await upload({ cityCode: 'HN' }, sheet(csv));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe(viaGraphQL.errors![0].extensions!.code);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await upload({ cityCode: 'HN' }, sheet(csv), 'forged');
    expect(forged.status).toBe(401);

    for (const who of ['viewer', 'hp']) {
      const refused = await upload({ cityCode: 'HN' }, sheet(csv), who);
      expect([who, refused.status, refused.body.data, refused.body.errors[0].extensions.code]).toEqual([
        who,
        200,
        null,
        'FORBIDDEN',
      ]);
    }
    expect(await unitCount()).toBe(before);
  });

  it('refuses a malformed request with 400 naming the field, never a 500', async () => {
    const csv = unitsCsv(2, 'Sai Mẫu');
    const before = await unitCount();
    expect(refusal(await upload({ cityCode: 'HN' }, [], 'hn'))).toEqual([400, 'BAD_USER_INPUT', 'file']);
    expect(refusal(await upload({}, sheet(csv), 'hn'))).toEqual([400, 'BAD_USER_INPUT', 'cityCode']);
    expect(refusal(await upload({ cityCode: 'Hà Nội' }, sheet(csv), 'hn'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'cityCode',
    ]);
    expect(refusal(await upload({ cityCode: 'HN', dryRun: 'maybe' }, sheet(csv), 'hn'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'dryRun',
    ]);
    expect(refusal(await upload({ cityCode: 'HN', kind: 'MEMBERS' }, sheet(csv), 'hn'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'kind',
    ]);
    expect(refusal(await upload({ cityCode: 'HN', city: 'HN' }, sheet(csv), 'hn'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'city',
    ]);
    const two = [...sheet(csv), ...sheet(csv, 'b.csv')];
    expect(refusal(await upload({ cityCode: 'HN' }, two, 'hn'))).toEqual([400, 'BAD_USER_INPUT', 'file']);
    const elsewhere = [{ field: 'sheet', name: 'a.csv', content: csv }];
    expect(refusal(await upload({ cityCode: 'HN' }, elsewhere, 'hn'))).toEqual([
      400,
      'BAD_USER_INPUT',
      'sheet',
    ]);
    const json = await fetch(importUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.hn}` },
      body: JSON.stringify({ cityCode: 'HN' }),
    });
    expect([json.status, ((await json.json()) as any).errors[0].extensions.code]).toEqual([
      415,
      'BAD_USER_INPUT',
    ]);
    expect(await unitCount()).toBe(before);
  });

  it('answers browsers with the CORS policy of /graphql', async () => {
    const preflight = (origin: string) =>
      fetch(importUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight(DASHBOARD_ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const posted = await fetch(importUrl, { method: 'POST', headers: { origin: DASHBOARD_ORIGIN } });
    expect(posted.headers.get('access-control-allow-origin')).toBe(DASHBOARD_ORIGIN);
  });

  it('lets a city read a body as large as an import only from the gateway', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(17 * 1024 * 1024) } });
    const direct = await fetch(federation.cityUrls.HN, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: huge,
    });
    // Refused on the missing gateway identity, before the 17 MB (over the city's 16 MB) is read.
    expect([direct.status, ((await direct.json()) as any).errors[0].extensions.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });
});
