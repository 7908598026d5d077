import './styles.css';
import { completeIssuerSignIn, currentToken, signOut } from '../common/session';
import { loadMonthlyReport } from './data/report-source';
import { loadYearSeries, type YearSeries } from './data/year-series';
import type { MonthlyReport } from './data/model';
import { href, parseRoute, type Route } from './route';
import { loadCircular, loadCircularList } from './data/circulars';
import { loadCountyFindings, loadLateDuties } from './data/office';
import { loadRecord, RECORD_KINDS } from './data/records';
import { circularMissing, circularsView, circularView } from './views/circular';
import { countyView } from './views/county';
import { recordView } from './views/record';
import { el, on, replaceChildren } from './views/dom';
import { reportView } from './views/report';
import { refusalView, signInView } from './views/signin';

interface PageConfig {
  tokenIssuerUrl: string | null;
  graphiql: boolean;
  /** The date the departments act on (YYYY-MM-DD): the latest month the page offers. */
  businessDate: string;
}

const root = document.getElementById('app')!;
const reports = new Map<string, Promise<MonthlyReport>>();
const series = new Map<number, Promise<YearSeries>>();

function monthlyReport(year: number, month: number, token: string): Promise<MonthlyReport> {
  const key = `${year}-${month}`;
  if (!reports.has(key)) reports.set(key, loadMonthlyReport(year, month, token));
  return reports.get(key)!;
}

/** The year's monthly series of every area: one request a year, whatever month is shown. */
function yearSeries(year: number, token: string, businessDate: string): Promise<YearSeries> {
  if (!series.has(year)) series.set(year, loadYearSeries(year, token, businessDate));
  return series.get(year)!;
}

function forget(): void {
  reports.clear();
  series.clear();
}

/** The month before the business date's (the last complete one), or January. */
function defaultMonth(config: PageConfig): { year: number; month: number } {
  const [year = 2003, month = 1] = config.businessDate.split('-').map(Number);
  return month > 1 ? { year, month: month - 1 } : { year, month: 1 };
}

function monthPicker(route: Route, config: PageConfig): HTMLElement {
  const [lastYear = route.year, lastMonth = 12] = config.businessDate.split('-').map(Number);
  const years = Array.from({ length: Math.max(1, lastYear - 2002) }, (_, i) => 2003 + i);
  const months = Array.from({ length: route.year === lastYear ? lastMonth : 12 }, (_, i) => i + 1);
  const year = el(
    'select',
    { id: 'year', 'aria-label': '年份' },
    ...years.map((y) => el('option', { value: y, selected: y === route.year }, `${y}年`)),
  );
  const month = el(
    'select',
    { id: 'month', 'aria-label': '月份' },
    ...months.map((m) => el('option', { value: m, selected: m === route.month }, `${m}月`)),
  );
  const go = () => {
    const y = Number(year.value);
    const m = y === lastYear ? Math.min(Number(month.value), lastMonth) : Number(month.value);
    location.hash = href({ ...route, year: y, month: m });
  };
  on(year, 'change', go);
  on(month, 'change', go);
  return el('div', { class: 'month-picker' }, year, month);
}

function shell(route: Route, config: PageConfig, who: string, main: HTMLElement): HTMLElement {
  const refresh = el('button', { type: 'button', title: '重新读取各部门的数字' }, '刷新');
  on(refresh, 'click', () => {
    forget();
    void render(config);
  });
  const out = el('button', { type: 'button' }, '退出');
  on(out, 'click', () => {
    signOut();
    forget();
    void render(config);
  });
  return el(
    'div',
    { class: 'shell' },
    el(
      'header',
      { class: 'top' },
      el('h1', {}, '淮安市就业再就业工作联席会议 ', el('small', {}, 'Joint meeting dashboard')),
      monthPicker(route, config),
      el(
        'nav',
        {},
        el('a', { href: href({ ...route, view: 'report' }), 'aria-current': route.view === 'report' ? 'page' : undefined }, '月报'),
        el(
          'a',
          { href: href({ ...route, view: 'circulars' }), 'aria-current': route.view.startsWith('circular') ? 'page' : undefined },
          '通报',
        ),
        config.graphiql ? el('a', { href: '/graphiql', target: '_blank' }, 'GraphiQL') : null,
      ),
      el('div', { class: 'who' }, el('span', { 'data-signed-in': who }, who), refresh, out),
    ),
    el('main', {}, main),
  );
}

async function render(config: PageConfig, problem: string | null = null): Promise<void> {
  const token = currentToken();
  if (!token) {
    replaceChildren(
      root,
      el(
        'main',
        { class: 'centered' },
        signInView(config.tokenIssuerUrl, problem, () => void render(config)),
      ),
    );
    return;
  }
  const route = parseRoute(location.hash, defaultMonth(config));
  const who = `${token.dept ?? '?'} · ${token.sub ?? '?'}`;
  replaceChildren(root, shell(route, config, who, el('p', { class: 'loading' }, '正在读取报表…')));
  const report = await monthlyReport(route.year, route.month, token.token);
  if (report.refused?.kind === 'unauthenticated') {
    signOut();
    forget();
    return render(config, 'unauthenticated');
  }
  const main = report.refused
    ? refusalView(who, report.refused.message, () => {
        signOut();
        forget();
        void render(config);
      })
    : await routeView(route, config, report, token.token);
  replaceChildren(root, shell(route, config, who, main));
  document.title = `${route.year}年${route.month}月 · 淮安市就业再就业联席会议`;
  root.setAttribute('data-ready', 'true');
}

/** The page of a route, once the month's report has answered (and not refused). */
async function routeView(route: Route, config: PageConfig, report: MonthlyReport, token: string): Promise<HTMLElement> {
  const back = href({ ...route, view: 'report' });
  const county = route.county;
  if (route.view === 'county' && county) {
    return countyView(report, county, yearSeries(route.year, token, config.businessDate), back, {
      duties: loadLateDuties(county, token),
      findings: loadCountyFindings(county, token),
      recordLink: (ref) => href({ ...route, view: 'record', record: { kind: ref.kind, key: ref.key } }),
    });
  }
  if (route.view === 'record' && route.record) {
    const kind = RECORD_KINDS[route.record.kind];
    const answer = kind ? loadRecord(kind, route.record.key, token) : null;
    return recordView(route.record.kind, kind, route.record.key, answer, href({ ...route, view: 'county' }), config.graphiql, (k, key) =>
      href({ ...route, view: 'record', record: { kind: k, key } }),
    );
  }
  const list = href({ ...route, view: 'circulars' });
  if (route.view === 'circulars') {
    const [lastYear = route.year, lastMonth = 12] = config.businessDate.split('-').map(Number);
    const through = route.year === lastYear ? lastMonth : 12;
    const circulars = await loadCircularList(route.year, through, token);
    return circularsView(route.year, circulars, (c) => href({ year: c.year, month: c.month, view: 'circular', circularId: c.id }));
  }
  if (route.view === 'circular' && route.circularId) {
    const loaded = await loadCircular(route.circularId, token);
    if (!loaded.ok) return circularsView(route.year, loaded, () => list);
    return loaded.value ? circularView(loaded.value, list) : circularMissing(route.circularId, list);
  }
  return reportView(report, yearSeries(route.year, token, config.businessDate), (code) => href({ ...route, view: 'county', county: code }));
}

async function start(): Promise<void> {
  const config = (await (await fetch('/dashboard/config.json')).json()) as PageConfig;
  const issued = completeIssuerSignIn();
  const problem = typeof issued === 'string' ? issued : null;
  window.addEventListener('hashchange', () => {
    root.removeAttribute('data-ready');
    void render(config);
  });
  await render(config, problem);
}

void start();
