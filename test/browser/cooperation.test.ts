import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  downloadOf,
  workbookOf,
  pdfText,
  saveScreenshot,
  seriousAccessibilityViolations,
  startDashboardSession,
} from './support/browser-harness';

const CAT_BA_DRIVE = 'cat-ba-2024';
const UNAVAILABLE_HP = 'Không có dữ liệu (thành phố Hải Phòng tạm thời không truy cập được)';

/** Money as vi-VN writes it: 20.000.000 ₫ (the page's no-break space is normalised below). */
const vnd = (amount: number) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
/** Text with every run of white space (no-break spaces included) as one space. */
const normalised = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const textOf = async (page: Page, selector = 'main') =>
  normalised(await page.locator(selector).textContent());

/** A view's filter, found by its label as a person would. */
const filterOf = (page: Page, caption: string) => page.getByLabel(caption, { exact: true });

interface DriveTotals {
  target: number;
  pledged: number;
  received: number;
  awarded: number;
  disbursed: number;
  remainingToRaise: number;
  remainingToDisburse: number;
}
const MONEY = ['target', 'pledged', 'received', 'awarded', 'disbursed'] as const;

describeInBrowser('dashboard: cooperation views (drives, programmes, twinning) in Chromium', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  const graph = async <T>(query: string, variables?: Record<string, unknown>, token?: string) => {
    const result = await session.federation.query<T>(query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  it('lists the drives with the graph’s totals in VND, and exports the table with money as numbers', async () => {
    const { scholarshipDrives: drives } = await graph<{
      scholarshipDrives: { id: string; title: string; totals: DriveTotals }[];
    }>(`{ scholarshipDrives { id title totals { target pledged received awarded disbursed } } }`);
    expect(drives.length).toBeGreaterThan(0);
    const { page } = await session.newPage();
    await page.goto('/hoc-bong');
    await page.getByRole('heading', { level: 1, name: 'Quỹ học bổng liên thành phố' }).waitFor();
    for (const drive of drives) {
      const row = page.locator('tbody tr', { has: page.locator(`a[href="/hoc-bong/${drive.id}"]`) });
      await row.waitFor();
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(3).map(normalised)).toEqual(MONEY.map((key) => vnd(drive.totals[key])));
    }
    const catBa = page.locator('tbody tr', { has: page.locator(`a[href="/hoc-bong/${CAT_BA_DRIVE}"]`) });
    expect(normalised(await catBa.textContent())).toContain('Công đoàn Trường THCS-THPT Newton');
    expect(normalised(await catBa.locator('td').nth(3).textContent())).toBe('20.000.000 ₫');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'drives');

    const file = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    );
    expect(file.name).toMatch(/\.xlsx$/);
    const workbook = await workbookOf(file.bytes);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'Đợt học bổng',
      'Trạng thái',
      'Đơn vị tổ chức',
      'Mục tiêu',
      'Đã cam kết',
      'Đã nhận',
      'Đã trao',
      'Đã chi',
    ]);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(drives.length);
    for (const drive of drives) {
      const row = rows.find((values) => values[1] === drive.title)!;
      expect(row).toBeDefined();
      // Columns 4..8 (1-based in ExcelJS): numbers a spreadsheet can sum, not "20.000.000 ₫" text.
      expect(row.slice(4, 9)).toEqual(MONEY.map((key) => drive.totals[key]));
    }
    expect(sheet.getColumn(4).numFmt).toContain('₫');
  });

  it('shows the Cát Bà drive: 20 × 1.000.000 ₫ = 20.000.000 ₫, the graph’s figures, students by initials only', async () => {
    const query = `query($id: ID!) { scholarshipDrive(id: $id) {
      title scholarships amountEach
      totals { target pledged received awarded disbursed remainingToRaise remainingToDisburse scholarshipsAwarded }
      nominations { initials } } }`;
    const { scholarshipDrive: drive } = await graph<{
      scholarshipDrive: {
        title: string;
        scholarships: number;
        amountEach: number;
        totals: DriveTotals & { scholarshipsAwarded: number };
        nominations: { initials: string }[];
      };
    }>(query, { id: CAT_BA_DRIVE });
    expect(drive.totals.target).toBe(20_000_000);
    // The students' names, as only the drive's organisers may read them. (A hub-admin token is refused
    // Nomination.student too: the graph lets only organisers and the nominating unit see it.)
    const organiser = await session.federation.tokenFor({
      sub: 'test-hn-officer',
      role: 'city-officer',
      city: 'HN',
    });
    const named = await graph<{
      scholarshipDrive: { nominations: { student: { fullName: string | null } }[] };
    }>(
      `query($id: ID!) { scholarshipDrive(id: $id) { nominations { student { fullName } } } }`,
      { id: CAT_BA_DRIVE },
      organiser,
    );
    const fullNames = named.scholarshipDrive.nominations.map((n) => n.student.fullName!);
    expect(fullNames).toHaveLength(20);
    // "Bùi Văn Long (demo 18)": the name itself as well as the record's full text.
    const namesToHide = [...new Set(fullNames.flatMap((name) => [name, name.replace(/\s*\(demo.*\)$/, '')]))];

    const { page } = await session.newPage();
    await page.goto(`/hoc-bong/${CAT_BA_DRIVE}`);
    await page.getByRole('heading', { level: 1, name: drive.title }).waitFor();
    await page.getByText('Công đoàn Trường THPT Cát Bà').first().waitFor();
    expect(normalised(await page.getByTestId('drive-target-formula').textContent())).toBe(
      '20 suất × 1.000.000 ₫ = 20.000.000 ₫',
    );
    for (const key of [...MONEY, 'remainingToRaise', 'remainingToDisburse'] as const) {
      const figure = page.locator(`[data-figure="${key}"] dd`);
      expect(normalised(await figure.textContent())).toBe(vnd(drive.totals[key]));
    }
    expect(normalised(await page.locator('[data-figure="scholarshipsAwarded"] dd').textContent())).toBe(
      '20 / 20',
    );
    const text = await textOf(page);
    for (const name of [
      'Công đoàn Trường THCS-THPT Newton',
      'Công đoàn ngành Giáo dục Hà Nội',
      'Trường THPT Cát Bà',
    ]) {
      expect(text).toContain(name);
    }
    for (const { initials } of drive.nominations) expect(text).toContain(initials);
    for (const name of namesToHide) expect(text).not.toContain(name);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'drive-detail');

    const pdf = await downloadOf(page, () => page.getByRole('button', { name: 'Xuất PDF (A4)' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    // A4 in PostScript points.
    expect(pdf.bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    const report = normalised(await pdfText(pdf.bytes));
    for (const name of [
      drive.title,
      'Trường THPT Cát Bà',
      'Trường THCS-THPT Newton',
      'Công đoàn ngành Giáo dục Hà Nội',
      'Phòng Giáo dục và Đào tạo huyện Cát Hải',
      '20 suất × 1.000.000 ₫ = 20.000.000 ₫',
    ]) {
      expect(report).toContain(name);
    }
    for (const name of namesToHide) expect(report).not.toContain(name);
  });

  it('draws the programmes as a timeline: both co-chairs, Cát Bà visited, the drive linked, year and city in the URL', async () => {
    const { overdueFollowUps } = await graph<{ overdueFollowUps: { action: string }[] }>(
      `{ overdueFollowUps { action } }`,
    );
    const { page } = await session.newPage();
    await page.goto('/giao-luu');
    const timeline = page.locator('ol.timeline');
    await timeline.getByText('Đỗ Văn Nam').first().waitFor();
    const programme = timeline.locator('article[data-programme="hn-hp-chia-se-kinh-nghiem"]');
    await programme
      .locator('li[data-unit="hp-thpt-cat-ba"]', { hasText: 'Công đoàn Trường THPT Cát Bà' })
      .waitFor();
    const text = normalised(await programme.textContent());
    for (const expected of [
      'Đỗ Văn Nam',
      'Trần Văn Thắng',
      'Cát Bà, Hải Phòng',
      'Đồng chủ trì',
      'Hà Nội: 5 thành viên',
    ]) {
      expect(text).toContain(expected);
    }
    await expect(programme.locator(`a[href="/hoc-bong/${CAT_BA_DRIVE}"]`).textContent()).resolves.toContain(
      '20.000.000',
    );
    expect(overdueFollowUps.length).toBeGreaterThan(0);
    const overdue = normalised(await page.locator('main > section > .data-table').last().textContent());
    for (const { action } of overdueFollowUps) expect(overdue).toContain(normalised(action));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'programmes');

    await filterOf(page, 'Năm').selectOption('2024');
    await filterOf(page, 'Thành phố').selectOption('HN');
    await page.waitForURL(/year=2024/);
    await page.waitForURL(/city=HN/);
    await page.reload();
    await timeline.getByText('Trần Văn Thắng').first().waitFor();
    await expect(filterOf(page, 'Năm').inputValue()).resolves.toBe('2024');
    await expect(filterOf(page, 'Thành phố').inputValue()).resolves.toBe('HN');
    await filterOf(page, 'Năm').selectOption('');
    await page.waitForURL((url) => !url.searchParams.has('year'));
  });

  it('shows the newton-cat-ba twinning with both units and its activity log; the city in the URL', async () => {
    const { page } = await session.newPage();
    await page.goto('/ket-nghia');
    const card = page.locator('article[data-partnership="newton-cat-ba"]');
    await card.waitFor();
    await expect(card.locator('[data-unit="A"]').textContent()).resolves.toContain(
      'Công đoàn Trường THCS-THPT Newton',
    );
    await expect(card.locator('[data-unit="B"]').textContent()).resolves.toContain(
      'Công đoàn Trường THPT Cát Bà',
    );
    expect(normalised(await card.textContent())).toContain('Trao học bổng');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'twinning');

    const { schoolPartnerships } = await graph<{ schoolPartnerships: { totalCount: number } }>(
      `{ schoolPartnerships(cityCode: "HP") { totalCount } }`,
    );
    await filterOf(page, 'Thành phố').selectOption('HP');
    await page.waitForURL(/city=HP/);
    await page.getByText(`${schoolPartnerships.totalCount} cặp kết nghĩa`).waitFor();
    await expect(page.locator('article[data-partnership]').count()).resolves.toBe(
      schoolPartnerships.totalCount,
    );
    await page.reload();
    await card.waitFor();
    await expect(filterOf(page, 'Thành phố').inputValue()).resolves.toBe('HP');
  });

  // Last: a stopped city cannot be restarted in this session.
  it('after Hải Phòng stops, shows Hà Nội’s side and says where Hải Phòng’s data is missing', async () => {
    await session.federation.stopCity('HP');
    const { page } = await session.newPage();

    await page.goto('/ket-nghia');
    const card = page.locator('article[data-partnership="newton-cat-ba"]');
    await card.waitFor();
    await expect(card.locator('[data-unit="A"]').textContent()).resolves.toContain(
      'Công đoàn Trường THCS-THPT Newton',
    );
    await expect(card.locator('[data-unit="B"]').textContent()).resolves.toBe(UNAVAILABLE_HP);
    await expect(page.locator('.partial-notice').textContent()).resolves.toContain('Hải Phòng');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'twinning-hp-down');

    await page.goto(`/hoc-bong/${CAT_BA_DRIVE}`);
    await page.getByText('Công đoàn Trường THCS-THPT Newton').first().waitFor();
    expect(normalised(await page.locator('[data-figure="target"] dd').textContent())).toBe('20.000.000 ₫');
    expect(await textOf(page)).toContain(UNAVAILABLE_HP);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/giao-luu');
    const programme = page.locator('article[data-programme="hn-hp-chia-se-kinh-nghiem"]');
    await programme.getByText('Trần Văn Thắng').first().waitFor();
    await programme.locator('li[data-unit="hp-thpt-cat-ba"]', { hasText: UNAVAILABLE_HP }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
