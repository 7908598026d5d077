import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { type ApiCounty, apiCity, apiReport, attributesOf, figureOf, paintedPixels, readTable, valueAt } from './helpers/dashboard';
import { dashboardReady, launchBrowser, outputFile, signedInPage, signInByPasting, type WatchedPage, watchedPage } from './helpers/browser';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface Duty {
  code: string;
  countyCode: string | null;
  title: string;
}
interface Ref {
  department: string;
  kind: string;
  key: string;
}

const LATE_DUTIES = `query($county: ID!) { duties(lateOnly: true, countyCode: $county) { code countyCode title } }`;
const FINDINGS = `{ consistencyFindings(first: 100) { edges { node { id rule countyCode records { department kind key } } } } }`;
const PERSONS = `query($county: ID!) { persons(countyCode: $county, first: 100) { edges { node { id certificate { number } loans { id } } } } }`;
const CIRCULAR = `query($id: ID!) { circular(id: $id) {
  id version businessDate
  areas { code name reemployedYearToDate certificatesValid loanAmountYearToDate reliefAmountYearToDate subsidyAmountYearToDate }
  countiesBehindSchedule { code name }
  openFindings { id countyCode }
  lateDuties { code countyCode }
} }`;

/**
 * The dashboard and GraphiQL in headless Chromium, against the whole stack over real HTTP:
 * sign in, pick a month, the tables against the API (the city's row too), the charts, a
 * county with its late duties and findings and the records they name, a published circular
 * opened and printed, a refused token, the issuer's sign-in and a query in GraphiQL. Each
 * test opens its own browser context, signed in by storage where sign-in is not the point;
 * every page must load nothing from outside the gateway and break no content-security rule.
 */
describe('the dashboard in a browser', () => {
  let stack: Stack;
  let browser: Browser;
  let origin: string;
  let issuer: Server;
  let july: ApiCounty[];
  let julyCity: ApiCounty;
  /** The findings planted in 楚州区 (benefits on a revoked certificate), newest first: the records each names. */
  let planted: Ref[][];
  /** The one naming the loan. */
  let loanFinding: Ref[];
  /** The pages a test opened: checked and closed after it. */
  let opened: WatchedPage[] = [];

  const open = async (hash: string, caller: Parameters<Stack['token']>[0] = 'reporter') => {
    const watched = await signedInPage(browser, origin, await stack.token(caller), hash);
    opened.push(watched);
    return watched;
  };

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

    // One open finding in 楚州区: labor revokes the certificate of a person finance lent to.
    const persons = await stack.query<{
      persons: { edges: { node: { certificate: { number: string } | null; loans: { id: string }[] | null } }[] };
    }>(PERSONS, { county: '320803' });
    const borrower = persons.data!.persons.edges.map((e) => e.node).find((p) => p.certificate && p.loans?.length)!;
    const revoked = await stack.query(
      contractOperation('RevokeCertificate'),
      { number: borrower.certificate!.number, reason: '骗取优惠证' },
      'labor',
    );
    expect(revoked.errors).toBeUndefined();
    expect((await stack.query(contractOperation('RunConsistencyChecks'))).errors).toBeUndefined();
    const findings = await stack.query<{ consistencyFindings: { edges: { node: { countyCode: string; records: Ref[] } }[] } }>(FINDINGS);
    planted = findings.data!.consistencyFindings.edges.filter((e) => e.node.countyCode === '320803').map((e) => e.node.records);
    loanFinding = planted.find((records) => records.some((r) => r.kind === 'Loan'))!;
    expect(loanFinding).toContainEqual({ department: 'finance', kind: 'Loan', key: borrower.loans![0].id });

    [july, julyCity] = await Promise.all([apiReport(stack, 2003, 7), apiCity(stack, 2003, 7)]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await new Promise((resolve) => issuer?.close(resolve));
  });
  afterEach(async () => {
    // Whatever a test did, nothing may have come from outside the gateway or broken the CSP.
    const pages = opened;
    opened = [];
    for (const watched of pages) {
      expect(watched.foreignRequests).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      await watched.context.close();
    }
  });

  it("signs in with a pasted token, picks a month and shows the API's figures in both tables, the city's from the API", async () => {
    const watched = await watchedPage(browser, origin);
    opened.push(watched);
    const { page } = watched;
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
        // The city's row is Query.city's answer: each department's own sum, and the rate over the city's labour force.
        const area = july.find((c) => c.code === row.county) ?? julyCity;
        for (const [field, text] of row.cells) {
          const expected = valueAt(area, field);
          expect({ area: row.county, field, shown: figureOf(text, expected) }).toEqual({ area: row.county, field, shown: expected });
        }
        const progress = area.employmentProgress as {
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
      // Every figure of the city is shown, its unemployment rate too.
      expect(rows.at(-1)!.cells.length).toBe(table === 'progress' ? 16 : 14);
      expect(rows[0].cells.length).toBeGreaterThanOrEqual(table === 'progress' ? 16 : 14);
    }
  });

  it("draws each chart with the month's counties, and the year's trend from the graph's series, a point a month", async () => {
    const { page } = await open('#/2003-07');
    for (const [chart, series] of [
      ['progress', 2],
      ['amounts', 3],
      ['trend', 9], // the eight counties stacked, the city's line
    ] as const) {
      const box = page.locator(`[data-chart="${chart}"][data-rendered="true"]`);
      await box.waitFor();
      expect(await box.getAttribute('data-series')).toBe(String(series));
      expect(await paintedPixels(page, chart)).toBeGreaterThan(5_000);
    }
    // The series run to the business date's month (August 2003), whatever month the page shows.
    const months = await stack.query<{ city: { employmentSeries: unknown[] } }>(
      '{ city { employmentSeries(year: 2003) { behindSchedule } } }',
    );
    expect(months.data!.city.employmentSeries).toHaveLength(8);
    expect(await page.locator('[data-chart="trend"]').getAttribute('data-points')).toBe('8');
    // Another indicator redraws the trend chart.
    await page.locator('#trend-indicator').selectOption('loanAmount');
    await page.locator('[data-chart="trend"][data-rendered="true"][data-title*="小额担保贷款发放金额"]').waitFor();
    expect(await paintedPixels(page, 'trend')).toBeGreaterThan(5_000);
    await page.locator('#trend-indicator').selectOption('reemployed');
    await page.locator('[data-chart="trend"][data-rendered="true"][data-title*="实现就业再就业"]').waitFor();
    await page.screenshot({ path: outputFile('dashboard-2003-07.png'), fullPage: true });
  });

  it('opens a county page with its figures, its late duties and its open findings, each linking to the records it names', async () => {
    const { page } = await open('#/2003-07', 'jointOffice');
    await page.locator('[data-table="progress"] a', { hasText: '楚州区' }).click();
    await page.waitForURL(/#\/2003-07\/county\/320803$/);
    await dashboardReady(page);
    const county = july.find((c) => c.code === '320803')!;
    for (const table of ['county-progress', 'county-departments']) {
      const cells = (await readTable(page, table)).flatMap((r) => r.cells);
      expect(cells.length).toBeGreaterThanOrEqual(20);
      for (const [field, text] of cells)
        expect({ field, shown: figureOf(text, valueAt(county, field)) }).toEqual({ field, shown: valueAt(county, field) });
    }
    const trend = page.locator('[data-chart="county-trend"][data-rendered="true"]');
    await trend.waitFor();
    expect([await trend.getAttribute('data-series'), await trend.getAttribute('data-points')]).toEqual(['1', '8']);
    expect(await paintedPixels(page, 'county-trend')).toBeGreaterThan(2_000);

    // The late duties are the joint office's for this county, as the API lists them.
    const late = await stack.query<{ duties: Duty[] }>(LATE_DUTIES, { county: '320803' });
    expect(late.data!.duties.length).toBeGreaterThan(0);
    await page.locator('[data-slot="late-duties"][data-loaded="true"]').waitFor();
    const shownDuties = await attributesOf(page, '[data-table="late-duties"] tbody tr', ['data-duty', 'data-county']);
    expect(shownDuties).toEqual(late.data!.duties.map((d) => [d.code, d.countyCode]));
    await expect(page.locator('[data-table="late-duties"]').textContent()).resolves.toContain(late.data!.duties[0].title);

    // The planted findings, each with a link to each record it names.
    await page.locator('[data-slot="findings"][data-loaded="true"]').waitFor();
    const links = (await attributesOf(page, '[data-slot="findings"] a[data-record]', ['data-record'])).flat();
    expect(links).toEqual(planted.flat().map((r) => `${r.kind}/${r.key}`));
    await page.screenshot({ path: outputFile('dashboard-county-320803.png'), fullPage: true });

    // A record opens in the dashboard, read through the graph with the same token.
    const loan = loanFinding.find((r) => r.kind === 'Loan')!;
    await page.locator(`a[data-record="Loan/${loan.key}"]`).click();
    await page.waitForURL(new RegExp(`#/2003-07/county/320803/record/Loan/${loan.key}$`));
    await page.locator('[data-view="record"][data-loaded="true"]').waitFor();
    await expect(page.locator('[data-view="record"] dd[data-key="id"]').first().textContent()).resolves.toBe(loan.key);
    const certificate = loanFinding.find((r) => r.kind === 'ReemploymentCertificate')!;
    await expect(page.locator('[data-view="record"] dd[data-key="number"]').first().textContent()).resolves.toBe(certificate.key);
    await expect(page.locator('[data-view="record"] dd[data-key="status"]').nth(1).textContent()).resolves.toBe('REVOKED');
    await page.screenshot({ path: outputFile('dashboard-record-loan.png'), fullPage: true });
    // The records it names link on: the certificate opens as a record of its own.
    await page.locator(`[data-view="record"] a[data-record="ReemploymentCertificate/${certificate.key}"]`).click();
    await page.locator('[data-view="record"][data-kind="ReemploymentCertificate"][data-loaded="true"]').waitFor();
    await expect(page.locator('[data-view="record"] dd[data-key="status"]').first().textContent()).resolves.toBe('REVOKED');
  });

  it('tells a token without access to the named records so, in the findings section and on the record page', async () => {
    // The dashboard's report:read token reads the findings, not the person-level records they name.
    const { page } = await open('#/2003-07/county/320803');
    await page.locator('[data-slot="findings"][data-loaded="true"]').waitFor();
    const refused = page.locator('[data-slot="findings"] [data-problem="records-forbidden"]');
    await expect(refused.textContent()).resolves.toContain('labor:read、finance:read、tax:read、commerce:read');
    expect(await page.locator('[data-slot="findings"] [data-finding]').count()).toBe(planted.length);
    expect(await page.locator('[data-slot="findings"] a[data-record]').count()).toBe(0);
    await page.locator('[data-slot="late-duties"][data-loaded="true"]').waitFor();
    expect(await page.locator('[data-table="late-duties"] tbody tr').count()).toBeGreaterThan(0);

    const person = loanFinding.find((r) => r.kind === 'Person')!;
    await page.goto(`${origin}/dashboard#/2003-07/county/320803/record/Person/${person.key}`);
    await page.locator('[data-view="record"][data-loaded="true"]').waitFor();
    const problem = page.locator('[data-view="record"] [data-problem="forbidden"]');
    await expect(problem.textContent()).resolves.toContain('无权查看');
    expect(await page.locator('[data-view="record"] dl').count()).toBe(0);
  });

  it('lists the published circulars, opens one as frozen and prints it as a clean A4 circular with letterhead, date and version', async () => {
    // The joint office publishes July (joint:write): a new version, whatever earlier tests published.
    const published = await stack.query<{ publishCircular: { id: string; version: number } }>(contractOperation('PublishCircular'), {
      year: 2003,
      month: 7,
    });
    expect(published.errors).toBeUndefined();
    const { id, version } = published.data!.publishCircular;
    const api = (await stack.query<{ circular: ApiCircular }>(CIRCULAR, { id })).data!.circular;
    expect(api.openFindings.map((f) => f.countyCode)).toContain('320803');

    const { page } = await open('#/2003-07');
    await page.locator('nav a', { hasText: '通报' }).click();
    await page.waitForURL(/#\/2003-07\/circulars$/);
    await dashboardReady(page);
    const entry = page.locator(`[data-circular="${id}"]`);
    await expect(entry.textContent()).resolves.toContain(`第${version}版`);
    await entry.locator('a').click();
    await page.waitForURL(new RegExp(`#/2003-07/circular/${id}$`));
    await dashboardReady(page);

    // On screen: every area's frozen figures, as the API gives the circular.
    const rows = await readTable(page, 'circular-areas');
    expect(rows.map((r) => r.county).sort()).toEqual(api.areas.map((a) => a.code).sort());
    for (const row of rows) {
      const area = api.areas.find((a) => a.code === row.county)! as unknown as ApiCounty;
      for (const [field, text] of row.cells.filter(([f]) => f in area))
        expect({ area: row.county, field, shown: figureOf(text, area[field]) }).toEqual({ area: row.county, field, shown: area[field] });
    }
    expect(await page.locator('[data-list="behind"] li').count()).toBe(api.countiesBehindSchedule.length);
    expect(await page.locator('[data-table="late-duties"] tbody tr').count()).toBe(api.lateDuties.length);

    const pdf = outputFile('circular-2003-07.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9', pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    // The circular on portrait A4, its annex on a landscape page of its own.
    expect(info).toMatch(/^Page +1 size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m);
    expect(info).toMatch(new RegExp(`^Page +${pages} size:\\s+841\\.\\d+ x 59[45]\\.\\d+ pts \\(A4\\)`, 'm'));
    expect(pages).toBe(3);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const sheets = text.split('\f');
    const [first = ''] = sheets;
    const annex = sheets[pages - 1] ?? '';
    expect(first).toContain('淮安市就业再就业工作联席会议办公室');
    expect(first).toContain('关于2003年7月全市就业再就业工作进展情况的通报');
    expect(first).toContain(`数据截至 2003年7月31日 · 发布日期 2003年8月15日 · 第${version}版`);
    expect(first).toContain('进度滞后的县区');
    expect(text).toContain('楚州区 · 无有效优惠证享受政策');
    expect(text).toContain('逾期未完成的责任事项');
    expect(annex).toContain(`附表 2003年7月各县区就业再就业主要指标（年累计，第${version}版）`);
    for (const area of api.areas) expect(annex).toContain(area.name);
    // A frozen figure, as printed: 楚州区's year-to-date loan amount in the annex.
    const chuzhou = api.areas.find((a) => a.code === '320803')!;
    const amount = Number(chuzhou.loanAmountYearToDate).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(annex).toMatch(new RegExp(`楚州区.*${amount.replace(/\./g, '\\.')}`));
    // Nothing of the screen's chrome is printed.
    expect(text).not.toContain('退出');
    expect(text).not.toContain('打印 Print');
    expect(text).not.toContain('返回通报列表');
  });

  it('refuses a token without report access with a clear message, and takes another', async () => {
    const watched = await watchedPage(browser, origin);
    opened.push(watched);
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
      expect(watched.pageErrors).toEqual([]);
      expect(watched.cspViolations).toEqual([]);
    } finally {
      await watched.context.close();
    }
  });

  it('runs a query in GraphiQL with the signed-in token', async () => {
    const { page } = await open('#/2003-07');
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

  it("opens a finding's record in GraphiQL with its query and key filled in", async () => {
    const loan = loanFinding.find((r) => r.kind === 'Loan')!;
    const { page } = await open(`#/2003-07/county/320803/record/Loan/${loan.key}`, 'jointOffice');
    await page.locator('[data-view="record"][data-loaded="true"]').waitFor();
    const link = await page.locator('[data-link="graphiql"]').getAttribute('href');
    expect(link).toMatch(/^\/graphiql#query=/);
    await page.goto(`${origin}${link}`);
    await page.locator('.graphiql-query-editor').getByText('DashboardRecord').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').getByText('REVOKED').first().waitFor();
    expect(page.url()).toBe(`${origin}/graphiql`);
  });
});

interface ApiCircular {
  id: string;
  version: number;
  businessDate: string;
  areas: { code: string; name: string; loanAmountYearToDate: string }[];
  countiesBehindSchedule: { code: string; name: string }[];
  openFindings: { id: string; countyCode: string | null }[];
  lateDuties: { code: string; countyCode: string | null }[];
}
