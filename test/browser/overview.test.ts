import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  startDashboardSession,
} from './support/browser-harness';

describeInBrowser('dashboard: overview in Chromium', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows every city with its union, chair and counts, in Vietnamese, with the year in the URL', async () => {
    const { page } = await session.newPage();
    await page.goto('/?period=2022-2023');
    const hanoi = page.locator('article[data-city="HN"]');
    const haiphong = page.locator('article[data-city="HP"]');
    await hanoi.getByText('Đỗ Văn Nam').waitFor();
    await haiphong.getByText('Trần Văn Thắng').waitFor();
    await expect(hanoi.textContent()).resolves.toContain('Công đoàn ngành Giáo dục Hà Nội');
    await expect(haiphong.textContent()).resolves.toContain('Công đoàn ngành Giáo dục Hải Phòng');
    // 315 grassroots unions in the HN demo: a count, formatted vi-VN.
    await expect(hanoi.locator('dd').first().textContent()).resolves.toBe('315');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.getByLabel('Năm học / kỳ').inputValue()).resolves.toBe('2022-2023');
    await page.reload();
    await hanoi.getByText('Đỗ Văn Nam').waitFor();
    await expect(page.getByLabel('Năm học / kỳ').inputValue()).resolves.toBe('2022-2023');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'overview');
  });

  it('switches to English and keeps the choice', async () => {
    const { page } = await session.newPage();
    await page.goto('/');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { name: 'Cities at a glance' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Cities at a glance' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });
});

describeInBrowser('dashboard: overview with a city down', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession({ cityTimeoutMs: 1_000 });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says which city cannot be reached and still shows the other', async () => {
    const { page } = await session.newPage();
    await page.goto('/?period=2022-2023');
    await page.locator('article[data-city="HP"]').getByText('Trần Văn Thắng').waitFor();
    await session.federation.stopCity('HP');
    await page.reload();
    const haiphong = page.locator('article[data-city="HP"]');
    await haiphong.getByText('Không có dữ liệu (thành phố Hải Phòng tạm thời không truy cập được)').waitFor();
    await expect(haiphong.textContent()).resolves.not.toMatch(/Trần Văn Thắng/);
    await page.locator('article[data-city="HN"]').getByText('Đỗ Văn Nam').waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toContain('Hải Phòng');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'overview-city-down');
  });
});
