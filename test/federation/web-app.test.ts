import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatCityDirectory } from '../../gateway/src/city-directory';
import { startGateway } from '../../gateway/src/main';
import { gatewayKeyEnv } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { projectRoot } from '../../services/shared/src/project-root';
import { RunningService } from '../../services/shared/src/http-service';

// What a browser sends when it navigates (Chromium's Accept for a document).
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const INDEX =
  '<!doctype html><title>dashboard-index-marker</title><script src="/assets/main-Ab12Cd34.js"></script>';
const IDE =
  '<!doctype html><title>graphiql-page-marker</title><script src="/assets/graphiql-Ef56Gh78.js"></script>';
const SCRIPT = 'console.log("hashed asset");';

/** Absolute http(s) URLs in a page that point anywhere but `origin`. */
const externalUrls = (html: string, origin: string) =>
  (html.match(/https?:\/\/[^\s"'<>)]+/g) ?? []).filter((url) => !url.startsWith(origin));

describe('the gateway serves the web app and the GraphQL IDE on its own origin', () => {
  let federation: RunningFederation;
  let origin: string;
  const dist = mkdtempSync(join(tmpdir(), 'uft-dashboard-'));
  const extra: RunningService[] = [];

  /** Another gateway over the same cities with other settings, e.g. production's. */
  const gatewayWith = async (env: Record<string, string>) => {
    const cities = Object.entries(federation.cityUrls).map(([code, url]) => ({ code, url }));
    const gateway = await startGateway({
      ...gatewayKeyEnv(federation.keys),
      PORT: '0',
      CITIES: formatCityDirectory(cities),
      COOPERATION_URL: federation.envOf('gateway').COOPERATION_URL,
      ...env,
    });
    extra.push(gateway);
    return new URL(gateway.url).origin;
  };
  const get = (url: string, accept = BROWSER_ACCEPT) => fetch(url, { headers: { accept } });

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), INDEX);
    writeFileSync(join(dist, 'graphiql.html'), IDE);
    writeFileSync(join(dist, 'assets', 'main-Ab12Cd34.js'), SCRIPT);
    writeFileSync(join(dist, 'favicon.ico'), 'icon');
    federation = await startFederation({ gatewayEnv: { DASHBOARD_DIR: dist } });
    origin = new URL(federation.gatewayUrl).origin;
  });
  afterAll(async () => {
    for (const gateway of extra) await gateway.close();
    await federation?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at /, to be revalidated on every visit', async () => {
    const response = await get(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX);
  });

  it('answers client-side routes with index.html, so that a reload keeps the page', async () => {
    const routes = ['/thanh-pho/HN?namHoc=2022-2023', '/thanh-pho/HN/cong-doan/hn.thcs-1', '/index.html'];
    for (const path of routes) {
      const response = await get(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves hashed assets as immutable, and a missing file as a 404, never as index.html', async () => {
    const asset = await get(`${origin}/assets/main-Ab12Cd34.js`, '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(SCRIPT);

    const favicon = await get(`${origin}/favicon.ico`, '*/*');
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get('cache-control')).toBe('no-cache');

    // Script tags, images and crawlers send no text/html; under /assets/ not even a navigation gets the app.
    for (const [path, accept] of [
      ['/assets/main-Old00000.js', '*/*'],
      ['/robots.txt', '*/*'],
      ['/assets/lazy-route-Xy12Zz34.js', BROWSER_ACCEPT],
    ]) {
      const missing = await get(`${origin}${path}`, accept);
      expect(missing.status).toBe(404);
      expect(await missing.text()).not.toContain('dashboard-index-marker');
    }
  });

  it('leaves /graphql and /health to the API', async () => {
    const health = await get(`${origin}/health`);
    expect(health.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await health.json()) as { service: string }).service).toBe('gateway');
    expect((await federation.query('{ __typename }')).data).toEqual({ __typename: 'Query' });
    const query = await get(`${federation.gatewayUrl}?query={__typename}`, 'application/json');
    expect(await query.text()).not.toContain('marker');
  });

  it('serves the GraphQL IDE from the build to a browser at GET /graphql, with nothing from elsewhere', async () => {
    const response = await get(federation.gatewayUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toBe(IDE); // not Apollo's landing page, which loads its IDE from a CDN
    expect(externalUrls(html, origin)).toEqual([]);
    expect(html).not.toMatch(/apollographql|cdn\./i);
  });

  it('builds the IDE page from npm packages: its Vite entry loads nothing from another host', () => {
    const entry = readFileSync(join(projectRoot(), 'dashboard', 'graphiql.html'), 'utf8');
    expect(entry).toMatch(/<script type="module" src="\/src\/graphiql\/main.tsx">/);
    expect(externalUrls(entry, origin)).toEqual([]);
    const main = readFileSync(join(projectRoot(), 'dashboard', 'src', 'graphiql', 'main.tsx'), 'utf8');
    expect(main).toMatch(/from 'graphiql'/);
    expect(main).toMatch(/createGraphiQLFetcher\(\{ url: '\/graphql' \}\)/);
    expect(externalUrls(main, origin)).toEqual([]);
  });

  it('keeps the IDE off when introspection is off, while the dashboard is still served', async () => {
    const production = await gatewayWith({ DASHBOARD_DIR: dist, INTROSPECTION: 'false' });
    const ide = await get(`${production}/graphql`);
    expect(ide.status).toBe(400); // Apollo's CSRF prevention: no query and no preflight header
    expect(await ide.text()).not.toContain('graphiql-page-marker');
    for (const path of ['/graphiql.html', '/%67raphiql.html']) {
      // A navigation there gets the dashboard (its own not-found view), never the IDE.
      expect(await (await get(`${production}${path}`)).text()).toBe(INDEX);
      expect((await get(`${production}${path}`, '*/*')).status).toBe(404);
    }
    expect(await (await get(`${production}/thanh-pho/HN`)).text()).toBe(INDEX);
  });

  it('says how to build the dashboard when DASHBOARD_DIR holds no build', async () => {
    const unbuilt = await gatewayWith({ DASHBOARD_DIR: join(dist, 'not-built') });
    for (const path of ['/', '/thanh-pho/HN', '/graphql']) {
      const response = await get(`${unbuilt}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      const page = await response.text();
      expect(page).toMatch(/not built/);
      expect(page).toContain('npm run build -w dashboard');
    }
    const health = await get(`${unbuilt}/health`, 'application/json');
    expect(health.status).toBe(200);
  });
});
