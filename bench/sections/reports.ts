import { operation, postOk } from '../client';
import { load, noErrors } from '../load';
import { previousFigures, type Row } from '../report';
import { GATEWAY_URL } from '../services';
import { type BenchContext, ms, type SectionResult } from './context';

/** The dashboard's year: every series of the counties and the city (web/dashboard/data/year-series.ts). */
const SERIES = {
  employmentSeries: 'month { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }',
  certificateSeries: 'issuedInMonth',
  loanSeries: 'month { count amount }',
  subsidySeries: 'month { count amount }',
  taxReliefSeries: 'month { persons enterprises amount }',
  registrationSeries: 'month { individualBusinesses enterprises feeExemptions feeExemptedAmount }',
};
const series = Object.entries(SERIES)
  .map(([field, selection]) => `${field}(year: $year) { ${selection} }`)
  .join('\n    ');
const YEAR_SERIES = `query BenchYearSeries($year: Int!) {
  counties { code name ${series} }
  city { code name ${series} }
}`;

const TARGET_WARM_MS = 30;
const TARGET_SCALE_RATIO = 1.3;

/**
 * The joint meeting's monthly report and the dashboard's year of series: the first request
 * after start (cold: nothing cached, nothing compiled) and then one client asking again and
 * again (warm; p50 is compared with the target).
 */
export async function reportsSection(ctx: BenchContext): Promise<SectionResult> {
  const rows: Row[] = [];
  const figures: Record<string, number> = {};
  const cases = [
    { name: 'JointMeetingReport (July 2003)', key: 'report', query: operation('JointMeetingReport'), variables: { year: 2003, month: 7 } },
    { name: 'year of series, 2003 (6 fields, city + counties)', key: 'series', query: YEAR_SERIES, variables: { year: 2003 } },
  ];
  for (const c of cases) {
    ctx.log(`${c.name} …`);
    const cold = await postOk(GATEWAY_URL, ctx.tokens.reader, c.query, c.variables);
    const warm = await load({
      url: GATEWAY_URL,
      bearer: ctx.tokens.reader,
      body: () => ({ query: c.query, variables: c.variables }),
      connections: 1,
      quick: ctx.options.quick,
      check: noErrors,
    });
    figures[`${c.key}ColdMs`] = Math.round(cold.ms);
    figures[`${c.key}WarmP50`] = warm.p50;
    const isReport = c.key === 'report';
    rows.push({
      section: 'Reports',
      case: c.name,
      figures: `cold ${ms(cold.ms)}; warm p50 ${warm.p50}, p99 ${warm.p99} (1 connection, ${warm.rps} req/s)${warm.errors ? `, ${warm.errors} errors` : ''}`,
      target: isReport ? `warm ≤ ${TARGET_WARM_MS}` : '',
      met: isReport ? warm.p50 <= TARGET_WARM_MS && warm.errors === 0 : null,
    });
  }
  // Scale 10 against scale 1: only when a scale-1 run on the same database left its figures.
  const base = ctx.options.scale > 1 ? previousFigures({ db: ctx.options.db, scale: 1 }) : null;
  if (base?.reportWarmP50) {
    const ratio = figures.reportWarmP50 / Math.max(1, base.reportWarmP50);
    rows.push({
      section: 'Reports',
      case: `JointMeetingReport warm, scale ${ctx.options.scale} / scale 1`,
      figures: `${ratio.toFixed(2)}× (${figures.reportWarmP50} / ${base.reportWarmP50})`,
      target: ctx.options.scale === 10 ? `≤ ${TARGET_SCALE_RATIO}×` : '',
      met: ctx.options.scale === 10 ? ratio <= TARGET_SCALE_RATIO : null,
    });
  }
  return { rows, figures };
}
