import type { Page } from 'playwright-core';
import {
  DashboardSession,
  describeInBrowser,
  downloadOf,
  workbookOf,
  saveScreenshot,
  seriousAccessibilityViolations,
  startDashboardSession,
} from './support/browser-harness';

const vi = (value: number) => new Intl.NumberFormat('vi-VN').format(value);
const NEWTON = 'Công đoàn Trường THCS-THPT Newton';

/** The text of one table row of a section (by its heading's id) that contains all the given words. */
const rowOf = (page: Page, section: string, ...texts: string[]) =>
  texts.reduce(
    (rows, text) => rows.filter({ hasText: text }),
    page.locator(`section[aria-labelledby="${section}"] tbody tr`),
  );

const figure = (page: Page, id: string) => page.locator(`dd[data-figure="${id}"]`).textContent();

/** Every GraphQL request the page sends, and every error the graph answers, while it is open. */
function recordGraphQL(page: Page) {
  const requests: string[] = [];
  const errorCodes: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST')
      requests.push(request.postData() ?? '');
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql') || response.request().method() !== 'POST') return;
    const body = (await response.json().catch(() => ({}))) as {
      errors?: { extensions?: { code?: string } }[];
    };
    for (const error of body.errors ?? []) errorCodes.push(error.extensions?.code ?? 'NONE');
  });
  return { requests, errorCodes };
}

describeInBrowser('dashboard: a city and its grassroots unions in Chromium', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows Hà Nội 2022-2023 as the graph has it, Thạch Thất’s reported results included', async () => {
    const graph = await session.federation.query(
      `query ($y: String!) { city(code: "HN") {
        stats(schoolYear: $y) { grassrootsUnions members initiatives initiativesByGrade { grade count }
          awards { recipients } trainings { classes attendances } campaignResults }
        districtBreakdown(schoolYear: $y) { district { name } grassrootsUnions members initiatives }
        districtFederations { name grassrootsUnionCount memberCount }
        awardDecisions(schoolYear: $y, first: 100) { totalCount }
      } }`,
      { y: '2022-2023' },
    );
    expect(graph.errors).toBeUndefined();
    const { stats, districtBreakdown, districtFederations, awardDecisions } = graph.data!.city;
    const { page } = await session.newPage();
    const traffic = recordGraphQL(page);
    await page.goto('/thanh-pho/HN?schoolYear=2022-2023');
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hà Nội' }).waitFor();
    await page.getByText('Đỗ Văn Nam').first().waitFor();
    await expect(page.getByRole('combobox', { name: 'Năm học', exact: true }).inputValue()).resolves.toBe(
      '2022-2023',
    );

    // The year's figures, exactly as the graph computes them, formatted vi-VN.
    await expect(figure(page, 'reporting-unions')).resolves.toBe(vi(stats.grassrootsUnions));
    await expect(figure(page, 'members')).resolves.toBe(vi(stats.members));
    await expect(figure(page, 'initiatives')).resolves.toBe(vi(stats.initiatives));
    const recipients = stats.awards.reduce((sum: number, a: { recipients: number }) => sum + a.recipients, 0);
    await expect(figure(page, 'award-recipients')).resolves.toBe(vi(recipients));
    await expect(figure(page, 'training-classes')).resolves.toBe(vi(stats.trainings.classes));
    await expect(figure(page, 'campaign-results')).resolves.toBe(vi(stats.campaignResults));
    const gradeChart = page.locator('figure.chart', {
      hasText: 'Sáng kiến theo xếp loại, năm học 2022-2023',
    });
    await gradeChart.locator('canvas').waitFor();
    for (const { grade, count } of stats.initiativesByGrade) {
      await expect(rowOf(page, 'city-stats', `Loại ${grade}`).textContent()).resolves.toContain(vi(count));
    }

    // District by district, and Thạch Thất's federation (85 unions, 3.319 members, SEED-FACTS).
    const thachThat = districtBreakdown.find(
      (d: { district: { name: string } | null }) => d.district?.name === 'Thạch Thất',
    );
    const districtRow = await page
      .locator('section[aria-labelledby="city-districts"] tbody tr')
      .filter({ has: page.locator('td:first-child', { hasText: /^Thạch Thất$/ }) })
      .textContent();
    expect(districtRow).toContain(vi(thachThat.members));
    expect(districtRow).toContain(vi(thachThat.initiatives));
    const federation = districtFederations.find(
      (f: { name: string }) => f.name === 'Liên đoàn Lao động huyện Thạch Thất',
    );
    expect([federation.grassrootsUnionCount, federation.memberCount]).toEqual([85, 3319]);
    const federationRow = await rowOf(
      page,
      'city-districts',
      'Liên đoàn Lao động huyện Thạch Thất',
    ).textContent();
    expect(federationRow).toContain('Nguyễn Văn Toàn');
    expect(federationRow).toContain('3.319');

    // Thạch Thất's results as reported: 11.145 took part, 682 graded, 31 grade A, 2.880% of target.
    const initiativesRow = await rowOf(
      page,
      'city-campaigns',
      'Sáng kiến, sáng tạo',
      'Thạch Thất',
    ).textContent();
    for (const text of ['11.145', '682', '31', 'lớn hơn số đoàn viên'])
      expect(initiativesRow).toContain(text);
    await expect(rowOf(page, 'city-campaigns', '1 triệu sáng kiến').textContent()).resolves.toContain(
      '2.880%',
    );
    // Its awards: 1.774 individuals "Lao động tiên tiến", 286 "Chiến sĩ thi đua cơ sở"; 5 classes, 500+.
    await expect(page.locator('section[aria-labelledby="city-awards"] tbody tr').count()).resolves.toBe(
      awardDecisions.totalCount,
    );
    await expect(
      rowOf(page, 'city-awards', 'Lao động tiên tiến', 'Cá nhân').textContent(),
    ).resolves.toContain('1.774');
    await expect(rowOf(page, 'city-awards', 'Chiến sĩ thi đua cơ sở').textContent()).resolves.toContain(
      '286',
    );
    await expect(rowOf(page, 'city-trainings', 'Thạch Thất').textContent()).resolves.toContain('500+');
    await expect(rowOf(page, 'city-agreements', '05/CTPH-LĐLĐ-GDĐT').textContent()).resolves.toContain(
      '26/10/2017',
    );

    // One request for the page, one for the union list (besides the school years of the filter).
    const pageRequests = traffic.requests.filter((body) => !body.includes('query Periods'));
    expect(pageRequests.filter((body) => body.includes('CityPageView'))).toHaveLength(1);
    expect(pageRequests.filter((body) => body.includes('CityUnionList'))).toHaveLength(1);
    expect(traffic.errorCodes).toEqual([]);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'city-page');
  }, 120_000); // a long page: axe and a full-page screenshot take their time

  it('keeps the school year in the URL: another year, then a reload', async () => {
    const graph = await session.federation.query(
      '{ city(code: "HN") { stats(schoolYear: "2023-2024") { members initiatives } } }',
    );
    const { page } = await session.newPage();
    await page.goto('/thanh-pho/HN?schoolYear=2022-2023');
    await page.getByText('Đỗ Văn Nam').first().waitFor();
    await page.getByRole('combobox', { name: 'Năm học', exact: true }).selectOption('2023-2024');
    await page.getByRole('heading', { name: 'Số liệu năm học 2023-2024' }).waitFor();
    expect(new URL(page.url()).searchParams.get('schoolYear')).toBe('2023-2024');
    await page.reload();
    await page.getByRole('heading', { name: 'Số liệu năm học 2023-2024' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Năm học', exact: true }).inputValue()).resolves.toBe(
      '2023-2024',
    );
    await expect(figure(page, 'members')).resolves.toBe(vi(graph.data!.city.stats.members));
    await expect(figure(page, 'initiatives')).resolves.toBe(vi(graph.data!.city.stats.initiatives));
  });

  it('shows Hải Phòng’s award decisions (278 individuals) and exports them to an .xlsx that reads back equal', async () => {
    const graph = await session.federation.query(
      `{ city(code: "HP") { awardDecisions(schoolYear: "2022-2023", first: 100) { totalCount
        edges { node { kindName recipientType recipientCount decisionDate } } } } }`,
    );
    const decisions = graph.data!.city.awardDecisions.edges.map((edge: { node: unknown }) => edge.node);
    const { page } = await session.newPage();
    await page.goto('/thanh-pho/HP?schoolYear=2022-2023');
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hải Phòng' }).waitFor();
    await page.getByText('Trần Văn Thắng').first().waitFor();
    const row = await rowOf(page, 'city-awards', 'Bằng khen', 'Cá nhân').textContent();
    expect(row).toContain('278');
    expect(row).toContain('Công đoàn Giáo dục Việt Nam');
    expect(row).toContain('27/09/2023');

    const awards = page.locator('section[aria-labelledby="city-awards"]');
    const file = await downloadOf(page, () =>
      awards.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    );
    expect(file.name).toMatch(/\.xlsx$/);
    const workbook = await workbookOf(file.bytes);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Hình thức',
      'Cấp khen',
      'Đối tượng',
      'Số tập thể / cá nhân',
      'Được khen',
      'Đơn vị được khen thuộc',
      'Số quyết định',
      'Ngày quyết định',
      'Hiệu lực',
    ]);
    const rows: { kind: string; type: string; count: number; date: Date }[] = [];
    sheet.eachRow((sheetRow, index) => {
      if (index === 1) return;
      const cell = (column: number) => sheetRow.getCell(column).value;
      rows.push({
        kind: cell(1) as string,
        type: cell(3) as string,
        count: cell(4) as number,
        date: cell(8) as Date,
      });
    });
    expect(rows).toHaveLength(graph.data!.city.awardDecisions.totalCount);
    const typeName = { COLLECTIVE: 'Tập thể', INDIVIDUAL: 'Cá nhân' } as const;
    const expected = decisions.map(
      (d: {
        kindName: string;
        recipientType: keyof typeof typeName;
        recipientCount: number;
        decisionDate: string;
      }) => ({
        kind: d.kindName,
        type: typeName[d.recipientType],
        count: d.recipientCount,
        date: new Date(`${d.decisionDate}T00:00:00Z`),
      }),
    );
    const byKey = (a: { kind: string; type: string; count: number }, b: typeof a) =>
      `${a.kind}|${a.type}|${a.count}`.localeCompare(`${b.kind}|${b.type}|${b.count}`);
    expect([...rows].sort(byKey)).toEqual([...expected].sort(byKey));
    expect(rows.map((r) => r.count)).toContain(278);
  });

  it('pages the grassroots unions with the graph’s cursors, as the graph orders them', async () => {
    const first = await session.federation.query(
      '{ city(code: "HN") { grassrootsUnions(first: 20) { totalCount pageInfo { endCursor } edges { node { name } } } } }',
    );
    const list = first.data!.city.grassrootsUnions;
    const second = await session.federation.query(
      'query ($after: String) { city(code: "HN") { grassrootsUnions(first: 20, after: $after) { edges { node { name } } } } }',
      { after: list.pageInfo.endCursor },
    );
    const namesOf = (data: any) => data.edges.map((edge: any) => edge.node.name);
    const { page } = await session.newPage();
    await page.goto('/thanh-pho/HN?schoolYear=2022-2023');
    const unions = page.locator('section[aria-labelledby="city-unions"]');
    await unions.getByText(`Tìm thấy ${vi(list.totalCount)} công đoàn cơ sở`).waitFor();
    const shownNames = () => unions.locator('tbody tr td:first-child').allTextContents();
    await expect(shownNames()).resolves.toEqual(namesOf(list));
    await unions.getByRole('button', { name: 'Trang sau' }).click();
    await unions.getByText(`Trang 2 / ${Math.ceil(list.totalCount / 20)}`).waitFor();
    await unions.getByText(namesOf(second.data!.city.grassrootsUnions)[0], { exact: true }).waitFor();
    await expect(shownNames()).resolves.toEqual(namesOf(second.data!.city.grassrootsUnions));
    await unions.getByRole('button', { name: 'Trang trước' }).click();
    await unions.getByText(`Trang 1 / ${Math.ceil(list.totalCount / 20)}`).waitFor();
    await unions.getByText(namesOf(list)[0], { exact: true }).waitFor();
    await expect(shownNames()).resolves.toEqual(namesOf(list));
  });

  it('drills down: "newton" finds the Newton union, whose page shows its public record only', async () => {
    const graph = await session.federation.query(
      `{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name memberCount school { name }
        membershipHistory { schoolYear members } } }`,
    );
    const unit = graph.data!.grassrootsUnion;
    const { page } = await session.newPage();
    const traffic = recordGraphQL(page);
    await page.goto('/thanh-pho/HN?schoolYear=2022-2023');
    await page.getByLabel('Tìm theo tên công đoàn, trường hoặc quận, huyện').fill('newton');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByText('Tìm thấy 1 công đoàn cơ sở cho “newton”').waitFor();
    expect(new URL(page.url()).searchParams.get('search')).toBe('newton');
    await page.reload();
    await page.getByText('Tìm thấy 1 công đoàn cơ sở cho “newton”').waitFor();
    await expect(
      page.getByLabel('Tìm theo tên công đoàn, trường hoặc quận, huyện').inputValue(),
    ).resolves.toBe('newton');

    await page.getByRole('link', { name: NEWTON }).click();
    await page.getByRole('heading', { level: 1, name: NEWTON }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/thanh-pho/HN/cong-doan/hn-thcs-thpt-newton');
    await expect(page.locator('dd[data-fact="school"]').textContent()).resolves.toBe(
      'Trường THCS-THPT Newton',
    );
    await expect(page.locator('dd[data-fact="members"]').textContent()).resolves.toBe(vi(unit.memberCount));
    for (const { schoolYear, members } of unit.membershipHistory) {
      await expect(rowOf(page, 'unit-history', schoolYear).textContent()).resolves.toContain(vi(members));
    }
    await page.getByRole('link', { name: 'Công đoàn Trường THPT Cát Bà' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: NEWTON }).waitFor();

    // Anonymous: no member's personal field is asked for, so the graph refuses nothing.
    expect(
      traffic.requests.some((body) => /members\s*\(|fullName[^}]*dateOfBirth|nationalId/.test(body)),
    ).toBe(false);
    expect(traffic.errorCodes).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'grassroots-union');
  });
});

describeInBrowser('dashboard: a city page while the city is down', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
    await session.federation.stopCity('HP');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says Hải Phòng cannot be reached, on its page and where a Hà Nội union’s partner would be', async () => {
    const { page } = await session.newPage();
    await page.goto('/thanh-pho/HP?schoolYear=2022-2023');
    await page.getByRole('heading', { level: 1, name: 'Thành phố Hải Phòng' }).waitFor();
    const unavailable = 'Không có dữ liệu (thành phố Hải Phòng tạm thời không truy cập được)';
    // On the page and in the union list, which loads on its own.
    await page.getByText(unavailable).nth(1).waitFor();
    await page.getByText('Dữ liệu chưa đầy đủ: Hải Phòng tạm thời không truy cập được').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/thanh-pho/HN/cong-doan/hn-thcs-thpt-newton');
    await page.getByRole('heading', { level: 1, name: NEWTON }).waitFor();
    await rowOf(page, 'unit-partnerships', unavailable).waitFor();
    await page.goto('/thanh-pho/HP/cong-doan/hp-thpt-cat-ba');
    await page.getByText(unavailable).waitFor();
  });
});
