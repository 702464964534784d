import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

// The city officer's records page (issue 13): a concurrent edit of one campaign result in two browser
// contexts is told to the second officer, with the first one's values, and nothing is lost.
const RESULT_URL = '/cong-viec/thanh-pho?muc=ket-qua&phong-trao=hai-tot&nam=2022-2023';

const RESULT_QUERY = `query ($city: String!) {
  city(code: $city) {
    educationUnion { id name }
    campaignResults(first: 100, campaignCode: "hai-tot", schoolYear: "2022-2023") {
      edges { node { id version participants highlights reportedBy { id } } }
    }
  }
}`;

interface StoredResult {
  version: number;
  participants: number | null;
  highlights: string | null;
}

// Two officers signing in through the provider on a shared 2-core machine take a while.
jest.setTimeout(180_000);

describeInBrowser('the city officer’s records workspace', () => {
  let session: DashboardSession;
  let hnToken: string;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
    hnToken = await session.tokenFor({ sub: 'test-hn', role: 'city-officer', city: 'HN' });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The city education union's hai-tot result of 2022-2023, as the graph holds it. */
  async function storedResult(city = 'HN', token = hnToken): Promise<StoredResult & { union: string }> {
    const { data, errors } = await session.federation.query(RESULT_QUERY, { city }, token);
    expect(errors).toBeUndefined();
    const union = data!.city.educationUnion;
    const node = data!.city.campaignResults.edges
      .map((edge: { node: { reportedBy: { id: string } } }) => edge.node)
      .find((candidate: { reportedBy: { id: string } }) => candidate.reportedBy.id === union.id);
    return { ...node, union: union.name };
  }

  async function officerOnResult(username: string): Promise<Page> {
    const { page } = await session.newPage();
    await page.goto(RESULT_URL);
    await signInAs(page, username);
    await page.goto(RESULT_URL);
    await page.getByText(/Đang sửa kết quả đã ghi \(phiên bản \d+\)/).waitFor();
    return page;
  }

  const participants = (page: Page) => page.getByLabel('Số người tham gia', { exact: true });
  const highlights = (page: Page) => page.getByLabel('Điểm nổi bật', { exact: true });

  it('tells the second of two officers editing one result, shows the first one’s values and loses nothing', async () => {
    const before = await storedResult();
    const first = await officerOnResult('hn-officer');
    const second = await officerOnResult('hn-officer');
    // Both read the same version.
    for (const page of [first, second]) {
      await page.getByText(`Đang sửa kết quả đã ghi (phiên bản ${before.version}).`).waitFor();
      expect(await participants(page).inputValue()).toBe(String(before.participants ?? ''));
    }

    await participants(first).fill('11111');
    await highlights(first).fill('Người thứ nhất ghi');
    await first.getByRole('button', { name: 'Lưu', exact: true }).click();
    await first.getByText(`Đã lưu kết quả (phiên bản ${before.version + 1}).`).waitFor();
    expect(await storedResult()).toMatchObject({
      version: before.version + 1,
      participants: 11111,
      highlights: 'Người thứ nhất ghi',
    });

    await participants(second).fill('22222');
    await highlights(second).fill('Người thứ hai ghi');
    await second.getByRole('button', { name: 'Lưu', exact: true }).click();
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'Bản ghi đã được người khác sửa — tải lại' });
    await conflict.waitFor();
    // The other person's values beside the officer's own, which stay in the form.
    const row = conflict.getByRole('row', { name: /Số người tham gia/ });
    await row.locator('[data-side="theirs"]').filter({ hasText: '11111' }).waitFor();
    expect(await row.locator('[data-side="mine"]').textContent()).toBe('22222');
    await conflict.getByText('Người thứ nhất ghi').waitFor();
    expect(await participants(second).inputValue()).toBe('22222');
    expect(await highlights(second).inputValue()).toBe('Người thứ hai ghi');
    // Nothing was overwritten.
    expect(await storedResult()).toMatchObject({ version: before.version + 1, participants: 11111 });
    expect(await seriousAccessibilityViolations(second)).toEqual([]);
    await saveScreenshot(second, 'workspace-city-conflict');

    await conflict.getByRole('button', { name: 'Tải lại' }).click();
    await second.getByText(`Đã tải phiên bản ${before.version + 1}.`, { exact: false }).waitFor();
    expect(await participants(second).inputValue()).toBe('22222');
    await second.getByRole('button', { name: 'Lưu', exact: true }).click();
    await second.getByText(`Đã lưu kết quả (phiên bản ${before.version + 2}).`).waitFor();
    expect(await second.getByText('Bản ghi đã được người khác sửa — tải lại').count()).toBe(0);
    expect(await storedResult()).toMatchObject({
      version: before.version + 2,
      participants: 22222,
      highlights: 'Người thứ hai ghi',
    });
  });

  it('checks each field next to it before sending, and sends nothing', async () => {
    const page = await officerOnResult('hn-officer');
    const before = await storedResult();
    await participants(page).fill('nhiều');
    await page.getByLabel('Tỷ lệ đạt (%)').fill('-3');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Số người tham gia phải là số nguyên.').waitFor();
    await page.getByText('Tỷ lệ đạt (%) phải từ 0 trở lên.').waitFor();
    expect(await participants(page).getAttribute('aria-invalid')).toBe('true');
    expect((await storedResult()).version).toBe(before.version);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('gives a Hải Phòng officer Hải Phòng’s own records, never Hà Nội’s', async () => {
    const page = await officerOnResult('hp-officer');
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ thành phố Hải Phòng' }).waitFor();
    const hpToken = await session.tokenFor({ sub: 'test-hp', role: 'city-officer', city: 'HP' });
    const hp = await storedResult('HP', hpToken);
    const hn = await storedResult();
    expect(await participants(page).inputValue()).toBe(String(hp.participants ?? ''));
    const reporters = await page.getByLabel('Đơn vị báo cáo').locator('option').allTextContents();
    expect(reporters).toContain(hp.union);
    expect(reporters).not.toContain(hn.union);
  });

  it.each([
    ['viewer', 'Người xem'],
    ['newton-officer', 'Newton'],
  ])('does not offer the page to %s', async (username) => {
    const { page } = await session.newPage();
    await page.goto('/cong-viec/thanh-pho');
    await signInAs(page, username);
    await page.goto('/cong-viec/thanh-pho');
    await page.getByText(/không làm được việc này/).waitFor();
    expect(await page.getByRole('heading', { name: /Hồ sơ thành phố/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Lưu' }).count()).toBe(0);
  });
});
