import type { Page } from 'playwright-core';
import { contractOperation } from './operations';
import type { Stack } from './stack';

export type ApiCounty = Record<string, unknown> & { code: string; name: string };

const SCHEDULE = `query Schedule($year: Int!, $month: Int!) {
  counties { code employmentProgress(year: $year, month: $month) {
    expectedYearToDate { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    behindSchedule
  } }
}`;

/**
 * The month's report as the API gives it: the contract's JointMeetingReport, plus labor's
 * schedule fields (not in the contract) merged into employmentProgress.
 */
export async function apiReport(stack: Stack, year: number, month: number): Promise<ApiCounty[]> {
  const [report, schedule] = await Promise.all([
    stack.query<{ counties: ApiCounty[] }>(contractOperation('JointMeetingReport'), { year, month }, 'reporter'),
    stack.query<{ counties: { code: string; employmentProgress: Record<string, unknown> }[] }>(SCHEDULE, { year, month }, 'reporter'),
  ]);
  if (report.errors || schedule.errors) throw new Error(JSON.stringify(report.errors ?? schedule.errors));
  return report.data!.counties.map((county) => {
    const extra = schedule.data!.counties.find((c) => c.code === county.code)!.employmentProgress;
    return { ...county, employmentProgress: { ...(county.employmentProgress as Record<string, unknown>), ...extra } };
  });
}

/**
 * The city's row as the API gives it (Query.city): the contract's JointMeetingReport
 * selection asked of the city instead of the counties, plus the schedule fields.
 */
export async function apiCity(stack: Stack, year: number, month: number): Promise<ApiCounty> {
  const report = contractOperation('JointMeetingReport').replace(/\bcounties \{/, 'city {');
  const schedule = SCHEDULE.replace(/\bcounties \{ code/, 'city { code');
  const [answer, extra] = await Promise.all([
    stack.query<{ city: ApiCounty }>(report, { year, month }, 'reporter'),
    stack.query<{ city: { employmentProgress: Record<string, unknown> } }>(schedule, { year, month }, 'reporter'),
  ]);
  if (answer.errors || extra.errors) throw new Error(JSON.stringify(answer.errors ?? extra.errors));
  const city = answer.data!.city;
  return {
    ...city,
    employmentProgress: { ...(city.employmentProgress as Record<string, unknown>), ...extra.data!.city.employmentProgress },
  };
}

/** The value at a dotted path (`loanStats.yearToDate.amount`) of an API county. */
export function valueAt(county: ApiCounty, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), county);
}

/** A figure as the page shows it, back in the API's form: "1,234.50" → "1234.50", "7,528" → 7528, "0.02%" → 0.02. */
export function figureOf(text: string, apiValue: unknown): unknown {
  const plain = text.replace(/,/g, '').replace(/%$/, '').trim();
  return typeof apiValue === 'string' ? plain : Number(plain);
}

export interface TableRow {
  county: string;
  cells: [field: string, text: string][];
  missing: string[];
  gaps: [indicator: string, text: string, behind: string][];
}

/** Every row of a dashboard table: its figures by API field, missing marks and gap cells. */
export function readTable(page: Page, table: string): Promise<TableRow[]> {
  // A string, so the test code needs no DOM types: it runs in the page.
  return page.evaluate<TableRow[]>(`Array.from(document.querySelectorAll('[data-table="${table}"] tbody tr')).map((tr) => ({
    county: tr.getAttribute('data-county'),
    cells: Array.from(tr.querySelectorAll('td[data-field]')).map((td) => [td.getAttribute('data-field'), td.textContent]),
    missing: Array.from(tr.querySelectorAll('td[data-missing]')).map((td) => td.getAttribute('data-missing')),
    gaps: Array.from(tr.querySelectorAll('td[data-gap]')).map((td) => [td.getAttribute('data-gap'), td.textContent, td.getAttribute('data-behind')]),
  }))`);
}

/** Painted (non-transparent) pixels of a chart's canvas: zero for a chart that drew nothing. */
export function paintedPixels(page: Page, chart: string): Promise<number> {
  return page.evaluate<number>(`(() => {
    const canvas = document.querySelector('[data-chart="${chart}"] canvas');
    if (!canvas) return 0;
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
    return painted;
  })()`);
}

/** The given attributes of every element matching `selector`, in document order. */
export function attributesOf(page: Page, selector: string, names: string[]): Promise<(string | null)[][]> {
  return page.evaluate<(string | null)[][]>(
    `Array.from(document.querySelectorAll(${JSON.stringify(selector)})).map((node) => ${JSON.stringify(names)}.map((name) => node.getAttribute(name)))`,
  );
}
