import { CITY_CODE } from '../shared/areas';
import { BANK } from './finance-fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * Reports over areas, through the gateway on demo data. The city (淮安市, 320800) as one area: every department sums its own eight counties, so
 * each of the city's figures is the counties' sum (rates excepted: the city's rate is its
 * own unemployed over its own labour force); quarters; the counties ranked per indicator.
 */
const FIGURES = `
  urbanLaborForce(year: $year)
  platformReadiness { platforms readyOnTime readyLate overdue inProgress late }
  targets(year: $year) { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
  employmentProgress(year: $year, month: $month, quarter: $quarter) {
    month { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    yearToDate { jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported }
    registeredUnemployed registeredUnemploymentRate
  }
  certificateStats(year: $year, month: $month, quarter: $quarter) { issuedInMonth issuedYearToDate valid }
  loanStats(year: $year, month: $month, quarter: $quarter) {
    month { count amount } yearToDate { count amount } outstandingAmount guaranteeCapacity interestSubsidyDue interestSubsidyLoans
  }
  subsidyStats(year: $year, month: $month, quarter: $quarter) {
    month { count amount socialInsurance job training referral } yearToDate { count amount socialInsurance job training referral }
  }
  taxReliefStats(year: $year, month: $month, quarter: $quarter) { month { persons enterprises amount } yearToDate { persons enterprises amount } }
  registrationStats(year: $year, month: $month, quarter: $quarter) {
    month { individualBusinesses enterprises feeExemptions feeExemptedAmount }
    yearToDate { individualBusinesses enterprises feeExemptions feeExemptedAmount }
    privateEconomyEmployees
  }`;
const AREAS = `query Areas($year: Int!, $month: Int, $quarter: Int) {
  city { code name ${FIGURES} }
  counties { code ${FIGURES} }
}`;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Area = { [key: string]: Json };

const MONEY = /^-?\d+\.\d{2}$/;
const toFen = (yuan: string) => BigInt(yuan.replace('.', ''));
const fromFen = (fen: bigint) => {
  const sign = fen < 0n ? '-' : '';
  const digits = (fen < 0n ? -fen : fen).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};

/** Field by field: counts add, Money adds as fen; anything else must not be summed here. */
function sum(values: Json[]): Json {
  const [first] = values;
  if (typeof first === 'number') return values.reduce<number>((s, v) => s + Number(v), 0);
  if (typeof first === 'string' && MONEY.test(first)) return fromFen(values.reduce<bigint>((s, v) => s + toFen(String(v)), 0n));
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    return Object.fromEntries(Object.keys(first).map((key) => [key, sum(values.map((v) => (v as Area)[key]))]));
  }
  throw new Error(`cannot sum ${JSON.stringify(first)}`);
}

/** The rate is not a sum: compared apart. */
function withoutRate(area: Area): Area {
  const progress = area.employmentProgress as Area;
  const { registeredUnemploymentRate: _rate, ...rest } = progress;
  return { ...area, employmentProgress: rest };
}

describe('the city as one area', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function areas(variables: Record<string, number>): Promise<{ city: Area; counties: Area[] }> {
    const { data, errors } = await stack.query<{ city: Area; counties: Area[] }>(AREAS, variables, 'reporter');
    expect(errors).toBeUndefined();
    return data!;
  }

  it.each([
    ['July 2003', { year: 2003, month: 7 }],
    ['the second quarter of 2003', { year: 2003, quarter: 2 }],
  ])("gives every figure of %s as the sum of the eight counties' figures", async (_name, variables) => {
    const { city, counties } = await areas(variables);
    expect(counties).toHaveLength(8);
    const { code, name, ...figures } = city;
    expect([code, name]).toEqual([CITY_CODE, '淮安市']);
    const expected = sum(counties.map(({ code: _code, ...rest }) => withoutRate(rest)));
    expect(withoutRate(figures)).toEqual(expected);
    // Something to sum: the demo city has figures in every department.
    const progress = figures.employmentProgress as Area;
    expect(Number((progress.yearToDate as Area).reemployed)).toBeGreaterThan(0);
    expect(Number(((figures.loanStats as Area).yearToDate as Area).count)).toBeGreaterThan(0);
    expect(Number(((figures.taxReliefStats as Area).yearToDate as Area).persons)).toBeGreaterThan(0);
    expect(Number(((figures.registrationStats as Area).yearToDate as Area).individualBusinesses)).toBeGreaterThan(0);
    // The city's rate: its registered unemployed over its labour force, in percent with two decimals.
    const rate = Math.round((Number(progress.registeredUnemployed) * 10_000) / Number(figures.urbanLaborForce)) / 100;
    expect(progress.registeredUnemploymentRate).toBe(rate);
  });

  it("gives a quarter's figures as the sum of its three months", async () => {
    const months = await Promise.all([4, 5, 6].map((month) => areas({ year: 2003, month })));
    const { city } = await areas({ year: 2003, quarter: 2 });
    const monthly = (area: Area, field: string) => (area[field] as Area).month as Area;
    for (const field of ['employmentProgress', 'loanStats', 'subsidyStats', 'registrationStats']) {
      expect([field, monthly(city, field)]).toEqual([field, sum(months.map(({ city: c }) => monthly(c, field)))]);
    }
    expect((city.certificateStats as Area).issuedInMonth).toBe(
      months.reduce((s, { city: c }) => s + Number((c.certificateStats as Area).issuedInMonth), 0),
    );
    // Year to date and stocks are the quarter's last month's.
    expect((city.loanStats as Area).outstandingAmount).toBe((months[2].city.loanStats as Area).outstandingAmount);
    expect((city.employmentProgress as Area).yearToDate).toEqual((months[2].city.employmentProgress as Area).yearToDate);
  });

  it("runs the contract's CityProgress", async () => {
    const { data, errors } = await stack.query<{ city: Area }>(contractOperation('CityProgress'), { year: 2003, month: 7 }, 'reporter');
    expect(errors).toBeUndefined();
    expect(data!.city).toMatchObject({ code: CITY_CODE, name: '淮安市', targets: { reemployed: expect.any(Number) } });
  });

  it('refuses a month or quarter after the business date, and a month with a quarter, naming the argument', async () => {
    const query =
      'query($month: Int, $quarter: Int) { city { loanStats(year: 2003, month: $month, quarter: $quarter) { outstandingAmount } } }';
    for (const [variables, field] of [
      [{ month: 9 }, 'month'],
      [{ quarter: 4 }, 'quarter'],
      [{ month: 7, quarter: 3 }, 'quarter'],
      [{}, 'month'],
    ] as const) {
      const { errors } = await stack.query(query, variables, 'reporter');
      expect([variables, errors?.[0].extensions]).toEqual([variables, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
  });

  it("ranks the counties on an indicator with the gap to labor's pro-rated schedule", async () => {
    const RANKING = `query($indicator: RankingIndicator!) {
      countyRanking(indicator: $indicator, year: 2003, month: 7) { county { code name } rank value target expectedToDate gap completionPercent }
      counties { code employmentProgress(year: 2003, month: 7) { yearToDate { reemployed } expectedYearToDate { reemployed } behindSchedule } }
    }`;
    type Rank = {
      county: { code: string; name: string };
      rank: number;
      value: number | null;
      target: number | null;
      expectedToDate: number | null;
      gap: number | null;
      completionPercent: number | null;
    };
    const { data, errors } = await stack.query<{ countyRanking: Rank[]; counties: Area[] }>(
      RANKING,
      { indicator: 'REEMPLOYED' },
      'reporter',
    );
    expect(errors).toBeUndefined();
    const ranking = data!.countyRanking;
    expect(ranking.map((r) => r.county.code).sort()).toEqual(data!.counties.map((c) => c.code).sort());
    expect(ranking.every((r) => r.county.name !== null)).toBe(true);
    expect(ranking[0].rank).toBe(1);
    ranking.slice(1).forEach((r, i) => {
      expect(r.rank).toBeGreaterThanOrEqual(ranking[i].rank);
      expect(r.completionPercent!).toBeLessThanOrEqual(ranking[i].completionPercent!);
    });
    for (const rank of ranking) {
      const progress = data!.counties.find((c) => c.code === rank.county.code)!.employmentProgress as {
        yearToDate: Area;
        expectedYearToDate: Area;
        behindSchedule: string[];
      };
      expect(rank.value).toBe(progress.yearToDate.reemployed);
      expect(rank.expectedToDate).toBe(progress.expectedYearToDate.reemployed);
      expect(rank.gap).toBe(rank.value! - rank.expectedToDate!);
      expect([rank.county.code, rank.gap! < 0]).toEqual([rank.county.code, progress.behindSchedule.includes('reemployed')]);
    }
    const rate = await stack.query<{ countyRanking: Rank[] }>(RANKING, { indicator: 'REGISTERED_UNEMPLOYMENT_RATE' }, 'reporter');
    expect(rate.errors).toBeUndefined();
    const rates = rate.data!.countyRanking.map((r) => r.value!);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
  });

  // Last: it changes data after July (the business date is 2003-08-15).
  it("keeps an ended month's stocks as they were at its end when the data changes afterwards", async () => {
    type Node = {
      certificate: { number: string; status: string; issuedOn: string } | null;
      loans: { id: string; status: string; disbursedOn: string | null }[] | null;
    };
    const page = await stack.query<{ persons: { edges: { node: Node }[] } }>(
      '{ persons(countyCode: "320803", first: 100) { edges { node { certificate { number status issuedOn } loans { id status disbursedOn } } } } }',
      {},
      'auditor',
    );
    expect(page.errors).toBeUndefined();
    const nodes = page.data!.persons.edges.map((e) => e.node);
    const certificate = nodes.find((n) => n.certificate?.status === 'VALID' && n.certificate.issuedOn <= '2003-07-31')!.certificate!;
    const loan = nodes
      .flatMap((n) => n.loans ?? [])
      .find((l) => l.status === 'DISBURSED' && l.disbursedOn !== null && l.disbursedOn <= '2003-07-31')!;
    const STOCKS = `query($month: Int!) { county(code: "320803") {
      certificateStats(year: 2003, month: $month) { valid }
      loanStats(year: 2003, month: $month) { outstandingAmount }
    } }`;
    type Stocks = { county: { certificateStats: { valid: number }; loanStats: { outstandingAmount: string } } };
    const stocks = async (month: number) => {
      const { data, errors } = await stack.query<Stocks>(STOCKS, { month }, 'reporter');
      expect(errors).toBeUndefined();
      return data!.county;
    };
    const [july, august] = [await stocks(7), await stocks(8)];

    const suspended = await stack.query(
      'mutation($n: ID!) { suspendCertificate(number: $n, reason: "核查") { status } }',
      { n: certificate.number },
      'labor',
    );
    expect(suspended.errors).toBeUndefined();
    const repaid = await stack.query('mutation($id: ID!) { repayLoan(id: $id) { status } }', { id: loan.id }, BANK);
    expect(repaid.errors).toBeUndefined();

    // July ended before the changes: as it was. August is the current month: as of now.
    expect(await stocks(7)).toEqual(july);
    const now = await stocks(8);
    expect(now.certificateStats.valid).toBe(august.certificateStats.valid - 1);
    expect(Number(now.loanStats.outstandingAmount)).toBeLessThan(Number(august.loanStats.outstandingAmount));
  });
});
