import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

const PERIOD = '2030-2031';

describeInBrowser('workspace: hub administration', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const graph = async <T>(query: string, token?: string) => {
    const result = await session.federation.query<T>(query, undefined, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  const openAs = async (username: string, path: string): Promise<Page> => {
    const { page } = await session.newPage();
    await page.goto(path);
    await signInAs(page, username);
    return page;
  };

  it('registers Đà Nẵng, adds a campaign edition and shows both in the hub audit trail', async () => {
    const page = await openAs('hub-admin', '/cong-viec/quan-tri');
    await page.getByRole('heading', { level: 1, name: 'Quản trị hub' }).waitFor();

    // "ĐN" is not a code the registry takes: said next to the field, nothing sent.
    const code = page.getByRole('textbox', { name: 'Mã thành phố' });
    await code.fill('ĐN');
    await page.getByRole('textbox', { name: 'Tên tiếng Việt' }).fill('Đà Nẵng');
    await page.getByRole('textbox', { name: 'Ngày tham gia' }).fill('2025-01-15');
    await page.getByRole('button', { name: 'Đăng ký thành phố' }).click();
    await page.getByText('Mã thành phố chỉ gồm 2–8 chữ in hoa không dấu (A–Z), ví dụ DN.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');

    await code.fill('DN');
    await page.getByRole('textbox', { name: 'Tên tiếng Anh' }).fill('Da Nang');
    await page.getByRole('button', { name: 'Đăng ký thành phố' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã đăng ký Đà Nẵng (DN).' }).waitFor();
    const { city } = await graph<{ city: { name: string; englishName: string; joinedOn: string } }>(
      `{ city(code: "DN") { name englishName joinedOn } }`,
    );
    expect(city).toEqual({ name: 'Đà Nẵng', englishName: 'Da Nang', joinedOn: '2025-01-15' });

    // A second registration of the same code is refused, and the page says nothing was recorded.
    await code.fill('DN');
    await page.getByRole('textbox', { name: 'Tên tiếng Việt' }).fill('Đà Nẵng');
    await page.getByRole('textbox', { name: 'Ngày tham gia' }).fill('2025-01-15');
    await page.getByRole('button', { name: 'Đăng ký thành phố' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chưa có gì được ghi lại' }).waitFor();

    const { campaigns } = await graph<{ campaigns: { code: string; name: string }[] }>(
      `{ campaigns { code name } }`,
    );
    const campaign = campaigns[0]!;
    const edition = page.getByRole('form', { name: 'Thêm kỳ so sánh' });
    await edition.getByRole('combobox', { name: 'Phong trào, cuộc vận động' }).selectOption(campaign.code);
    await edition.getByRole('textbox', { name: 'Kỳ' }).fill('2030-2032');
    await edition.getByRole('button', { name: 'Thêm kỳ' }).click();
    await edition.getByText('Kỳ phải là năm học như 2024-2025 hoặc năm như 2025.').waitFor();
    await edition.getByRole('textbox', { name: 'Kỳ' }).fill(PERIOD);
    await edition.getByRole('button', { name: 'Thêm kỳ' }).click();
    await edition
      .getByRole('status')
      .filter({ hasText: `Đã thêm kỳ ${PERIOD}.` })
      .waitFor();
    const stored = await graph<{ campaign: { editions: { period: string }[] } }>(
      `{ campaign(code: "${campaign.code}") { editions { period } } }`,
    );
    expect(stored.campaign.editions.map((row) => row.period)).toContain(PERIOD);

    // The trail, newest first: the edition, then the city.
    const trail = page.getByRole('table', { name: 'Nhật ký thay đổi của hub' });
    await trail.getByRole('row').filter({ hasText: 'addCampaignEdition' }).waitFor();
    await trail.getByRole('row').filter({ hasText: 'registerCity' }).waitFor();
    const token = await session.tokenFor({ sub: 'test-hub-admin', role: 'hub-admin' });
    const { hubAuditTrail } = await graph<{
      hubAuditTrail: { edges: { node: { operation: string; recordId: string } }[] };
    }>(`{ hubAuditTrail(first: 5) { edges { node { operation recordId } } } }`, token);
    const operations = hubAuditTrail.edges.map(({ node }) => `${node.operation} ${node.recordId}`);
    expect(operations).toEqual(expect.arrayContaining(['registerCity DN']));
    expect(operations.some((line) => line.startsWith('addCampaignEdition'))).toBe(true);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-admin-hub-admin');
  });

  it('does not offer the administration to a city officer, and the graph refuses them', async () => {
    const page = await openAs('hn-officer', '/cong-viec');
    const menu = page.getByRole('navigation', { name: 'Công việc' });
    await menu.getByRole('link', { name: 'Chương trình giao lưu' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Quản trị hub' }).count()).toBe(0);

    await page.goto('/cong-viec/quan-tri');
    await page.getByText('không làm được việc này').waitFor();
    expect(await page.getByRole('button', { name: 'Đăng ký thành phố' }).count()).toBe(0);

    const token = await session.tokenFor({ sub: 'test-hn', role: 'city-officer', city: 'HN' });
    const refused = await session.federation.query(
      `mutation { registerCity(input: { code: "QN", name: "Quảng Ninh", joinedOn: "2025-01-01" }) { code } }`,
      undefined,
      token,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
