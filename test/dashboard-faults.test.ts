import type { Browser } from 'playwright-core';
import { type ApiCounty, apiReport, figureOf, readTable, valueAt } from './helpers/dashboard';
import { dashboardReady, launchBrowser, outputFile, signInByPasting, watchedPage } from './helpers/browser';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * A department down: the dashboard shows every other department's figures and says which
 * department's are missing. The finance subgraph really stops (its HTTP server closes).
 */
describe('the dashboard with a department down', () => {
  let stack: Stack;
  let browser: Browser;
  let july: ApiCounty[];
  let circularId: string;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    july = await apiReport(stack, 2003, 7);
    // Published while every department was up: a frozen circular needs none of them to be read.
    const published = await stack.query<{ publishCircular: { id: string } }>(contractOperation('PublishCircular'), {
      year: 2003,
      month: 7,
    });
    circularId = published.data!.publishCircular.id;
    await stack.subgraphs.finance.service.stop();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("names finance as missing and still shows labor's, tax's and commerce's figures", async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    const watched = await watchedPage(browser, origin);
    const { page } = watched;
    await signInByPasting(page, origin, await stack.token('reporter'), '#/2003-07');
    await dashboardReady(page);

    const banner = page.locator('[data-missing-departments]').first();
    expect(await banner.getAttribute('data-missing-departments')).toBe('finance');
    await expect(banner.textContent()).resolves.toContain('财政局 (finance)');

    const rows = await readTable(page, 'departments');
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      // Finance's four columns are marked missing, in every row (the city's too)…
      expect(row.missing).toEqual(['finance', 'finance', 'finance', 'finance']);
      expect(row.cells.some(([field]) => field.startsWith('loanStats'))).toBe(false);
      // …and every other figure is there, as the API gave it before finance stopped.
      const county = july.find((c) => c.code === row.county);
      expect(row.cells.length).toBe(10);
      if (!county) continue;
      for (const [field, text] of row.cells)
        expect({ field, shown: figureOf(text, valueAt(county, field)) }).toEqual({ field, shown: valueAt(county, field) });
    }
    const progress = await readTable(page, 'progress');
    // Labor's figures: three per indicator and the rate, the city's (the graph's city row) too.
    expect(progress.map((r) => [r.missing.length, r.cells.length])).toEqual([...july.map(() => [0, 16]), [0, 16]]);

    // The charts without finance still draw; the amounts chart drops the loan series.
    await page.locator('[data-chart="amounts"][data-rendered="true"]').waitFor();
    expect(await page.locator('[data-chart="amounts"]').getAttribute('data-series')).toBe('2');
    await page.locator('[data-chart="trend"][data-rendered="true"]').waitFor();
    await page.screenshot({ path: outputFile('dashboard-finance-down.png'), fullPage: true });

    // A published circular is frozen: it opens in full, finance's figures included.
    await page.goto(`${origin}/dashboard#/2003-07/circular/${circularId}`);
    await dashboardReady(page);
    const chuzhou = (await readTable(page, 'circular-areas')).find((r) => r.county === '320803')!;
    const loans = chuzhou.cells.find(([field]) => field === 'loanAmountYearToDate')!;
    expect(
      figureOf(
        loans[1],
        valueAt(
          july.find((c) => c.code === '320803')!,
          'loanStats.yearToDate.amount',
        ),
      ),
    ).toBe(
      valueAt(
        july.find((c) => c.code === '320803')!,
        'loanStats.yearToDate.amount',
      ),
    );

    expect(watched.pageErrors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});

/**
 * The joint office down: the month's tables and charts stand (they rest on the departments),
 * and each of the office's sections says the office is not answering instead of an empty list.
 */
describe('the dashboard with the joint office down', () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchBrowser();
    await stack.subgraphs['joint-office'].service.stop();
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("shows the county's figures and says its duties and findings cannot be read; the circulars say so too", async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    const watched = await watchedPage(browser, origin, await stack.token('reporter'));
    const { page } = watched;
    await page.goto(`${origin}/dashboard#/2003-07/county/320803`);
    await dashboardReady(page);
    expect((await readTable(page, 'county-progress')).flatMap((r) => r.cells).length).toBeGreaterThanOrEqual(20);
    for (const slot of ['late-duties', 'findings']) {
      const section = page.locator(`[data-slot="${slot}"][data-loaded="true"]`);
      await section.waitFor();
      await expect(section.locator('[data-problem="unavailable"]').textContent()).resolves.toContain('服务暂时没有响应');
    }
    await page.goto(`${origin}/dashboard#/2003-07/circulars`);
    await dashboardReady(page);
    await expect(page.locator('[data-view="circulars"] [data-problem="unavailable"]').textContent()).resolves.toContain('通报暂缺');

    expect(watched.pageErrors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.context.close();
  });
});
