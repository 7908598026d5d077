import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { type ApiCounty, apiReport, figureOf, paintedPixels, readTable, sumOf, valueAt } from './helpers/dashboard';
import { dashboardReady, launchBrowser, outputFile, signInByPasting, type WatchedPage, watchedPage } from './helpers/browser';
import { type Stack, startStack } from './helpers/stack';

/**
 * The dashboard and GraphiQL in headless Chromium, against the whole stack over real HTTP:
 * sign in, pick a month, the tables against the API, the charts, a county, the printed
 * circular, a refused token, the issuer's sign-in and a query in GraphiQL. Every page
 * must load nothing from outside the gateway and break no content-security rule.
 */
describe('the dashboard in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let issuer: Server;
  let signedIn: WatchedPage;
  let july: ApiCounty[];

  beforeAll(async () => {
    // A stand-in for the intranet's sign-on: answers the dashboard's redirect with a token.
    issuer = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://issuer');
      void stack.token('reporter').then((token) => {
        const back = new URL(url.searchParams.get('redirect_uri') ?? '');
        back.hash = new URLSearchParams({
          access_token: token,
          state: url.searchParams.get('state') ?? '',
          token_type: 'Bearer',
        }).toString();
        res.writeHead(302, { location: back.toString() }).end();
      });
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    const issuerUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}/authorize`;
    stack = await startStack({ gatewayEnv: { DASHBOARD_TOKEN_ISSUER_URL: issuerUrl } });
    origin = new URL(stack.gatewayUrl).origin;
    browser = await launchBrowser();
    july = await apiReport(stack, 2003, 7);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await new Promise((resolve) => issuer?.close(resolve));
  });
  afterEach(() => {
    // Whatever a test did, nothing may have come from outside the gateway or broken the CSP.
    if (!signedIn) return;
    expect(signedIn.foreignRequests).toEqual([]);
    expect(signedIn.cspViolations).toEqual([]);
    expect(signedIn.pageErrors).toEqual([]);
  });

  it("signs in with a pasted token, picks a month and shows the API's figures in both tables", async () => {
    signedIn = await watchedPage(browser, origin);
    const { page } = signedIn;
    await signInByPasting(page, origin, await stack.token('reporter'));
    await dashboardReady(page);
    expect(await page.locator('#year').inputValue()).toBe('2003');
    expect(await page.locator('#month').inputValue()).toBe('7'); // the month before the business date
    await page.locator('#month').selectOption('6');
    await page.waitForURL(/#\/2003-06$/);
    await dashboardReady(page);
    await page.locator('#month').selectOption('7');
    await page.waitForURL(/#\/2003-07$/);
    await dashboardReady(page);
    await expect(page.locator('h2').first().textContent()).resolves.toContain('2003年7月');

    for (const table of ['progress', 'departments']) {
      const rows = await readTable(page, table);
      expect(rows.map((r) => r.county)).toEqual([...july.map((c) => c.code), '320800']);
      for (const row of rows) {
        expect(row.missing).toEqual([]);
        const county = july.find((c) => c.code === row.county);
        for (const [field, text] of row.cells) {
          // The city row is the sum of the eight counties, department by department.
          const expected = county ? valueAt(county, field) : sumOf(july, field);
          expect({ county: row.county, field, shown: figureOf(text, expected) }).toEqual({ county: row.county, field, shown: expected });
        }
        if (!county) continue;
        const progress = county.employmentProgress as {
          yearToDate: Record<string, number>;
          expectedYearToDate: Record<string, number>;
          behindSchedule: string[];
        };
        for (const [indicator, text, behind] of row.gaps) {
          expect(Number(text.replace(/[^\d-]/g, ''))).toBe(progress.yearToDate[indicator] - progress.expectedYearToDate[indicator]);
          expect(behind === 'true').toBe(progress.behindSchedule.includes(indicator));
          expect(text.includes('滞后')).toBe(behind === 'true');
        }
      }
      expect(rows[0].cells.length).toBeGreaterThanOrEqual(table === 'progress' ? 16 : 14);
    }
  });

  it("draws each chart with the month's counties", async () => {
    const { page } = signedIn;
    for (const [chart, series] of [
      ['progress', 2],
      ['amounts', 3],
      ['trend', 8],
    ] as const) {
      const box = page.locator(`[data-chart="${chart}"][data-rendered="true"]`);
      await box.waitFor();
      expect(await box.getAttribute('data-series')).toBe(String(series));
      expect(await paintedPixels(page, chart)).toBeGreaterThan(5_000);
    }
    // Another indicator redraws the trend chart.
    await page.locator('#trend-indicator').selectOption('loanAmount');
    await page.locator('[data-chart="trend"][data-rendered="true"][data-title*="小额担保贷款发放金额"]').waitFor();
    expect(await paintedPixels(page, 'trend')).toBeGreaterThan(5_000);
    await page.locator('#trend-indicator').selectOption('reemployed');
    await page.locator('[data-chart="trend"][data-rendered="true"][data-title*="实现就业再就业"]').waitFor();
    await page.screenshot({ path: outputFile('dashboard-2003-07.png'), fullPage: true });
  });

  it('opens a county page with its month and year-to-date figures and a marked slot for duties and findings', async () => {
    const { page } = signedIn;
    await page.locator('[data-table="progress"] a', { hasText: '楚州区' }).click();
    await page.waitForURL(/#\/2003-07\/county\/320803$/);
    await dashboardReady(page);
    const county = july.find((c) => c.code === '320803')!;
    for (const table of ['county-progress', 'county-departments']) {
      const cells = (await readTable(page, table)).flatMap((r) => r.cells);
      expect(cells.length).toBeGreaterThanOrEqual(table === 'county-progress' ? 20 : 20);
      for (const [field, text] of cells)
        expect({ field, shown: figureOf(text, valueAt(county, field)) }).toEqual({ field, shown: valueAt(county, field) });
    }
    await page.locator('[data-chart="county-trend"][data-rendered="true"]').waitFor();
    expect(await paintedPixels(page, 'county-trend')).toBeGreaterThan(2_000);
    const slot = page.locator('[data-slot="duties-findings"]');
    await expect(slot.textContent()).resolves.toContain('issue 12');
    await expect(slot.textContent()).resolves.toContain('不代表没有问题');
    await page.screenshot({ path: outputFile('dashboard-county-320803.png'), fullPage: true });
  });

  it("prints the month's report as an A4 circular with the letterhead, date and version", async () => {
    const { page } = signedIn;
    await page.locator('nav a', { hasText: '通报' }).click();
    await dashboardReady(page);
    await page.locator('[data-circular="draft"] a').click();
    await page.waitForURL(/#\/2003-07\/circular$/);
    await dashboardReady(page);
    const pdf = outputFile('circular-2003-07.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+3$/m); // the circular, then each annex on its own page
    expect(info).toMatch(/^Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)$/m); // landscape
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const [first = '', second = '', third = ''] = text.split('\f');
    expect(first).toContain('淮安市就业再就业工作联席会议办公室');
    expect(first).toContain('关于2003年7月全市就业再就业工作进展情况的通报');
    expect(first).toMatch(/数据截至 2003年7月31日 · 生成日期 2003年8月15日 · 版本：实时数据打印稿/);
    expect(first).toContain('进度滞后的县区');
    expect(second).toContain('附表一');
    expect(third).toContain('附表二');
    for (const county of july) expect(second).toContain(county.name);
    // A figure of the API, as printed: 楚州区's year-to-date loan amount in the annex.
    const chuzhou = july.find((c) => c.code === '320803')!;
    const amount = Number(valueAt(chuzhou, 'loanStats.yearToDate.amount')).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(third).toMatch(new RegExp(`楚州区.*${amount.replace(/\./g, '\\.')}`));
    // Nothing of the screen's chrome is printed.
    expect(text).not.toContain('退出');
    expect(text).not.toContain('打印 Print');
  });

  it('refuses a token without report access with a clear message, and takes another', async () => {
    const watched = await watchedPage(browser, origin);
    try {
      const partner = await stack.token({ sub: 'partner-sync', dept: 'partner', scope: 'feed:read' });
      await signInByPasting(watched.page, origin, partner, '#/2003-07');
      await dashboardReady(watched.page);
      const refusal = watched.page.locator('[data-refusal="forbidden"]');
      await expect(refusal.textContent()).resolves.toContain('无权查看联席会议报表');
      await expect(refusal.textContent()).resolves.toContain('report:read');
      expect(await watched.page.locator('table').count()).toBe(0);
      await watched.page.getByRole('button', { name: '换一个令牌' }).click();
      await watched.page.locator('#token').fill('not-a-token');
      await watched.page.getByRole('button', { name: /登录/ }).click();
      await expect(watched.page.locator('[role="alert"]').textContent()).resolves.toContain('这不是一个令牌');
      expect(watched.pageErrors).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('signs in through the configured issuer, which answers with a token in the fragment', async () => {
    const watched = await watchedPage(browser, `http://127.0.0.1`);
    try {
      await watched.page.goto(`${origin}/dashboard#/2003-07`);
      await watched.page.getByRole('button', { name: '通过统一身份认证获取令牌' }).click();
      await watched.page.waitForURL(`${origin}/dashboard`);
      await dashboardReady(watched.page);
      await expect(watched.page.locator('[data-signed-in]').textContent()).resolves.toContain('dashboard');
      expect(await watched.page.locator('[data-table="progress"] tbody tr').count()).toBe(9);
      expect(watched.page.url()).not.toContain('access_token');
    } finally {
      await watched.context.close();
    }
  });

  it('runs a query in GraphiQL with the signed-in token', async () => {
    const { page } = signedIn;
    await page.goto(`${origin}/graphiql`);
    // Monaco loads its editor and workers first: run only once the query is in the editor.
    await page.locator('.graphiql-query-editor').getByText('counties').first().waitFor();
    try {
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').getByText('楚州区').first().waitFor();
    } finally {
      await page.screenshot({ path: outputFile('graphiql.png') });
    }
  });
});
