import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, chromium, Download, Page } from 'playwright-core';
import { FederationOptions, RunningFederation, startFederation } from '../../../scripts/local-federation';
import { projectRoot } from '../../../services/shared/src/project-root';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DASHBOARD_DIST = process.env.DASHBOARD_DIST ?? join(projectRoot(), 'dashboard', 'dist');
export const SCREENSHOT_DIR = join(projectRoot(), 'test-artifacts', 'screenshots');

const missingBrowser = !existsSync(CHROMIUM_PATH);
if (missingBrowser && process.env.CI) {
  // CI never skips the browser suite: .ci/run installs Chromium first.
  throw new Error(`Chromium is not at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium)`);
}

/** `describe`, or a clearly reported skip on a machine without Chromium (never in CI). */
export const describeInBrowser: jest.Describe = missingBrowser
  ? Object.assign((name: string, fn: () => void) => {
      process.stderr.write(
        `\nBrowser suite "${name}" NOT RUN: no Chromium at ${CHROMIUM_PATH}. ` +
          'Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH) and run `npm test` again.\n',
      );
      describe.skip(name, fn);
    }, describe)
  : describe;

export interface DashboardSession {
  federation: RunningFederation;
  browser: Browser;
  /** The gateway's origin, serving the app at / and the graph at /graphql. */
  baseUrl: string;
  newPage(): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** The demo federation on free ports, its gateway serving the built app, and a headless Chromium. */
export async function startDashboardSession(options: FederationOptions = {}): Promise<DashboardSession> {
  if (!existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    throw new Error(`The dashboard is not built in ${DASHBOARD_DIST}: run \`npm run build -w dashboard\``);
  }
  const federation = await startFederation({
    ...options,
    gatewayEnv: { DASHBOARD_DIR: DASHBOARD_DIST, ...options.gatewayEnv },
  });
  // Playwright starts each browser on a fresh temporary profile (its own --user-data-dir).
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await federation.close();
    throw error;
  }
  const baseUrl = new URL(federation.gatewayUrl).origin;
  const contexts: BrowserContext[] = [];
  return {
    federation,
    browser,
    baseUrl,
    newPage: async () => {
      const context = await browser.newContext({
        baseURL: baseUrl,
        acceptDownloads: true,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      return { page: await context.newPage(), context };
    },
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await federation.close();
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now (expected: none). */
export async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter(({ impact }) => impact === 'serious' || impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      targets: nodes.map((node) => node.target.join(' ')),
    }));
}

/** A full-page screenshot kept as a test artifact (test-artifacts/screenshots/NAME.png). */
export async function saveScreenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Clicks what starts a download and returns the file's name and bytes. */
export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

// pdf-parse starts pdf.js with import(), which Jest's CommonJS runtime refuses without
// --experimental-vm-modules; a plain node process reads the text with the same package.
const PDF_TO_TEXT = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  process.stdout.write((await parser.getText()).text);
  await parser.destroy();
});`;

/** The text of a PDF, read back with pdf-parse (Mozilla's pdf.js underneath). */
export function pdfText(bytes: Buffer): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', PDF_TO_TEXT],
      { maxBuffer: 16 * 1024 * 1024, cwd: projectRoot() },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin!.end(bytes);
  });
}

/** A downloaded .xlsx read back with ExcelJS, as a spreadsheet program would open it. */
export async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's types predate Node's generic Buffer; the bytes are what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
