import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, Page } from 'playwright-core';
import { projectRoot } from '../services/shared/src/project-root';
import { startFederation } from './local-federation';

/**
 * The dashboard's budgets, measured in Chromium against the demo federation: time from navigation to
 * the first figures on screen (cold cache, each run a new browser context), and the JavaScript a view
 * loads, gzip-compressed as a compressing server would send it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = process.env.DASHBOARD_DIST ?? join(projectRoot(), 'dashboard', 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VIEWS = [
  ['overview (first view)', '/?period=2022-2023'],
  ['campaign comparison', '/so-sanh'],
  ['awards comparison', '/khen-thuong?period=2022-2023'],
  ['city page', '/thanh-pho/HN?period=2022-2023'],
  ['scholarship drives', '/hoc-bong'],
  ['exchange programmes', '/giao-luu'],
  ['school twinning', '/ket-nghia'],
] as const;

// A view has data on screen when a figure card or a table row is there.
const DATA_ON_SCREEN = 'main .card dd, main table tbody tr td';

async function measure(page: Page, path: string) {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(response.url(), gzipSync(await response.body()).length);
  });
  const started = Date.now();
  await page.goto(path);
  await page.locator(DATA_ON_SCREEN).first().waitFor({ timeout: 30_000 });
  const elapsed = Date.now() - started;
  await page.waitForLoadState('networkidle');
  return { elapsed, gzipBytes: [...scripts.values()].reduce((sum, size) => sum + size, 0) };
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`Build the dashboard first: npm run build:dashboard`);
  const federation = await startFederation({ gatewayEnv: { DASHBOARD_DIR: DIST } });
  // Playwright starts each browser on a fresh temporary profile (its own --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
  const baseURL = new URL(federation.gatewayUrl).origin;
  try {
    console.log(`| view | median ms | worst ms | JS gzip kB |\n| --- | ---: | ---: | ---: |`);
    for (const [name, path] of VIEWS) {
      const times: number[] = [];
      let gzipBytes = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ baseURL, locale: 'vi-VN' });
        const result = await measure(await context.newPage(), path);
        await context.close();
        if (run > 0) times.push(result.elapsed); // the first run warms the servers' caches
        gzipBytes = result.gzipBytes;
      }
      console.log(
        `| ${name} | ${percentile(times, 50)} | ${Math.max(...times)} | ${(gzipBytes / 1000).toFixed(0)} |`,
      );
    }
  } finally {
    await browser.close();
    await federation.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
