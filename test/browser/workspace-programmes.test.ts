import type { Page, Request } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

const TITLE = 'Giao lưu chia sẻ kinh nghiệm Hà Nội – Hải Phòng 2025';
const FORBIDDEN_TEXT = 'Bạn không có quyền làm việc này. Chưa có gì được ghi lại.';

interface Programme {
  id: string;
  title: string;
  cityCodes: string[];
  status: string;
  outcomes: string[];
  delegationMembers: { cityCode: string; fullName: string; position: string; coChair: boolean }[];
  followUps: { id: string; action: string; ownerCity: string; dueOn: string; status: string }[];
}

const PROGRAMMES = `query($cityCode: String) { exchangeProgrammes(cityCode: $cityCode) {
  id title cityCodes status outcomes
  delegationMembers { cityCode fullName position coChair }
  followUps { id action ownerCity dueOn status } } }`;

const isAddMember = (request: Request) =>
  request.url().endsWith('/graphql') && (request.postData() ?? '').includes('addDelegationMember');

describeInBrowser('workspace: exchange programmes and twinning activity', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const ours = async () => {
    const result = await session.federation.query<{ exchangeProgrammes: Programme[] }>(PROGRAMMES, {
      cityCode: 'HN',
    });
    expect(result.errors).toBeUndefined();
    return result.data!.exchangeProgrammes.find((programme) => programme.title === TITLE);
  };

  const openAs = async (username: string, path: string): Promise<Page> => {
    const { page } = await session.newPage();
    await page.goto(path);
    await signInAs(page, username);
    return page;
  };

  const addMember = async (page: Page, fullName: string, position: string) => {
    await page.getByLabel('Họ tên').fill(fullName);
    await page.getByLabel('Chức vụ').fill(position);
    await page.getByRole('button', { name: 'Thêm vào đoàn' }).click();
  };

  it('lets Hà Nội plan a programme with Hải Phòng and name its own delegation', async () => {
    const page = await openAs('hn-officer', '/cong-viec/giao-luu');
    await page.getByRole('heading', { level: 1, name: 'Chương trình giao lưu' }).waitFor();
    // Client checks first: nothing is sent, each field says what is missing.
    await page.getByRole('button', { name: 'Lập chương trình' }).click();
    await page.getByText('Chưa nhập Tên chương trình.').waitFor();
    await page.getByText('Chưa nhập Ngày bắt đầu.').waitFor();
    expect(await ours()).toBeUndefined();

    await page.getByLabel('Tên chương trình').fill(TITLE);
    await page.getByLabel('Hình thức').selectOption('EXPERIENCE_SHARING');
    await page.getByRole('group', { name: 'Các thành phố tham gia' }).getByLabel('Hải Phòng').check();
    await page.getByLabel('Ngày bắt đầu').fill('2025-03-10');
    await page.getByLabel('Ngày kết thúc').fill('2025-03-09');
    await page.getByRole('button', { name: 'Lập chương trình' }).click();
    await page.getByText('Ngày kết thúc không được trước ngày bắt đầu.').waitFor();
    await page.getByLabel('Ngày kết thúc').fill('2025-03-11');
    await page.getByLabel('Địa điểm').fill('Hải Phòng');
    await page.getByRole('button', { name: 'Lập chương trình' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã lập chương trình “${TITLE}”` })
      .waitFor();

    const created = await ours();
    expect(created).toMatchObject({ cityCodes: expect.arrayContaining(['HN', 'HP']), status: 'PLANNED' });
    // The new programme is the one chosen, once the list is read again.
    const chosen = page.getByLabel('Chương trình', { exact: true }).locator('option:checked');
    await chosen.filter({ hasText: TITLE }).waitFor({ state: 'attached' });
    expect(await chosen.getAttribute('value')).toBe(created!.id);

    await page.getByRole('heading', { name: 'Đoàn của Hà Nội' }).waitFor();
    await addMember(page, 'Nguyễn Thị Thử', 'Phó Chủ tịch');
    await page.getByRole('status').filter({ hasText: 'Đã thêm Nguyễn Thị Thử vào đoàn.' }).waitFor();
    expect((await ours())!.delegationMembers).toEqual([
      { cityCode: 'HN', fullName: 'Nguyễn Thị Thử', position: 'Phó Chủ tịch', coChair: false },
    ]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-programmes-hn-officer');
  });

  it('lets Hải Phòng add to its own delegation only: the graph refuses Hà Nội’s, and the page says so', async () => {
    const page = await openAs('hp-officer', '/cong-viec/giao-luu');
    await page.getByLabel('Chương trình', { exact: true }).selectOption({ label: TITLE });
    // The page offers Hải Phòng's delegation only.
    await page.getByRole('heading', { name: 'Đoàn của Hải Phòng' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Đoàn của Hà Nội' }).count()).toBe(0);

    const sent = page.waitForRequest(isAddMember);
    await addMember(page, 'Trần Văn Hải', 'Ủy viên Ban Chấp hành');
    await page.getByRole('status').filter({ hasText: 'Đã thêm Trần Văn Hải vào đoàn.' }).waitFor();

    // The same request with Hà Nội's delegation, sent with the Hải Phòng officer's own token.
    const request = await sent;
    const body = JSON.parse(request.postData()!) as { variables: { input: Record<string, unknown> } };
    body.variables.input = { ...body.variables.input, cityCode: 'HN', fullName: 'Người Không Được Thêm' };
    const replay = await fetch(request.url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: request.headers()['authorization']! },
      body: JSON.stringify(body),
    });
    const answer = (await replay.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // And when the page's own request is for Hà Nội, the page shows the graph's refusal.
    await page.route('**/graphql', async (route) => {
      const data = route.request().postData() ?? '';
      if (!data.includes('addDelegationMember')) return route.continue();
      const changed = JSON.parse(data) as { variables: { input: Record<string, unknown> } };
      changed.variables.input.cityCode = 'HN';
      await route.continue({ postData: JSON.stringify(changed) });
    });
    await addMember(page, 'Người Bị Từ Chối', 'Ủy viên');
    const alert = page.getByRole('alert').filter({ hasText: FORBIDDEN_TEXT });
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('FORBIDDEN');
    // What was typed is kept, and nothing was recorded for either city.
    expect(await page.getByLabel('Họ tên').inputValue()).toBe('Người Bị Từ Chối');
    await page.unroute('**/graphql');
    const members = (await ours())!.delegationMembers.map(
      (member) => `${member.cityCode}:${member.fullName}`,
    );
    expect(members.sort()).toEqual(['HN:Nguyễn Thị Thử', 'HP:Trần Văn Hải']);
  });

  it('records the outcome with a follow-up, which its owner city marks done', async () => {
    const page = await openAs('hp-officer', '/cong-viec/giao-luu');
    await page.getByLabel('Chương trình', { exact: true }).selectOption({ label: TITLE });
    await page.getByLabel('Trạng thái').selectOption('HELD');
    await page
      .getByLabel('Kết quả (mỗi dòng một kết quả)')
      .fill('Ký kế hoạch phối hợp\nTrao đổi 3 chuyên đề');
    await page.getByRole('button', { name: 'Thêm việc cần làm tiếp' }).click();
    const row = page.getByRole('group', { name: 'Việc cần làm tiếp 1' });
    await page.getByRole('button', { name: 'Ghi kết quả' }).click();
    await row.getByText('Chưa nhập Việc cần làm.').waitFor();
    await row.getByLabel('Việc cần làm').fill('Tổ chức tập huấn chung tại Hải Phòng');
    await row.getByLabel('Thành phố phụ trách').selectOption('HP');
    await row.getByLabel('Hạn').fill('2025-06-30');
    await page.getByRole('button', { name: 'Ghi kết quả' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi kết quả chương trình.' }).waitFor();

    const recorded = (await ours())!;
    expect(recorded).toMatchObject({
      status: 'HELD',
      outcomes: ['Ký kế hoạch phối hợp', 'Trao đổi 3 chuyên đề'],
    });
    expect(recorded.followUps).toEqual([
      expect.objectContaining({
        action: 'Tổ chức tập huấn chung tại Hải Phòng',
        ownerCity: 'HP',
        dueOn: '2025-06-30',
        status: 'OPEN',
      }),
    ]);

    const followUp = page.getByRole('row').filter({ hasText: 'Tổ chức tập huấn chung tại Hải Phòng' });
    await followUp.getByRole('button', { name: 'Đã xong' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã cập nhật việc cần làm tiếp.' }).waitFor();
    expect((await ours())!.followUps[0]!.status).toBe('DONE');
    await followUp.getByRole('cell', { name: 'Đã xong' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lets Newton’s school officer log an activity of the Newton–Cát Bà twinning', async () => {
    const page = await openAs('newton-officer', '/cong-viec/ket-nghia');
    await page.getByRole('heading', { level: 1, name: 'Kết nghĩa trường' }).waitFor();
    const choice = page.getByLabel('Cặp kết nghĩa');
    expect(await choice.inputValue()).toBe('newton-cat-ba');
    // Only the partnerships of Newton's own union are offered.
    expect(await choice.locator('option').count()).toBe(1);

    await page.getByLabel('Số người tham gia').fill('nhiều');
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await page.getByText('Chưa nhập Ngày tổ chức.').waitFor();
    await page.getByText('Số người tham gia phải là số nguyên.').waitFor();
    await page.getByLabel('Ngày tổ chức').fill('2025-04-12');
    await page
      .getByRole('textbox', { name: 'Hoạt động', exact: true })
      .fill('Sinh hoạt chuyên môn chung trực tuyến');
    await page.getByLabel('Số người tham gia').fill('36');
    await page.getByLabel('Ghi chú').fill('Môn Toán và Tiếng Anh');
    await page.getByRole('button', { name: 'Ghi hoạt động' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã ghi hoạt động' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'Sinh hoạt chuyên môn chung trực tuyến' }).waitFor();

    const result = await session.federation.query<{
      schoolPartnership: {
        activities: { heldOn: string; kind: string; participants: number; note: string }[];
      };
    }>(`{ schoolPartnership(id: "newton-cat-ba") { activities { heldOn kind participants note } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.schoolPartnership.activities).toContainEqual({
      heldOn: '2025-04-12',
      kind: 'Sinh hoạt chuyên môn chung trực tuyến',
      participants: 36,
      note: 'Môn Toán và Tiếng Anh',
    });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-twinning-newton-officer');
  });
});
