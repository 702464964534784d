import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
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

// "Dạy tốt, học tốt": both cities reported it city-wide in 2022-2023 (and the editions around it).
const CAMPAIGN = 'hai-tot';
const PERIOD = '2022-2023';
const LABELS: Record<string, string> = {
  PARTICIPATION_RATE: 'Tỷ lệ tham gia (%)',
  INITIATIVES_PER_100_MEMBERS: 'Sáng kiến trên 100 đoàn viên',
  GRADE_A_SHARE: 'Tỷ lệ sáng kiến loại A (%)',
  AWARDS_PER_100_MEMBERS: 'Khen thưởng trên 100 đoàn viên',
  ACHIEVEMENT_AGAINST_TARGET: 'Mức đạt so với chỉ tiêu (%)',
};
const CITY_NAMES: Record<string, string> = { HN: 'Hà Nội', HP: 'Hải Phòng' };
const vi = (value: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);

interface Figure {
  indicator: string;
  value: number | null;
  rank: number | null;
  gapToLeader: number | null;
  change: number | null;
}
interface Edition {
  campaignEdition: {
    campaign: { name: string };
    comparison: {
      complete: boolean;
      missingCities: string[];
      cities: { cityCode: string; indicators: Figure[] }[];
    };
  };
}

// Not the view's own request: the edition asked for directly, to compare the page against.
const EDITION = `query ($code: String!, $period: String!) {
  campaignEdition(campaignCode: $code, period: $period) {
    campaign { name }
    comparison { complete missingCities cities { cityCode indicators { indicator value rank gapToLeader change } } }
  }
}`;

async function graphEdition(session: DashboardSession, period = PERIOD) {
  const answer = await session.federation.query<Edition>(EDITION, { code: CAMPAIGN, period });
  return answer;
}

const tableTitled = (page: Page, title: string) =>
  page.locator('.data-table').filter({ has: page.locator('caption', { hasText: title }) });

/** The indicator table's row of one city and one indicator, as cell texts. */
async function indicatorRow(table: Locator, indicator: string, city: string) {
  const row = table.locator('tbody tr').filter({ hasText: LABELS[indicator]! }).filter({ hasText: city });
  return row.locator('td').allTextContents();
}

/** Value, rank, gap to the leader and change of every city and indicator, as the graph computed them. */
async function expectRowsMatch(table: Locator, cities: { cityCode: string; indicators: Figure[] }[]) {
  const dash = (value: number | null, text: (value: number) => string) =>
    value === null ? '—' : text(value);
  for (const city of cities) {
    for (const figure of city.indicators) {
      const [, , value, rank, gap, , change] = await indicatorRow(
        table,
        figure.indicator,
        CITY_NAMES[city.cityCode]!,
      );
      expect({ of: `${city.cityCode} ${figure.indicator}`, value, rank, gap, change }).toEqual({
        of: `${city.cityCode} ${figure.indicator}`,
        value: figure.value === null ? 'chưa báo cáo' : vi(figure.value),
        rank: dash(figure.rank, String),
        gap: dash(figure.gapToLeader, vi),
        change: dash(figure.change, (change) => `${change > 0 ? '+' : ''}${vi(change)}`),
      });
    }
  }
}

describeInBrowser('dashboard: campaign and awards comparisons in Chromium', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    // With the former Hải Dương folded into Hải Phòng, as `npm start` has it.
    session = await startDashboardSession({ foldPredecessors: true });
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('shows the figures and ranks the graph computes, keeps its choices in the URL, exports .xlsx and PDF', async () => {
    const { data } = await graphEdition(session);
    const edition = data!.campaignEdition;
    expect(edition.comparison.complete).toBe(true);
    const { page } = await session.newPage();
    await page.goto(`/so-sanh?campaign=${CAMPAIGN}&period=${PERIOD}`);
    const table = tableTitled(page, `Chỉ số theo thành phố, kỳ ${PERIOD}`);
    await table.locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('campaign-name').textContent()).resolves.toContain(edition.campaign.name);
    await expectRowsMatch(table, edition.comparison.cities);
    // The leader of participation in 2022-2023 is Hà Nội (95 %), Hải Phòng second.
    await expect(indicatorRow(table, 'PARTICIPATION_RATE', 'Hà Nội')).resolves.toEqual(
      expect.arrayContaining(['95', '1']),
    );
    await expect(page.getByTestId('completeness').textContent()).resolves.not.toContain('chưa đầy đủ');

    // Another edition through the select, then a reload: the URL carries both choices.
    await page.getByLabel('Kỳ (năm học)').selectOption('2023-2024');
    await page.waitForURL(/period=2023-2024/);
    await page.reload();
    const later = tableTitled(page, 'Chỉ số theo thành phố, kỳ 2023-2024');
    await later.locator('tbody tr').first().waitFor();
    await expect(page.getByLabel('Phong trào, cuộc vận động').inputValue()).resolves.toBe(CAMPAIGN);
    await expect(page.getByLabel('Kỳ (năm học)').inputValue()).resolves.toBe('2023-2024');
    await expectRowsMatch(
      later,
      (await graphEdition(session, '2023-2024')).data!.campaignEdition.comparison.cities,
    );
    await page.goBack();
    await table.locator('tbody tr').first().waitFor();

    // The table as .xlsx: the same figures, as numbers.
    const xlsx = await downloadOf(page, () =>
      table.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    );
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const workbook = await workbookOf(xlsx.bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).value).toBe('Giá trị');
    const sheetRows = new Map<string, ExcelJS.CellValue[]>();
    sheet.eachRow((row, index) => {
      if (index > 1)
        sheetRows.set(`${row.getCell(1).value}|${row.getCell(2).value}`, [
          row.getCell(3).value,
          row.getCell(4).value,
        ]);
    });
    for (const city of edition.comparison.cities) {
      for (const figure of city.indicators) {
        const [value, rank] = sheetRows.get(`${LABELS[figure.indicator]}|${CITY_NAMES[city.cityCode]}`)!;
        expect([value, rank]).toEqual([figure.value, figure.rank]);
        if (figure.value !== null) expect(typeof value).toBe('number');
      }
    }

    // The PDF keeps the Vietnamese names whole.
    const pdf = await downloadOf(page, () => page.getByRole('button', { name: 'Xuất PDF (A4)' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = await pdfText(pdf.bytes);
    for (const words of [
      'Dạy tốt, học tốt',
      'Hải Phòng',
      'Hà Nội',
      'Tỷ lệ tham gia',
      PERIOD,
      'Đủ số liệu',
      // What the figures are made of, as the page says it.
      'Theo địa giới khi báo cáo',
    ])
      expect(text).toContain(words);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-comparison');
  }, 180_000);

  it('compares the whole education sector, and on today’s boundaries, when asked, and says which', async () => {
    const SECTOR = `query ($period: String!, $boundaries: Boundaries!) {
      campaignEdition(campaignCode: "moi-thay-co-la-tam-guong", period: $period) {
        byUnion: comparison(boundaries: $boundaries) { cities { cityCode indicators { indicator value rank gapToLeader change } } }
        bySector: sectorComparison(boundaries: $boundaries) { cities { cityCode indicators { indicator value rank gapToLeader change } } }
      }
    }`;
    type Both = { campaignEdition: Record<'byUnion' | 'bySector', Edition['campaignEdition']['comparison']> };
    const after = await session.federation.query<Both>(SECTOR, {
      period: '2025-2026',
      boundaries: 'AS_REPORTED',
    });
    const { page } = await session.newPage();
    // 2025-2026: Hải Phòng's union manages no school union and reported nothing; its commune unions did.
    await page.goto('/so-sanh?campaign=moi-thay-co-la-tam-guong&period=2025-2026');
    const table = tableTitled(page, 'Chỉ số theo thành phố, kỳ 2025-2026');
    await table.locator('tbody tr').first().waitFor();
    await expect(page.getByLabel('Số liệu theo').inputValue()).resolves.toBe('EDUCATION_UNION');
    await expect(indicatorRow(table, 'PARTICIPATION_RATE', 'Hải Phòng')).resolves.toContain('chưa báo cáo');
    await expectRowsMatch(table, after.data!.campaignEdition.byUnion.cities);

    await page.getByLabel('Số liệu theo').selectOption('EDUCATION_SECTOR');
    await page.waitForURL(/grouping=EDUCATION_SECTOR/);
    // The basis says which figures these are once the sector's comparison has come.
    await page.getByTestId('comparison-basis').getByText('Số liệu toàn ngành giáo dục').waitFor();
    // Hải Phòng's participation gets a value (its previous year, 2024-2025, stays "chưa báo cáo").
    await table
      .locator('tbody tr')
      .filter({ hasText: LABELS.PARTICIPATION_RATE! })
      .filter({ hasText: 'Hải Phòng' })
      .locator('td')
      .nth(2)
      .filter({ hasNotText: 'chưa báo cáo' })
      .waitFor();
    await expectRowsMatch(table, after.data!.campaignEdition.bySector.cities);

    // 2022-2023 on today's boundaries: Hải Phòng is the former Hải Phòng + the former Hải Dương.
    const before = await session.federation.query<Both>(SECTOR, { period: '2022-2023', boundaries: 'TODAY' });
    await page.goto('/so-sanh?campaign=moi-thay-co-la-tam-guong&period=2022-2023');
    const earlier = tableTitled(page, 'Chỉ số theo thành phố, kỳ 2022-2023');
    await earlier.locator('tbody tr').first().waitFor();
    // Both filters changed before the page re-renders (a fast hand, a slow machine): both are kept.
    await page.evaluate(`(() => {
      const choose = (label, value) => {
        const id = [...document.querySelectorAll('label')].find((l) => l.textContent === label).htmlFor;
        const select = document.getElementById(id);
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('Số liệu theo', 'EDUCATION_SECTOR');
      choose('Địa giới', 'TODAY');
    })()`);
    await page.waitForURL((url) => url.searchParams.get('grouping') === 'EDUCATION_SECTOR');
    expect(new URL(page.url()).searchParams.get('boundaries')).toBe('TODAY');
    await page.getByTestId('comparison-basis').getByText('Hải Phòng = Hải Phòng + Hải Dương').waitFor();
    await expect(page.getByLabel('Địa giới').inputValue()).resolves.toBe('TODAY');
    await expect(page.getByLabel('Số liệu theo').inputValue()).resolves.toBe('EDUCATION_SECTOR');
    await expectRowsMatch(earlier, before.data!.campaignEdition.bySector.cities);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-comparison-sector-today');
  }, 120_000);

  it('opens on the first campaign with editions and its newest edition', async () => {
    const catalog = await session.federation.query<{
      campaigns: { code: string; editions: { period: string }[] }[];
    }>('{ campaigns { code editions { period } } }');
    const first = catalog.data!.campaigns.find(({ editions }) => editions.length > 0)!;
    const { page } = await session.newPage();
    await page.goto('/so-sanh');
    await page.getByTestId('campaign-name').waitFor();
    await expect(page.getByLabel('Phong trào, cuộc vận động').inputValue()).resolves.toBe(first.code);
    await expect(page.getByLabel('Kỳ (năm học)').inputValue()).resolves.toBe(first.editions.at(-1)!.period);
  });

  it("shows Hải Phòng's 278 individual Bằng khen of Công đoàn Giáo dục Việt Nam in 2022-2023", async () => {
    const { page } = await session.newPage();
    await page.goto(`/khen-thuong?period=${PERIOD}`);
    const table = tableTitled(page, `Khen thưởng theo loại, cấp khen và đối tượng, kỳ ${PERIOD}`);
    await table.locator('tbody tr').first().waitFor();
    const headers = (await table.locator('thead th').allTextContents()).map((text) =>
      text.replace(/[▲▼↕]/g, '').trim(),
    );
    const hp = headers.indexOf('Hải Phòng');
    const hn = headers.indexOf('Hà Nội');
    expect(hp).toBeGreaterThan(2);
    const cell = async (kind: string, issuer: string, recipient: string, column: number) => {
      const row = table
        .locator('tbody tr')
        .filter({ hasText: kind })
        .filter({ hasText: issuer })
        .filter({ hasText: recipient });
      return (await row.locator('td').allTextContents())[column];
    };
    await expect(cell('Bằng khen', 'Công đoàn Giáo dục Việt Nam', 'Cá nhân', hp)).resolves.toBe('278');
    await expect(cell('Bằng khen', 'Công đoàn Giáo dục Việt Nam', 'Tập thể', hp)).resolves.toBe('65');
    await expect(cell('Cờ thi đua', 'Công đoàn Giáo dục Việt Nam', 'Tập thể', hp)).resolves.toBe('12');
    await expect(cell('Cờ thi đua', 'LĐLĐ thành phố', 'Tập thể', hp)).resolves.toBe('18');
    await expect(cell('Cờ thi đua', 'Tổng LĐLĐ Việt Nam', 'Tập thể', hp)).resolves.toBe('4');
    // Hà Nội reported awards that year, none of this line: a real 0.
    await expect(cell('Bằng khen', 'Công đoàn Giáo dục Việt Nam', 'Cá nhân', hn)).resolves.toBe('0');
    await expect(page.getByTestId('completeness').textContent()).resolves.not.toContain('chưa đầy đủ');
    await page.reload();
    await table.locator('tbody tr').first().waitFor();
    await expect(page.getByLabel('Năm học / kỳ').inputValue()).resolves.toBe(PERIOD);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'awards-comparison');
  }, 120_000);
});

describeInBrowser('dashboard: comparisons with Hải Phòng down', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
    await session.federation.stopCity('HP');
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it('marks the comparison incomplete, names Hải Phòng as unavailable and still shows Hà Nội', async () => {
    const { data } = await graphEdition(session);
    const comparison = data!.campaignEdition.comparison;
    expect(comparison.complete).toBe(false);
    expect(comparison.missingCities).toEqual(['HP']);
    const { page } = await session.newPage();
    await page.goto(`/so-sanh?campaign=${CAMPAIGN}&period=${PERIOD}`);
    const banner = page.getByTestId('completeness');
    await banner.getByText('So sánh chưa đầy đủ: thiếu Hải Phòng').waitFor();
    await expect(banner.textContent()).resolves.toContain('tạm thời');
    const table = tableTitled(page, `Chỉ số theo thành phố, kỳ ${PERIOD}`);
    await expect(table.locator('thead').textContent()).resolves.toContain('Hạng (tạm thời)');
    await expectRowsMatch(table, comparison.cities);
    await expect(indicatorRow(table, 'PARTICIPATION_RATE', 'Hà Nội')).resolves.toEqual(
      expect.arrayContaining(['95', '1']),
    );
    const hp = await indicatorRow(table, 'PARTICIPATION_RATE', 'Hải Phòng');
    expect(hp[2]).toBe('Không có dữ liệu (thành phố Hải Phòng tạm thời không truy cập được)');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-comparison-incomplete');
    const pdf = await downloadOf(page, () => page.getByRole('button', { name: 'Xuất PDF (A4)' }).click());
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('So sánh chưa đầy đủ: thiếu Hải Phòng');
    expect(text).toContain('Hạng (tạm thời)');

    await page.goto(`/khen-thuong?period=${PERIOD}`);
    await page.getByTestId('completeness').getByText('So sánh chưa đầy đủ: thiếu Hải Phòng').waitFor();
    const awards = tableTitled(page, `Khen thưởng theo loại, cấp khen và đối tượng, kỳ ${PERIOD}`);
    await expect(awards.textContent()).resolves.toContain('1.774');
    await expect(awards.textContent()).resolves.toContain(
      'Không có dữ liệu (thành phố Hải Phòng tạm thời không truy cập được)',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }, 120_000);
});
