import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import { applyForLoan, certifiedHolder } from './finance-fixtures';

interface CountyRow {
  code: string;
  loanStats: {
    month: { count: number; amount: string };
    yearToDate: { count: number; amount: string };
    outstandingAmount: string;
    guaranteeCapacity: string;
    interestSubsidyDue: string;
  };
  guaranteeFund: { capacity: string; guaranteed: string } | null;
  reemploymentFund: { disbursed: string } | null;
  subsidyStats: { yearToDate: { amount: string } };
}

const COUNTY_FIGURES = `{ counties { code
  loanStats(year: 2003, month: 8) { month { count amount } yearToDate { count amount } outstandingAmount guaranteeCapacity interestSubsidyDue }
  guaranteeFund { capacity guaranteed }
  reemploymentFund(year: 2003) { disbursed }
  subsidyStats(year: 2003, month: 8) { yearToDate { amount } } } }`;

const cents = (money: string) => BigInt(money.replace('.', ''));

/** Finance's part of the demo world, as the joint meeting's dashboard and finance's desks see it. */
describe('finance: demo world through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('gives every county loan, guarantee, fund and subsidy figures to the aggregate-only dashboard token', async () => {
    const res = await stack.query<{ counties: CountyRow[] }>(COUNTY_FIGURES, {}, 'reporter');
    expect(res.errors).toBeUndefined();
    expect(res.data!.counties).toHaveLength(8);
    for (const county of res.data!.counties) {
      const { loanStats, guaranteeFund, reemploymentFund, subsidyStats } = county;
      expect(loanStats.yearToDate.count).toBeGreaterThan(0);
      expect(loanStats.yearToDate.count).toBeGreaterThanOrEqual(loanStats.month.count);
      expect(cents(loanStats.yearToDate.amount)).toBeGreaterThanOrEqual(cents(loanStats.month.amount));
      expect(cents(loanStats.outstandingAmount)).toBeLessThanOrEqual(cents(loanStats.yearToDate.amount));
      expect(loanStats.guaranteeCapacity).toBe(guaranteeFund!.capacity);
      // The dashboard's capacity already nets out the fund's outstanding guarantees.
      expect(cents(guaranteeFund!.guaranteed)).toBeGreaterThan(0n);
      // Every subsidy of the year was paid out of the county's fund.
      expect(reemploymentFund!.disbursed).toBe(subsidyStats.yearToDate.amount);
    }
    const subsidised = res.data!.counties.filter((c) => cents(c.loanStats.interestSubsidyDue) > 0n);
    expect(subsidised.length).toBeGreaterThan(0);
  });

  it("answers the loanStats of the contract's JointMeetingReport with the same figures", async () => {
    const report = await stack.query<{ counties: { code: string; loanStats: Record<string, unknown> }[] }>(
      contractOperation('JointMeetingReport'),
      { year: 2003, month: 8 },
      'reporter',
    );
    expect((report.errors ?? []).filter((e) => e.path?.includes('loanStats'))).toEqual([]);
    const figures = await stack.query<{ counties: CountyRow[] }>(COUNTY_FIGURES, {}, 'finance');
    const expected = figures.data!.counties.map(({ code, loanStats: { month, yearToDate, outstandingAmount, guaranteeCapacity } }) => ({
      code,
      loanStats: { month, yearToDate, outstandingAmount, guaranteeCapacity },
    }));
    expect(report.data!.counties.map(({ code, loanStats }) => ({ code, loanStats }))).toEqual(expected);
  });

  it('costs finance the same few statements for eight counties as for one', async () => {
    const finance = stack.subgraphs.finance.queries;
    finance.reset();
    await stack.query(COUNTY_FIGURES, {}, 'reporter');
    const allCounties = finance.total;
    finance.reset();
    await stack.query(
      `{ county(code: "320803") { loanStats(year: 2003, month: 8) { outstandingAmount } guaranteeFund { capacity }
      reemploymentFund(year: 2003) { disbursed } subsidyStats(year: 2003, month: 8) { month { count } } } }`,
      {},
      'reporter',
    );
    expect(allCounties).toBe(finance.total);
    expect(allCounties).toBeLessThanOrEqual(8);
  });

  it("lists a county's applications unanswered after three weeks, and not a fresh one", async () => {
    const fresh = (await applyForLoan(stack, await certifiedHolder(stack), { amount: '5000.00' })).data!.applyForLoan.id;
    const res = await stack.query<{
      overdueLoanApplications: { edges: { node: { id: string; status: string; appliedOn: string; overdue: boolean } }[] };
    }>('{ overdueLoanApplications(countyCode: "320803", first: 100) { edges { node { id status appliedOn overdue } } } }', {}, 'finance');
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.overdueLoanApplications.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.overdue).toBe(true);
      expect(['APPLIED', 'RECOMMENDED', 'REVIEWED', 'APPROVED']).toContain(node.status);
      expect(node.appliedOn < '2003-07-25').toBe(true);
    }
    expect(nodes.map((n) => n.id)).not.toContain(fresh);
    const other = await stack.query(
      '{ overdueLoanApplications(countyCode: "320803", first: 5) { edges { cursor } } }',
      {},
      { sub: 'f', dept: 'finance', scope: 'finance:read', county: '320804' },
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("shows the job subsidies an employer received for its hires, with commerce's name for it", async () => {
    const list = await stack.query<{ enterprises: { edges: { node: { creditCode: string; kind: string } }[] } }>(
      '{ enterprises(countyCode: "320803", first: 100) { edges { node { creditCode kind } } } }',
    );
    const employers = list.data!.enterprises.edges.filter((e) => e.node.kind === 'PRIVATE_ENTERPRISE').map((e) => e.node.creditCode);
    const dossiers = await Promise.all(
      employers.map((creditCode) =>
        stack.query<{
          enterprise: { name: string; hires: unknown[]; subsidies: { kind: string; amount: string; person: { id: string } }[] };
        }>('query($c: ID!) { enterprise(creditCode: $c) { name hires { startedOn } subsidies { kind amount person { id } } } }', {
          c: creditCode,
        }),
      ),
    );
    const paid = dossiers.map((d) => d.data!.enterprise).filter((e) => e.subsidies.length > 0);
    expect(paid.length).toBeGreaterThan(0);
    for (const enterprise of paid) {
      expect(enterprise.name.length).toBeGreaterThan(2);
      expect(enterprise.subsidies.length).toBeLessThanOrEqual(enterprise.hires.length);
      for (const s of enterprise.subsidies) expect(s).toMatchObject({ kind: 'JOB', amount: '150.00', person: { id: expect.any(String) } });
    }
  });
});
