import {
  DashboardSession,
  describeInBrowser,
  saveScreenshot,
  startDashboardSession,
} from './support/browser-harness';

describeInBrowser('GraphiQL served by the gateway, offline', () => {
  let session: DashboardSession;
  beforeAll(async () => {
    session = await startDashboardSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the schema and runs a query with every request on the gateway’s own origin', async () => {
    const { page } = await session.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && !request.url().startsWith('blob:'))
        origins.add(new URL(request.url()).origin);
    });
    const introspection = page.waitForResponse(
      async (response) =>
        response.url().endsWith('/graphql') &&
        response.request().method() === 'POST' &&
        (response.request().postData() ?? '').includes('__schema'),
    );
    await page.goto('/graphql', { waitUntil: 'domcontentloaded' });
    const answer = (await (await introspection).json()) as { data?: { __schema?: { types: unknown[] } } };
    expect(answer.data?.__schema?.types.length).toBeGreaterThan(50);

    // Monaco fills the editor after the schema arrives; running before that would send nothing.
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query Cities' }).waitFor();
    const run = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('query Cities'),
    );
    await page.getByRole('button', { name: /execute query/i }).click();
    const result = (await (await run).json()) as { data: { cities: { name: string }[] } };
    expect(result.data.cities.map(({ name }) => name)).toEqual(['Hà Nội', 'Hải Phòng']);
    await page.getByText('"Hải Phòng"').first().waitFor();
    expect([...origins]).toEqual([session.baseUrl]);
    await saveScreenshot(page, 'graphiql');
  });
});
