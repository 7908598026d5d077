import type { SubgraphName } from '../gateway/src/config';
import { type Stack, startStack } from './helpers/stack';

/**
 * 趋势 — each department's `…Series(year)` on County: element i is exactly the month i+1
 * field, for counties and the city, and the whole year of every series for the eight
 * counties and the city costs each subgraph the statements one county's costs.
 *
 * The business date is 2004-03-15, so the demo year 2003 is a past year of twelve ended
 * months with figures, and 2004 a current year of three (March not yet ended).
 */
const BUSINESS_DATE = '2004-03-15';

const SELECTIONS: Record<string, string> = {
  employment: `{
    month { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    yearToDate { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    registeredUnemployed registeredUnemploymentRate
    expectedYearToDate { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    behindSchedule
  }`,
  certificate: '{ issuedInMonth issuedYearToDate valid }',
  loan: `{
    month { count amount } yearToDate { count amount } outstandingAmount guaranteeCapacity interestSubsidyDue interestSubsidyLoans
  }`,
  subsidy: `{
    month { count amount socialInsurance job training referral } yearToDate { count amount socialInsurance job training referral }
  }`,
  taxRelief: '{ month { persons enterprises amount } yearToDate { persons enterprises amount } }',
  registration: `{
    month { individualBusinesses enterprises feeExemptions feeExemptedAmount }
    yearToDate { individualBusinesses enterprises feeExemptions feeExemptedAmount }
    privateEconomyEmployees
  }`,
};

/** The single-month field of each series. */
const MONTH_FIELD: Record<string, string> = {
  employment: 'employmentProgress',
  certificate: 'certificateStats',
  loan: 'loanStats',
  subsidy: 'subsidyStats',
  taxRelief: 'taxReliefStats',
  registration: 'registrationStats',
};
const KINDS = Object.keys(SELECTIONS);

const SERIES_FRAGMENT = `fragment Series on County {
  ${KINDS.map((kind) => `${kind}Series(year: $year) ${SELECTIONS[kind]}`).join('\n  ')}
}`;
const MONTH_FRAGMENT = `fragment Month on County {
  ${KINDS.map((kind) => `${MONTH_FIELD[kind]}(year: $year, month: $month) ${SELECTIONS[kind]}`).join('\n  ')}
}`;

type Figures = Record<string, unknown>;
type Areas = { city: Figures; a: Figures; b: Figures };

/** 清河区 (in the middle of the demo data) and 金湖县, and the city. */
const COUNTY_A = '320802';
const COUNTY_B = '320831';

describe('trends: a year of monthly figures per area', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ businessDate: BUSINESS_DATE });
  });
  afterAll(() => stack?.stop());

  async function areas(fragment: string, spread: string, variables: Record<string, unknown>): Promise<Areas> {
    const month = 'month' in variables ? ', $month: Int!' : '';
    const query = `query($year: Int!${month}, $a: ID!, $b: ID!) {
      city { ...${spread} }
      a: county(code: $a) { ...${spread} }
      b: county(code: $b) { ...${spread} }
    }
    ${fragment}`;
    const { data, errors } = await stack.query<Areas>(query, { a: COUNTY_A, b: COUNTY_B, ...variables }, 'reporter');
    expect(errors).toBeUndefined();
    return data!;
  }

  it.each([
    ['the past year 2003, January to December', 2003, 12],
    ['the current year 2004, January to the business month', 2004, 3],
  ])('gives for %s exactly the single-month figures, month by month, for counties and the city', async (_name, year, months) => {
    const series = await areas(SERIES_FRAGMENT, 'Series', { year });
    for (const area of ['city', 'a', 'b'] as const) {
      for (const kind of KINDS) expect([area, kind, (series[area][`${kind}Series`] as unknown[]).length]).toEqual([area, kind, months]);
    }
    for (let month = 1; month <= months; month++) {
      const single = await areas(MONTH_FRAGMENT, 'Month', { year, month });
      for (const area of ['city', 'a', 'b'] as const) {
        for (const kind of KINDS) {
          const element = (series[area][`${kind}Series`] as unknown[])[month - 1];
          expect([area, kind, month, element]).toEqual([area, kind, month, single[area][MONTH_FIELD[kind]]]);
        }
      }
    }
    if (year === 2003) {
      // Something to compare: the demo year has figures in every department by December.
      const december = (kind: string) => (series.city[`${kind}Series`] as Figures[])[11];
      expect(((december('employment').yearToDate as Figures).reemployed as number) > 0).toBe(true);
      expect(((december('loan').yearToDate as Figures).count as number) > 0).toBe(true);
      expect(((december('taxRelief').yearToDate as Figures).persons as number) > 0).toBe(true);
      expect(((december('registration').yearToDate as Figures).individualBusinesses as number) > 0).toBe(true);
      expect((december('certificate').issuedYearToDate as number) > 0).toBe(true);
    }
  });

  async function statements(query: string, variables: Record<string, unknown>): Promise<Record<SubgraphName, number>> {
    for (const subgraph of Object.values(stack.subgraphs)) subgraph.queries.reset();
    const { data, errors } = await stack.query<Record<string, unknown>>(query, variables, 'reporter');
    expect(errors).toBeUndefined();
    expect(data).toBeDefined();
    const counts = {} as Record<SubgraphName, number>;
    for (const [name, subgraph] of Object.entries(stack.subgraphs)) counts[name] = subgraph.queries.total;
    return counts;
  }

  it('costs each subgraph the same statements for every series of the eight counties and the city as for one county, whatever the months', async () => {
    const one = `query($year: Int!, $code: ID!) { county(code: $code) { ...Series } } ${SERIES_FRAGMENT}`;
    const onePast = await statements(one, { year: 2003, code: COUNTY_A });
    // Labor: the county row, the targets, the year's labour force and the year's
    // labor_monthly_summary rows (all three figures; 6 statements before the summary table);
    // finance: the year's finance_monthly_summary rows (loans and subsidies; 6 statements
    // before the summary table), and from the records the interest subsidy (a revocation ends
    // it by date), the fund's contributions and its guarantees; tax: one GROUP BY over the
    // reliefs (a revocation changes them by date);
    // commerce: its summary's year and one GROUP BY over the fee exemptions (three statements
    // before the summary table).
    expect(onePast).toEqual({ labor: 4, finance: 4, tax: 1, commerce: 2, 'joint-office': 0 });
    expect(await statements(one, { year: 2004, code: COUNTY_A })).toEqual(onePast);

    // The gateway fetches `city` and `counties` from each subgraph in two entity requests:
    // each costs one round, whether it asks one county or eight, three months or twelve.
    const all = `query($year: Int!) { city { ...Series } counties { ...Series } } ${SERIES_FRAGMENT}`;
    const cityAndOne = `query($year: Int!, $code: ID!) { city { ...Series } county(code: $code) { ...Series } } ${SERIES_FRAGMENT}`;
    const allPast = await statements(all, { year: 2003 });
    expect(allPast).toEqual(await statements(cityAndOne, { year: 2003, code: COUNTY_B }));
    expect(await statements(all, { year: 2004 })).toEqual(allPast);
    expect(allPast).toEqual(Object.fromEntries(Object.entries(onePast).map(([name, count]) => [name, 2 * count])));
  });

  it('refuses a year after the business date, naming year, in every department', async () => {
    for (const kind of KINDS) {
      const { data, errors } = await stack.query<{ city: Figures | null }>(
        `{ city { code ${kind}Series(year: 2005) { __typename } } }`,
        {},
        'reporter',
      );
      expect([kind, errors?.[0].extensions]).toEqual([kind, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'year' })]);
      expect(errors?.[0].message).toContain('2005');
      expect(data?.city?.[`${kind}Series`] ?? null).toBeNull();
    }
  });
});
