import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  seriousAccessibilityViolations,
  signInAs,
  startDashboardSession,
} from './support/browser-harness';

// Invented students: their names must reach the graph only, never a URL, the console or storage.
const STUDENT_A = 'Trần Thị Minh Anh';
const STUDENT_B = 'Phạm Văn Quang';
const OFFICERS = ['hn-officer', 'hp-officer', 'newton-officer', 'catba-officer'] as const;
type Officer = (typeof OFFICERS)[number];

const DRIVE_STATE = `query($id: ID!) { scholarshipDrive(id: $id) {
  status personalDataErasedOn parties { role cityCode }
  totals { pledged received awarded disbursed }
  pledges { id amount receivedAmount status }
  nominations { status student { fullName guardianName guardianConsentOn guardianConsentMethod } }
  awardedScholarships { nomination { initials student { fullName } } }
} }`;
const HP_UNION = 'Công đoàn ngành Giáo dục Hải Phòng';
const HN_UNION = 'Công đoàn ngành Giáo dục Hà Nội';

describeInBrowser('the scholarship drive workspace, end to end across two cities and two schools', () => {
  let session: DashboardSession;
  const pages = {} as Record<Officer, Page>;
  const seen: string[] = []; // console messages and every URL the pages asked for
  let driveId = '';
  let organiserToken = '';

  beforeAll(async () => {
    session = await startDashboardSession({ signIn: true });
    organiserToken = await session.tokenFor({ sub: 'check', role: 'city-officer', city: 'HN' });
    for (const officer of OFFICERS) {
      const { page } = await session.newPage();
      page.on('console', (message) => seen.push(message.text()));
      page.on('request', (request) => seen.push(request.url()));
      await page.goto('/cong-viec/hoc-bong');
      await signInAs(page, officer);
      pages[officer] = page;
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  const driveState = async () => {
    const result = await session.federation.query<{ scholarshipDrive: any }>(
      DRIVE_STATE,
      { id: driveId },
      organiserToken,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.scholarshipDrive;
  };
  const openDrive = async (officer: Officer) => {
    const page = pages[officer];
    await page.goto(`/cong-viec/hoc-bong/${driveId}`);
    await page.getByRole('heading', { level: 2, name: 'Số liệu của quỹ' }).waitFor();
    return page;
  };
  const status = (page: Page, text: string | RegExp) =>
    page.getByRole('status').filter({ hasText: text }).first().waitFor();
  const pledgeOf = (page: Page, sponsor: string) =>
    page.getByRole('list', { name: 'Các khoản cam kết' }).getByRole('listitem').filter({ hasText: sponsor });

  it('a Hà Nội officer creates a drive with parties in two cities and opens it', async () => {
    const page = pages['hn-officer'];
    await page.getByRole('heading', { level: 1, name: 'Quỹ học bổng: công việc' }).waitFor();
    await page.getByRole('button', { name: 'Tạo quỹ học bổng mới' }).click();
    await page.getByLabel('Tên quỹ').fill('Học bổng Newton – Cát Bà (thử nghiệm)');
    await page.getByLabel('Tiêu chí xét chọn').fill('Vượt khó học giỏi');
    await page.getByLabel('Số suất học bổng').fill('2');
    await page.getByLabel('Số tiền mỗi suất (VND)').fill('1000000');
    await page.getByLabel('Ngày mở').fill('2025-09-01');
    const group = (name: string) => page.getByRole('group', { name });
    const add = async (groupName: string, city: string, search: string | null, unit: string | RegExp) => {
      await group(groupName).getByLabel('Thành phố').selectOption({ label: city });
      if (search) await group(groupName).getByLabel('Tìm công đoàn cơ sở').fill(search);
      const name = typeof unit === 'string' ? `Thêm ${unit}` : unit;
      await group(groupName).getByRole('button', { name }).click();
    };
    await add('Đơn vị tổ chức', 'Hà Nội', null, 'Công đoàn ngành Giáo dục Hà Nội');
    await add('Đơn vị đồng tài trợ', 'Hải Phòng', null, 'Công đoàn ngành Giáo dục Hải Phòng');
    await add('Đơn vị thụ hưởng', 'Hà Nội', 'Newton', /^Thêm .*Newton/);
    await add('Đơn vị thụ hưởng', 'Hải Phòng', 'Cat Ba', /^Thêm .*Cát Bà/);
    await page.getByRole('button', { name: 'Tạo quỹ (bản nháp)' }).click();
    await page.waitForURL(/\/cong-viec\/hoc-bong\/[^/]+$/);
    driveId = new URL(page.url()).pathname.split('/').pop()!;
    const draft = await driveState();
    expect(draft.status).toBe('DRAFT');
    expect(draft.parties.map((p: any) => `${p.role}:${p.cityCode}`).sort()).toEqual(
      ['BENEFICIARY:HN', 'BENEFICIARY:HP', 'CO_SPONSOR:HP', 'ORGANISER:HN'].sort(),
    );
    await page.getByRole('button', { name: 'Mở vận động' }).click();
    await status(page, 'Quỹ đã chuyển sang “Đang vận động”');
    expect((await driveState()).status).toBe('OPEN');
  });

  it('offers pledging only to sponsors; a double-submitted pledge counts once; another role’s replay is refused', async () => {
    const newton = await openDrive('newton-officer');
    expect(await newton.getByRole('heading', { name: 'Cam kết tài trợ' }).count()).toBe(0);
    expect(await newton.getByRole('button', { name: 'Gửi cam kết' }).count()).toBe(0);

    const hp = await openDrive('hp-officer');
    await hp.getByLabel('Số tiền (VND)').fill('1500000');
    await hp.getByLabel('Ghi chú').fill('Hải Phòng cam kết');
    const sent = hp.waitForRequest((r) => r.method() === 'POST' && /pledgeToDrive/.test(r.postData() ?? ''));
    await hp.getByRole('button', { name: 'Gửi cam kết' }).dblclick();
    const request = await sent;
    const body = request.postData()!;
    expect(JSON.parse(body).variables.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await status(hp, 'Đã ghi cam kết');
    const pledges = (await driveState()).pledges;
    expect(pledges.filter((p: any) => p.amount === 1_500_000)).toHaveLength(1);
    // The page names who pledged.
    await pledgeOf(hp, `${HP_UNION} (HP)`)
      .getByText(/1\.500\.000/)
      .waitFor();

    // A network retry of the very same request (same officer, same key) is answered with that pledge.
    const retry = await fetch(`${session.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: request.headers()['authorization']! },
      body,
    });
    const retried = (await retry.json()) as { data?: { pledgeToDrive?: { id: string } } };
    expect(retried.data?.pledgeToDrive?.id).toBe(pledges[0].id);
    expect((await driveState()).pledges).toHaveLength(1);

    const viewer = await session.tokenFor({ sub: 'x', role: 'viewer' });
    const replay = await fetch(`${session.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}` },
      body,
    });
    const refused = (await replay.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await driveState()).pledges).toHaveLength(1);

    const hn = await openDrive('hn-officer');
    const pledgeForm = hn.getByRole('form', { name: 'Cam kết tài trợ' });
    await pledgeForm.getByLabel('Số tiền (VND)').fill('500000');
    await pledgeForm.getByRole('button', { name: 'Gửi cam kết' }).click();
    await status(hn, 'Đã ghi cam kết');
    await pledgeOf(hn, `${HN_UNION} (HN)`)
      .getByText(/500\.000/)
      .waitFor();
    expect((await driveState()).totals.pledged).toBe(2_000_000);
  });

  it('the organiser records the money received against each pledge, named by its sponsor', async () => {
    const hn = await openDrive('hn-officer');
    for (const sponsor of [`${HP_UNION} (HP)`, `${HN_UNION} (HN)`]) {
      await hn.getByRole('button', { name: `Ghi nhận tiền từ ${sponsor}`, exact: true }).click();
      await pledgeOf(hn, sponsor)
        .getByText(/Đã nhận đủ/)
        .waitFor();
    }
    const { totals, pledges } = await driveState();
    expect(pledges.map((p: any) => p.receivedAmount === p.amount)).toEqual([true, true]);
    expect(totals.received).toBe(2_000_000);
    expect(await hn.getByRole('button', { name: /^Ghi nhận tiền từ/ }).count()).toBe(0);
    await hn
      .locator('[data-total="received"]')
      .getByText(/2\.000\.000/)
      .waitFor();
  });

  const nominate = async (officer: Officer, name: string, guardian: string) => {
    const page = await openDrive(officer);
    await page.getByLabel('Họ và tên học sinh').fill(name);
    await page.getByLabel('Năm sinh').fill('2009');
    await page.getByRole('textbox', { name: 'Trường', exact: true }).fill('Trường THPT');
    await page.getByLabel('Lớp').fill('Lớp 10A1');
    await page.getByLabel('Hoàn cảnh').fill('Gia đình khó khăn');
    await page.getByLabel('Thành tích').fill('Học sinh giỏi');
    await page.getByLabel('Họ tên cha mẹ/người giám hộ đã đồng ý').fill(guardian);
    await page.getByLabel('Ngày đồng ý').fill('2025-09-10');
    await page.getByLabel('Hình thức đồng ý').selectOption('PHONE');
    return page;
  };

  it('each beneficiary school nominates a student, and only with the guardian’s consent confirmed', async () => {
    const newton = await nominate('newton-officer', STUDENT_A, 'Trần Văn Bình');
    await newton.getByRole('button', { name: 'Gửi đề cử' }).click();
    await newton.getByText('Cần xác nhận đã có sự đồng ý của cha mẹ/người giám hộ.').waitFor();
    expect((await driveState()).nominations).toHaveLength(0);
    await newton.getByLabel('Tôi xác nhận đã có sự đồng ý của cha mẹ/người giám hộ').check();
    await newton.getByRole('button', { name: 'Gửi đề cử' }).click();
    await status(newton, 'Đã gửi đề cử (T.T.M.A.)');

    const catba = await nominate('catba-officer', STUDENT_B, 'Phạm Thị Hoa');
    await catba.getByLabel('Tôi xác nhận đã có sự đồng ý của cha mẹ/người giám hộ').check();
    await catba.getByRole('button', { name: 'Gửi đề cử' }).click();
    await status(catba, 'Đã gửi đề cử');
    const { nominations } = await driveState();
    expect(
      nominations.map((n: any) => n.student).sort((a: any, b: any) => a.fullName.localeCompare(b.fullName)),
    ).toEqual([
      {
        fullName: STUDENT_B,
        guardianName: 'Phạm Thị Hoa',
        guardianConsentOn: '2025-09-10',
        guardianConsentMethod: 'PHONE',
      },
      {
        fullName: STUDENT_A,
        guardianName: 'Trần Văn Bình',
        guardianConsentOn: '2025-09-10',
        guardianConsentMethod: 'PHONE',
      },
    ]);
    for (const page of [newton, catba]) {
      const stored = await page.evaluate<string>(
        'JSON.stringify(window.localStorage) + JSON.stringify(window.sessionStorage)',
      );
      expect(stored).not.toContain(STUDENT_A);
      expect(stored).not.toContain(STUDENT_B);
    }
  });

  it('organisers select, award, pay, close and erase; the graph’s totals add up', async () => {
    const hn = await openDrive('hn-officer');
    await hn.getByRole('button', { name: 'Chuyển sang xét chọn' }).click();
    await status(hn, 'Đang xét chọn');
    const nominated = (student: string) =>
      hn
        .getByRole('list', { name: 'Học sinh được đề cử' })
        .getByRole('listitem')
        .filter({ hasText: student });
    for (const [student, unit] of [
      [STUDENT_A, /Newton/],
      [STUDENT_B, /Cát Bà/],
    ] as const) {
      await nominated(student)
        .getByText(/^Đơn vị đề cử: /)
        .filter({ hasText: unit })
        .waitFor();
      await hn.getByRole('button', { name: `Duyệt ${student}`, exact: true }).click();
      await hn.getByRole('button', { name: `Trao học bổng cho ${student}` }).waitFor();
    }
    expect(await seriousAccessibilityViolations(hn)).toEqual([]);
    await hn.getByLabel('Ngày trao').fill('2025-10-01');
    await hn.getByRole('button', { name: `Trao học bổng cho ${STUDENT_A}` }).click();
    // The scholarship names its student; the student who has one is not offered a second.
    await hn.getByText(new RegExp(`^${STUDENT_A}: 1\\.000\\.000`)).waitFor();
    expect(await hn.getByRole('button', { name: `Trao học bổng cho ${STUDENT_A}` }).count()).toBe(0);
    await hn.getByRole('button', { name: `Trao học bổng cho ${STUDENT_B}` }).click();
    await hn.getByText(new RegExp(`^${STUDENT_B}: 1\\.000\\.000`)).waitFor();
    expect(await hn.getByRole('button', { name: /^Trao học bổng cho/ }).count()).toBe(0);
    const awarded = (await driveState()).awardedScholarships.map((a: any) => a.nomination.student.fullName);
    expect(awarded.sort()).toEqual([STUDENT_B, STUDENT_A]);
    await hn.getByRole('button', { name: 'Chốt trao học bổng' }).click();
    await status(hn, 'Quỹ đã chuyển sang “Đã trao học bổng”');

    const first = hn.getByRole('form', { name: `Ghi khoản chi cho ${STUDENT_A}` });
    await first.getByLabel('Người ký nhận').fill('Trần Văn Bình');
    await first.getByRole('button', { name: `Ghi khoản chi cho ${STUDENT_A}` }).click();
    await hn.getByText(new RegExp(`^${STUDENT_A}: .*đã chi 1\\.000\\.000`)).waitFor();
    const second = hn.getByRole('form', { name: `Ghi khoản chi cho ${STUDENT_B}` });
    await second.getByLabel('Số tiền (VND)').fill('600000');
    await second.getByLabel('Hình thức chi').selectOption({ label: 'Tiền mặt' });
    await second.getByRole('button', { name: `Ghi khoản chi cho ${STUDENT_B}` }).click();
    await hn.getByText(new RegExp(`^${STUDENT_B}: .*đã chi 600\\.000`)).waitFor();
    expect(await seriousAccessibilityViolations(hn)).toEqual([]);
    await saveScreenshot(hn, 'workspace-drive-awarded');

    await hn.getByRole('button', { name: 'Kết thúc quỹ' }).click();
    await hn.getByText('Trạng thái: Đã kết thúc').waitFor();
    await hn.getByLabel('Tôi hiểu việc xoá không thể hoàn tác').check();
    await hn.getByRole('button', { name: 'Xoá dữ liệu cá nhân của học sinh' }).click();
    await status(hn, 'Dữ liệu cá nhân của học sinh đã được xoá');

    const final = await driveState();
    expect(final.status).toBe('CLOSED');
    expect(final.totals).toEqual({
      pledged: 2_000_000,
      received: 2_000_000,
      awarded: 2_000_000,
      disbursed: 1_600_000,
    });
    expect(final.totals.pledged).toBe(final.totals.received);
    expect(final.totals.received).toBeGreaterThanOrEqual(final.totals.awarded);
    expect(final.totals.awarded).toBeGreaterThanOrEqual(final.totals.disbursed);
    expect(final.nominations.map((n: any) => n.student.fullName)).toEqual([null, null]);
    expect(final.nominations.map((n: any) => n.student.guardianName)).toEqual([null, null]);
    // The page shows the graph's figures after the last step.
    await hn
      .locator('[data-total="disbursed"]')
      .getByText(/1\.600\.000/)
      .waitFor();
    expect(await hn.getByText(STUDENT_A).count()).toBe(0);
    // Erased: the scholarship now names its student by initials, as it does for a beneficiary school.
    await hn.getByText(/^T\.T\.M\.A\.: .*đã chi 1\.000\.000/).waitFor();
    const catba = await openDrive('catba-officer');
    await catba.getByText(/^P\.V\.Q\.: .*đã chi 600\.000/).waitFor();
    expect(await catba.getByRole('button', { name: /^Ghi khoản chi/ }).count()).toBe(0);
    // No student's name went into a URL or the console of any of the four people's pages.
    const trail = seen.join('\n');
    for (const name of [STUDENT_A, STUDENT_B, encodeURIComponent(STUDENT_A)])
      expect(trail).not.toContain(name);
  });
});
