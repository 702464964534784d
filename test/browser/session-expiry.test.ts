import { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

/** Access tokens live this long here, so that expiry happens within a test. */
const ACCESS_TOKEN_SECONDS = 5;

/** The signed-in user oidc-client-ts keeps in this tab's sessionStorage. */
async function storedUser(page: Page): Promise<{ access_token: string; refresh_token?: string }> {
  const json = await page.evaluate<string>(
    "Object.entries(window.sessionStorage).find(([key]) => key.startsWith('oidc.user:'))?.[1] ?? 'null'",
  );
  return JSON.parse(json) as { access_token: string; refresh_token?: string };
}

/** Real time must pass for a token to expire at the provider and the gateway alike. */
const outliveAccessToken = () =>
  new Promise((resolve) => setTimeout(resolve, (ACCESS_TOKEN_SECONDS + 2) * 1000));

describeInBrowser('a session that runs out', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: { accessTokenTtlSeconds: ACCESS_TOKEN_SECONDS } });
  });
  afterAll(async () => {
    await session?.close();
  });

  const activities = async () => {
    const token = await session.tokenFor({ sub: 'check', role: 'hub-admin' });
    const result = await session.federation.query<{
      schoolPartnership: { activities: { kind: string }[] };
    }>('{ schoolPartnership(id: "newton-cat-ba") { activities { kind } } }', {}, token);
    return result.data!.schoolPartnership.activities.map(({ kind }) => kind);
  };

  it('refreshes an expired access token with the refresh token, without asking', async () => {
    const { page } = await session.newPage();
    await page.goto('/');
    await signInAs(page, 'newton-officer');
    const first = await storedUser(page);
    expect(first.refresh_token).toBeTruthy();
    await outliveAccessToken();
    // A page that needs the school officer's identity loads as theirs, on a new token.
    await page.goto('/cong-viec/ket-nghia');
    await page.getByLabel('Cặp kết nghĩa').waitFor();
    expect(await page.getByLabel('Cặp kết nghĩa').inputValue()).toBe('newton-cat-ba');
    expect((await storedUser(page)).access_token).not.toBe(first.access_token);
    expect(await page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' }).count()).toBe(0);
  });

  it('asks to sign in again in a popup when the session is over, keeping the form as it was', async () => {
    const { page, context } = await session.newPage();
    await page.goto('/cong-viec/ket-nghia');
    await signInAs(page, 'newton-officer');
    await page.getByLabel('Cặp kết nghĩa').waitFor();
    await page.getByLabel('Ngày tổ chức').fill('2025-05-20');
    await page.getByRole('textbox', { name: 'Hoạt động', exact: true }).fill('Giao lưu thể thao hai trường');
    await page.getByLabel('Số người tham gia').fill('48');

    // The provider ends the session: the refresh token is revoked and its cookies are gone.
    const { refresh_token } = await storedUser(page);
    const revoked = await fetch(`${session.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        token: refresh_token!,
        token_type_hint: 'refresh_token',
        client_id: 'union-hub-dashboard',
      }),
    });
    expect(revoked.status).toBe(200);
    await context.clearCookies();
    await outliveAccessToken();

    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phiên đăng nhập đã hết hạn' });
    await dialog.waitFor();
    expect(await activities()).not.toContain('Giao lưu thể thao hai trường');
    // Nothing typed was lost.
    expect(await page.getByLabel('Ngày tổ chức').inputValue()).toBe('2025-05-20');
    expect(await page.getByLabel('Số người tham gia').inputValue()).toBe('48');

    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      dialog.getByRole('button', { name: 'Đăng nhập lại' }).click(),
    ]);
    await popup.getByLabel('Tên đăng nhập').fill('newton-officer');
    await popup.getByLabel('Mật khẩu').fill('Newton-2025');
    await popup.getByRole('button', { name: 'Đăng nhập' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/cong-viec/ket-nghia');
    expect(await page.getByRole('textbox', { name: 'Hoạt động', exact: true }).inputValue()).toBe(
      'Giao lưu thể thao hai trường',
    );

    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi hoạt động' }).waitFor();
    expect((await activities()).filter((kind) => kind === 'Giao lưu thể thao hai trường')).toHaveLength(1);
  });

  it('shows a refusal of the graph next to its field, in Vietnamese, and records nothing', async () => {
    const { page } = await session.newPage();
    await page.goto('/cong-viec/ket-nghia');
    await signInAs(page, 'newton-officer');
    await page.getByLabel('Ngày tổ chức').fill('2025-06-01');
    // One letter passes the page's own checks; the graph wants at least two.
    await page.getByRole('textbox', { name: 'Hoạt động', exact: true }).fill('Z');
    await page.getByLabel('Số người tham gia').fill('12');
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chưa có gì được ghi lại' }).waitFor();
    const field = page.getByRole('textbox', { name: 'Hoạt động', exact: true });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const notes = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(notes).toContain('Cần ít nhất 2 ký tự.');
    expect(await activities()).not.toContain('Z');
  });
});
