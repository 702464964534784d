import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

// The city officer's other records (issue 13): award decisions recorded and revoked, a unit created,
// changed and closed (a stale version told, not overwritten), and the audit trail that shows it all.
jest.setTimeout(180_000);

describeInBrowser('the city officer records awards and units, and reads the audit trail', () => {
  let session: DashboardSession;
  let token: string;
  let page: Page;
  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
    token = await session.tokenFor({ sub: 'test-hn', role: 'city-officer', city: 'HN' });
    ({ page } = await session.newPage());
    await page.goto('/cong-viec/thanh-pho');
    await signInAs(page, 'hn-officer');
  });
  afterAll(async () => {
    await session?.close();
  });

  const graph = async (query: string, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await session.federation.query(query, variables, token);
    expect(errors).toBeUndefined();
    return data!;
  };
  const open = async (section: string, heading: string) => {
    await page.goto(`/cong-viec/thanh-pho?muc=${section}`);
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('records an award decision and revokes it with a reason', async () => {
    await open('khen-thuong', 'Ghi quyết định khen thưởng');
    const form = page.getByRole('form', { name: 'Ghi quyết định khen thưởng' });
    const year = await form.getByLabel('Năm học').inputValue();
    // Checked next to each field before anything is sent.
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await form.getByText('Chưa nhập Hình thức khen thưởng.').waitFor();
    await form.getByText('Chưa nhập Số tập thể, cá nhân được khen.').waitFor();

    await form.getByLabel('Hình thức khen thưởng').selectOption({ label: 'Bằng khen' });
    await form.getByLabel('Cấp khen').selectOption({ label: 'LĐLĐ thành phố' });
    await form.getByLabel('Đối tượng').selectOption({ label: 'Tập thể' });
    await form.getByLabel('Số tập thể, cá nhân được khen').fill('3');
    await form.getByLabel('Tên tập thể, cá nhân (nếu có)').fill('Tổ Toán – Tin');
    await form.getByLabel('Số quyết định').fill('QĐ-123/H1');
    await form.getByLabel('Ngày quyết định').fill('2026-11-20');
    await form.getByRole('button', { name: 'Lưu', exact: true }).click();
    await form.getByText('Đã ghi quyết định khen thưởng.').waitFor();

    const revoke = page.getByRole('button', { name: /Thu hồi quyết định .*QĐ-123\/H1/ });
    await revoke.click();
    const revokeForm = page.getByRole('form', { name: /Thu hồi quyết định .*QĐ-123\/H1/ });
    await revokeForm.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await revokeForm.getByText('Chưa nhập Lý do thu hồi.').waitFor();
    await revokeForm.getByLabel('Lý do thu hồi').fill('Ghi nhầm đơn vị');
    await revokeForm.getByRole('button', { name: 'Xác nhận thu hồi' }).click();
    await page.getByText('Đã thu hồi quyết định.').waitFor();
    await page
      .getByRole('row', { name: /QĐ-123\/H1/ })
      .getByText('Đã thu hồi')
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    const data = await graph(
      `query ($year: String) { city(code: "HN") { awardDecisions(first: 100, schoolYear: $year) {
        edges { node { decisionNumber status note recipientCount kind issuerLevel recipientName version } } } } }`,
      { year },
    );
    const decision = data.city.awardDecisions.edges
      .map((edge: { node: { decisionNumber: string } }) => edge.node)
      .find((node: { decisionNumber: string }) => node.decisionNumber === 'QĐ-123/H1');
    expect(decision).toMatchObject({
      status: 'REVOKED',
      note: 'Revoked: Ghi nhầm đơn vị',
      recipientCount: 3,
      kind: 'BANG_KHEN',
      issuerLevel: 'LDLD_THANH_PHO',
      recipientName: 'Tổ Toán – Tin',
      version: 2,
    });
  });

  it('creates a unit, tells a stale edit, and closes the unit', async () => {
    const { city } = await graph('{ city(code: "HN") { educationUnion { id name } } }');
    await open('cong-doan', 'Thành lập công đoàn cơ sở');
    const create = page.getByRole('form', { name: 'Thành lập công đoàn cơ sở' });
    await create.getByLabel('Tên trường').fill('Trường Tiểu học Thử Nghiệm Hạ Long');
    await create.getByLabel('Cấp học').selectOption({ label: 'Tiểu học' });
    await create.getByLabel('Đơn vị quản lý trực tiếp').selectOption({ label: city.educationUnion.name });
    await create.getByLabel('Số đoàn viên').fill('25');
    await create.getByLabel('Ngày thành lập').fill('2026-31-09');
    await create.getByRole('button', { name: 'Lưu', exact: true }).click();
    await create.getByText('Ngày thành lập phải là ngày có thật.').waitFor();
    await create.getByLabel('Ngày thành lập').fill('2026-09-01');
    await create.getByRole('button', { name: 'Lưu', exact: true }).click();
    const name = 'Công đoàn Trường Tiểu học Thử Nghiệm Hạ Long';
    await create.getByText(`Đã tạo công đoàn cơ sở ${name}.`).waitFor();

    await page.getByRole('textbox', { name: 'Tìm công đoàn cơ sở' }).fill('thu nghiem ha long');
    await page.getByRole('button', { name: `Chọn ${name}` }).click();
    const edit = page.getByRole('form', { name: `Sửa ${name}` });
    await edit.getByText('Đang sửa phiên bản 1.').waitFor();
    const found = await graph(
      '{ city(code: "HN") { grassrootsUnions(first: 5, search: "thu nghiem ha long") { edges { node { id version } } } } }',
    );
    const id: string = found.city.grassrootsUnions.edges[0].node.id;

    // Someone else changes the unit meanwhile; this officer's change is told, not written over theirs.
    await graph(
      `mutation ($id: ID!) { updateGrassrootsUnion(cityCode: "HN", id: $id, version: 1, input: { memberCount: 40 }) { version } }`,
      { id },
    );
    await edit.getByLabel('Số đoàn viên').fill('30');
    await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Bản ghi đã được người khác sửa — tải lại' });
    await conflict
      .getByRole('row', { name: /Số đoàn viên/ })
      .locator('[data-side="theirs"]', { hasText: '40' })
      .waitFor();
    await conflict.getByRole('button', { name: 'Tải lại' }).click();
    await edit.getByRole('button', { name: 'Lưu', exact: true }).click();
    await edit.getByText('Đã lưu (phiên bản 3).').waitFor();

    const closing = page.getByRole('form', { name: 'Kết thúc hoạt động' });
    await closing.getByLabel('Lý do kết thúc').selectOption({ label: 'Giải thể' });
    await closing.getByLabel('Ngày cuối cùng').fill('2026-11-30');
    await closing.getByLabel('Ghi chú (ví dụ: sáp nhập vào đơn vị nào)').fill('Trường sáp nhập');
    await closing.getByRole('button', { name: 'Kết thúc hoạt động' }).click();
    await page.getByText('Đơn vị này đã kết thúc hoạt động (Giải thể).').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'workspace-city-unit-closed');

    const { grassrootsUnion } = await graph(
      'query ($id: ID!) { grassrootsUnion(cityCode: "HN", id: $id) { status validTo statusNote memberCount version } }',
      { id },
    );
    expect(grassrootsUnion).toEqual({
      status: 'DISSOLVED',
      validTo: '2026-11-30',
      statusNote: 'Trường sáp nhập',
      memberCount: 30,
      version: 4,
    });
  });

  it('shows the changes in the audit trail, newest first, a page at a time', async () => {
    await open('nhat-ky', 'Nhật ký thay đổi hồ sơ');
    const table = page.getByRole('table', { name: 'Nhật ký thay đổi hồ sơ' });
    await table.getByRole('cell', { name: 'closeGrassrootsUnion' }).waitFor();
    const operations = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(operations.slice(0, 6)).toEqual([
      'closeGrassrootsUnion',
      'updateGrassrootsUnion',
      'updateGrassrootsUnion',
      'createGrassrootsUnion',
      'revokeAwardDecision',
      'recordAwardDecision',
    ]);
    const { cityAuditTrail } = await graph('{ cityAuditTrail(cityCode: "HN", first: 1) { totalCount } }');
    await page.getByText(`${cityAuditTrail.totalCount} bản ghi`).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});
