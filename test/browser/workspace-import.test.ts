import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

const FIXTURES = join(__dirname, '..', 'fixtures');
const IMPORT_PATH = '/cong-viec/nhap-du-lieu';
const HN_UNION = 'Công đoàn ngành Giáo dục Hà Nội';
const normalised = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The problems of hn-units-with-errors.xlsx, as city-import.test.ts finds them through the graph. */
const EXPECTED_PROBLEMS = [
  ['3', 'Cấp học'],
  ['4', 'Quận/Huyện'],
  ['5', 'Số đoàn viên'],
  ['6', 'Tên trường'],
  ['7', 'Tên trường'],
  ['8', 'Đơn vị quản lý'],
  ['8', 'Ngày thành lập'],
];

describeInBrowser('workspace: importing a city’s records from a file in Chromium', () => {
  let session: DashboardSession;
  let officer: string;
  let page: Page;
  let scratch: string;
  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'workspace-import-'));
    session = await startDashboardSession({ signIn: true });
    officer = await session.tokenFor({ sub: 'test-hn-officer', role: 'city-officer', city: 'HN' });
    ({ page } = await session.newPage());
    await page.goto(IMPORT_PATH);
    await signInAs(page, 'hn-officer');
    await page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ tệp' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const graph = async <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => {
    const result = await session.federation.query<T>(query, variables, officer);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  /** What an import would change: HN's units and its audit trail. */
  const cityState = async () => {
    const data = await graph(`{ city(code: "HN") { grassrootsUnions(first: 0) { totalCount } }
      cityAuditTrail(cityCode: "HN", first: 0) { totalCount } }`);
    return { units: data.city.grassrootsUnions.totalCount, audit: data.cityAuditTrail.totalCount };
  };
  const unit = async (id: string) =>
    (
      await graph(`query($id: ID!) { grassrootsUnion(cityCode: "HN", id: $id) { name memberCount } }`, {
        id,
      })
    ).grassrootsUnion;

  const fileInput = () => page.getByLabel('Tệp dữ liệu (.xlsx hoặc .csv)');
  const checkButton = () => page.getByRole('button', { name: 'Kiểm tra trước (không ghi)' });
  const importButton = () => page.getByRole('button', { name: 'Nhập dữ liệu', exact: true });
  const problemRows = () =>
    page
      .locator('.import-report tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)));

  it('shows every problem of a file by row and column, writes nothing, and does not offer to import it', async () => {
    const before = await cityState();
    await fileInput().setInputFiles(join(FIXTURES, 'hn-units-with-errors.xlsx'));
    await page.getByText(/Đã chọn: hn-units-with-errors\.xlsx \(\d/).waitFor();
    await checkButton().click();
    await page.getByRole('alert').filter({ hasText: 'Tệp có 7 lỗi. Chưa có gì được ghi lại.' }).waitFor();
    const rows = (await problemRows()).map((cells) => cells.map(normalised));
    expect(rows.map(([row, column]) => [row, column])).toEqual(EXPECTED_PROBLEMS);
    expect(rows[0]![2]).toMatch(/"Đại học" is not a school level/);
    expect(await importButton().isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-import-problems');
    expect(await cityState()).toEqual(before);

    // The page offers no import of this file; the gateway, asked all the same, writes nothing either.
    const form = new FormData();
    form.set('cityCode', 'HN');
    form.set('dryRun', 'false');
    form.set('file', new Blob([readFileSync(join(FIXTURES, 'hn-units-with-errors.xlsx'))]), 'errors.xlsx');
    const response = await fetch(`${session.baseUrl}/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officer}` },
      body: form,
    });
    const answer = (await response.json()) as { data: { importCityRecords: { applied: boolean } } };
    expect(answer.data.importCityRecords.applied).toBe(false);
    expect(await cityState()).toEqual(before);
  });

  it('checks the clean file without writing, then imports it and shows what was written', async () => {
    const before = await cityState();
    expect(await unit('hn-truong-thcs-cau-giay')).toBeNull();
    await fileInput().setInputFiles(join(FIXTURES, 'hn-units-valid.xlsx'));
    // A new file starts over: the previous report is gone and import waits for a new check.
    expect(await page.locator('.import-report').count()).toBe(0);
    expect(await importButton().isDisabled()).toBe(true);
    await checkButton().click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Tệp không có lỗi: 4 dòng. Nếu nhập sẽ thêm 3, cập nhật 1, giữ nguyên 0.' })
      .waitFor();
    expect(await cityState()).toEqual(before);

    await importButton().click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã nhập 4 dòng: thêm mới 3, cập nhật 1, giữ nguyên 0.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Kết quả nhập tệp hn-units-valid.xlsx' }).waitFor();
    expect(await importButton().isDisabled()).toBe(true);
    expect(await cityState()).toEqual({ units: before.units + 3, audit: before.audit + 1 });
    expect(await unit('hn-truong-thcs-cau-giay')).toEqual({
      name: 'Công đoàn Trường THCS Cầu Giấy',
      memberCount: 1020,
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-import-done');
  });

  it('imports a sheet far over the old 100 kB JSON limit through the page', async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) =>
        `,Trường Mầm non Thử Nghiệm ${String(i + 1).padStart(4, '0')},,Mầm non,Cầu Giấy,${HN_UNION},${20 + (i % 50)},`,
    );
    const csv = [
      'Mã đơn vị,Tên trường,Tên công đoàn,Cấp học,Quận/Huyện,Đơn vị quản lý,Số đoàn viên,Ngày thành lập',
      ...rows,
    ].join('\n');
    const file = join(scratch, 'hn-mam-non-lon.csv');
    writeFileSync(file, `\uFEFF${csv}\n`);
    expect(statSync(file).size).toBeGreaterThan(150_000);
    const before = await cityState();
    await fileInput().setInputFiles(file);
    await checkButton().click();
    await page.getByRole('status').filter({ hasText: 'Tệp không có lỗi: 1.500 dòng.' }).waitFor();
    await importButton().click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Đã nhập 1.500 dòng: thêm mới 1.500' })
      .waitFor({ timeout: 60_000 });
    expect((await cityState()).units).toBe(before.units + 1500);
    expect(await unit('hn-truong-mam-non-thu-nghiem-1500')).toMatchObject({ memberCount: 69 });
  }, 120_000);

  it('refuses a file over 10 MB on the page, before sending it', async () => {
    const file = join(scratch, 'qua-lon.csv');
    writeFileSync(file, Buffer.alloc(11 * 1024 * 1024, 'a'));
    await fileInput().setInputFiles(file);
    await page.getByText(/^Tệp lớn 11 MB, vượt quá 10 MB cho phép/).waitFor();
    expect(await fileInput().getAttribute('aria-invalid')).toBe('true');
    const sent: string[] = [];
    page.on('request', (request) => void (request.url().endsWith('/import') && sent.push(request.url())));
    await checkButton().click();
    expect(sent).toEqual([]);
    expect(await importButton().isDisabled()).toBe(true);
  });
});
