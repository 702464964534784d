import { DEMO_ACCOUNTS } from '../../scripts/identity-provider/demo-accounts';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

/** What each demo account's workspace menu offers (workspace-menu.ts), in the page's own words. */
const MENUS: Record<string, string[]> = {
  'hn-officer': [
    'Hồ sơ thành phố',
    'Nhập dữ liệu từ tệp',
    'Quỹ học bổng',
    'Chương trình giao lưu',
    'Kết nghĩa trường',
  ],
  'hp-officer': [
    'Hồ sơ thành phố',
    'Nhập dữ liệu từ tệp',
    'Quỹ học bổng',
    'Chương trình giao lưu',
    'Kết nghĩa trường',
  ],
  'newton-officer': ['Quỹ học bổng', 'Kết nghĩa trường'],
  'catba-officer': ['Quỹ học bổng', 'Kết nghĩa trường'],
  'hub-admin': ['Quản trị hub'],
  viewer: [],
};

describeInBrowser('signing in through the demo OpenID Connect provider', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(DEMO_ACCOUNTS.map((account) => account.username))(
    '%s signs in and sees their menu',
    async (username) => {
      const { page } = await session.newPage();
      await page.goto('/so-sanh');
      await signInAs(page, username);
      // Back where they were, with their role named and only their work offered.
      expect(new URL(page.url()).pathname).toBe('/so-sanh');
      const menu = page.getByRole('navigation', { name: 'Công việc' });
      const links = (await menu.getByRole('link').allTextContents()).slice(1);
      expect(links).toEqual(MENUS[username]);
      await page.goto('/cong-viec');
      await page.getByRole('heading', { name: 'Công việc của tôi' }).waitFor();
      if (username === 'hn-officer') {
        await expect(page.getByText('Cán bộ công đoàn thành phố HN')).toBeTruthy();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await saveScreenshot(page, 'workspace-home-hn-officer');
      }
      // Tokens stay in this tab's sessionStorage; nothing of the session goes to localStorage.
      const local = await page.evaluate<string>('JSON.stringify(window.localStorage)');
      expect(local).not.toMatch(/token|oidc/i);
    },
  );

  it('the gateway tells the app which provider to sign in with', async () => {
    const response = await fetch(`${session.baseUrl}/auth-config.json`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      authority: session.issuer,
      clientId: 'union-hub-dashboard',
      scope: 'openid profile offline_access hub',
    });
  });

  it('refuses a wrong password on the provider page and signs out back to the public dashboard', async () => {
    const { page } = await session.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByLabel('Tên đăng nhập').fill('hn-officer');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Sai tên đăng nhập hoặc mật khẩu' }).waitFor();
    await signInAs(page, 'hn-officer');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();
    expect(new URL(page.url()).origin).toBe(session.baseUrl);
    expect(await page.getByRole('navigation', { name: 'Công việc' }).count()).toBe(0);
    expect(
      await page.evaluate<string[]>(
        "Object.keys(window.sessionStorage).filter((key) => key.startsWith('oidc.user'))",
      ),
    ).toEqual([]);
  });
});
