import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { ENGINE } from '../../scripts/throwaway-databases';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name)).toString('base64');
const IMPORT = `mutation($file: String!, $content: String!, $dryRun: Boolean) {
  importCityRecords(cityCode: "HN", fileName: $file, contentBase64: $content, dryRun: $dryRun) {
    kind rows created updated unchanged applied problems { row column message } } }`;

describe(`bulk import of .xlsx and .csv files through the gateway (${ENGINE})`, () => {
  let federation: RunningFederation;
  let officer: string;
  const importFile = async (file: string, dryRun = false) =>
    federation.query(IMPORT, { file, content: fixture(file), dryRun }, officer);
  const unitCount = async () =>
    (await federation.query('{ city(code: "HN") { grassrootsUnions(first: 0) { totalCount } } }')).data!.city
      .grassrootsUnions.totalCount;
  const auditSize = async () =>
    (await federation.query('{ cityAuditTrail(cityCode: "HN", first: 0) { totalCount } }', {}, officer)).data!
      .cityAuditTrail.totalCount;

  beforeAll(async () => {
    federation = await startFederation({ gatewayEnv: { MAX_BODY_BYTES: '2000000' } });
    officer = await federation.tokenFor({ sub: 'officer-import', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    await federation?.close();
  });

  it('refuses a file with problems, listing each by row and column, and writes nothing', async () => {
    const [units, entries] = [await unitCount(), await auditSize()];
    const result = await importFile('hn-units-with-errors.xlsx');
    expect(result.errors).toBeUndefined();
    const report = result.data!.importCityRecords;
    expect(report).toMatchObject({ kind: 'UNITS', rows: 7, applied: false });
    expect(report.problems.map((p: any) => [p.row, p.column])).toEqual([
      [3, 'Cấp học'],
      [4, 'Quận/Huyện'],
      [5, 'Số đoàn viên'],
      [6, 'Tên trường'],
      [7, 'Tên trường'],
      [8, 'Đơn vị quản lý'],
      [8, 'Ngày thành lập'],
    ]);
    expect(report.problems[0].message).toMatch(/"Đại học" is not a school level/);
    expect(report.problems[4].message).toMatch(/repeats the unit of row 2/);
    expect([await unitCount(), await auditSize()]).toEqual([units, entries]);
  });

  it('checks without writing on a dry run', async () => {
    const units = await unitCount();
    const report = (await importFile('hn-units-valid.xlsx', true)).data!.importCityRecords;
    expect(report).toMatchObject({ created: 3, updated: 1, unchanged: 0, applied: false, problems: [] });
    expect(await unitCount()).toBe(units);
  });

  it('imports a clean .xlsx all at once, with Vietnamese headers and values, and changes nothing the second time', async () => {
    const [units, entries] = [await unitCount(), await auditSize()];
    const first = (await importFile('hn-units-valid.xlsx')).data!.importCityRecords;
    expect(first).toMatchObject({
      rows: 4,
      created: 3,
      updated: 1,
      unchanged: 0,
      applied: true,
      problems: [],
    });
    expect([await unitCount(), await auditSize()]).toEqual([units + 3, entries + 1]);
    const cauGiay = await federation.query(`{ grassrootsUnion(cityCode: "HN", id: "hn-truong-thcs-cau-giay") {
      name memberCount school { level } district { name } managedBy { name } } }`);
    expect(cauGiay.data!.grassrootsUnion).toEqual({
      name: 'Công đoàn Trường THCS Cầu Giấy',
      memberCount: 1020,
      school: { level: 'LOWER_SECONDARY' },
      district: { name: 'Cầu Giấy' },
      managedBy: { name: 'Công đoàn ngành Giáo dục Hà Nội' },
    });
    const second = (await importFile('hn-units-valid.xlsx')).data!.importCityRecords;
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 4, applied: true });
    expect([await unitCount(), await auditSize()]).toEqual([units + 3, entries + 1]);
  });

  it('imports a UTF-8 .csv of annual results, matching campaigns and bodies by their Vietnamese names', async () => {
    const report = (await importFile('hn-results-2023-2024.csv')).data!.importCityRecords;
    // hai-tot 2023-2024 of the union is in the demo data already: it is updated, not added.
    expect(report).toMatchObject({
      kind: 'RESULTS',
      rows: 3,
      created: 2,
      updated: 1,
      applied: true,
      problems: [],
    });
    const results =
      await federation.query(`{ city(code: "HN") { campaignResults(schoolYear: "2023-2024", campaignCode: "truong-hoc-hanh-phuc") {
      edges { node { participants target achievementPercent highlights reportedBy { name } dataQualityWarnings { code } } } } } }`);
    const byBody = Object.fromEntries(
      results.data!.city.campaignResults.edges.map(({ node }: any) => [node.reportedBy.name, node]),
    );
    expect(byBody['Liên đoàn Lao động huyện Thạch Thất']).toEqual({
      participants: 3100,
      target: 3000,
      achievementPercent: 103,
      highlights: 'Đạt và vượt chỉ tiêu',
      reportedBy: { name: 'Liên đoàn Lao động huyện Thạch Thất' },
      dataQualityWarnings: [],
    });
    const again = (await importFile('hn-results-2023-2024.csv')).data!.importCityRecords;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a file that is neither .xlsx nor .csv, and an officer of another city', async () => {
    const wrongType = await federation.query(IMPORT, { file: 'units.pdf', content: 'JVBERi0=' }, officer);
    expect(wrongType.errors?.[0].message).toMatch(/only \.xlsx and \.csv/);
    const hp = await federation.tokenFor({ sub: 'hp', role: 'city-officer', city: 'HP' });
    const foreign = await federation.query(
      IMPORT,
      { file: 'hn-units-valid.xlsx', content: fixture('hn-units-valid.xlsx') },
      hp,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
