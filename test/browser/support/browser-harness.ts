import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { Browser, BrowserContext, chromium, Download, Page } from 'playwright-core';
import { signDemoToken, TokenClaims } from '../../../scripts/demo-keys';
import { DEMO_ACCOUNTS } from '../../../scripts/identity-provider/demo-accounts';
import { FederationOptions, RunningFederation, startFederation } from '../../../scripts/local-federation';
import { projectRoot } from '../../../services/shared/src/project-root';
import { freePort, ProviderSettings, startProviderProcess } from './identity-provider-process';

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
  /** With `signIn`: the provider's issuer, and a script token it would accept (as `npm run token`). */
  issuer?: string;
  tokenFor(claims: TokenClaims, lifetime?: string): Promise<string>;
  close(): Promise<void>;
}

export interface DashboardSessionOptions extends FederationOptions {
  /** Run the demo OpenID Connect provider too, and have the gateway trust it, as `npm start` does. */
  signIn?: ProviderSettings | true;
}

/**
 * Signs in through the demo provider's page as one of its accounts (demo-accounts.ts), from the
 * header's "Đăng nhập", and waits until the app shows the person.
 */
export async function signInAs(page: Page, username: string): Promise<void> {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`No demo account ${username}`);
  if (!/\/dang-nhap\//.test(page.url())) {
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).first().click();
  }
  await page.getByLabel('Tên đăng nhập').fill(account.username);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** The demo federation on free ports, its gateway serving the built app, and a headless Chromium. */
export async function startDashboardSession(
  options: DashboardSessionOptions = {},
): Promise<DashboardSession> {
  if (!existsSync(join(DASHBOARD_DIST, 'index.html'))) {
    throw new Error(`The dashboard is not built in ${DASHBOARD_DIST}: run \`npm run build -w dashboard\``);
  }
  // The gateway must name the provider before either starts; the provider the gateway's origin after.
  const issuer = options.signIn ? `http://127.0.0.1:${await freePort()}` : undefined;
  const trustProvider: Record<string, string> = issuer
    ? { JWKS_FILE: '', JWKS_URL: `${issuer}/jwks`, JWT_ISSUER: issuer, OIDC_AUTHORITY: issuer }
    : {};
  const federation = await startFederation({
    ...options,
    gatewayEnv: { DASHBOARD_DIR: DASHBOARD_DIST, ...trustProvider, ...options.gatewayEnv },
  });
  let provider: { close(): Promise<void> } | undefined;
  if (issuer) {
    try {
      provider = await startProviderProcess({
        issuer,
        dashboardOrigin: new URL(federation.gatewayUrl).origin,
        signingKeyFile: join(federation.keys.dir, 'issuer.private.jwk.json'),
        settings: options.signIn === true ? {} : options.signIn!,
      });
    } catch (error) {
      await federation.close();
      throw error;
    }
  }
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
    await provider?.close();
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
    issuer,
    tokenFor: (claims, lifetime) =>
      signDemoToken({ ...federation.keys, issuer: issuer ?? federation.keys.issuer }, claims, lifetime),
    close: async () => {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await provider?.close();
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
