import { type Stack, startStack } from './helpers/stack';
import { advance, applyForLoan, BANK, certifiedHolder, createFund, GUARANTOR, loanById, step } from './finance-fixtures';

interface Fund {
  capital: string;
  compensated: string;
  balance: string;
  guaranteed: string;
  capacity: string;
}

const LOAN_STATS = `{ month { count amount } yearToDate { count amount } outstandingAmount guaranteeCapacity interestSubsidyDue interestSubsidyLoans }`;

/**
 * Guarantee funds (five times the fund), default and compensation, and the county figures
 * they feed. Each test works on a fund of its own county, so none depends on another's loans.
 */
describe('finance: guarantee funds and loan statistics', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const fund = async (fundId: string): Promise<Fund> =>
    (
      await stack.query<{ guaranteeFunds: (Fund & { id: string })[] }>(
        '{ guaranteeFunds { id capital compensated balance guaranteed capacity } }',
        {},
        'finance',
      )
    ).data!.guaranteeFunds.find((f) => f.id === fundId)!;

  async function reviewedLoan(countyCode: string, amount: string, lowProfitProject = true): Promise<string> {
    const res = await applyForLoan(stack, await certifiedHolder(stack, { countyCode }), { amount, termMonths: 12, lowProfitProject });
    const id = res.data!.applyForLoan.id;
    await advance(stack, id, 2);
    return id;
  }

  /** Three approved loans (a and c low-profit) filling a 10000.00 fund of the county to its capacity. */
  async function fullFund(countyCode: string): Promise<{ fundId: string; a: string; b: string; c: string }> {
    const fundId = await createFund(stack, countyCode, '10000.00');
    const [a, b, c] = [
      await reviewedLoan(countyCode, '20000.00'),
      await reviewedLoan(countyCode, '20000.00', false),
      await reviewedLoan(countyCode, '10000.00'),
    ];
    for (const id of [a, b, c]) expect((await step(stack, 'approveLoan', id, GUARANTOR)).errors).toBeUndefined();
    return { fundId, a, b, c };
  }

  /** Lends all three, defaults a and compensates it after a top-up, repays b: c stays outstanding. */
  async function compensatedAndRepaid(loans: { fundId: string; a: string; b: string; c: string }): Promise<void> {
    for (const id of [loans.a, loans.b, loans.c]) expect((await step(stack, 'disburseLoan', id, BANK)).errors).toBeUndefined();
    expect((await step(stack, 'markLoanDefaulted', loans.a, BANK)).errors).toBeUndefined();
    const topUp = await stack.query(
      'mutation($id: ID!) { contributeToGuaranteeFund(id: $id, amount: "10000.00") { capital } }',
      { id: loans.fundId },
      'finance',
    );
    expect(topUp.errors).toBeUndefined();
    expect((await step(stack, 'compensateLoan', loans.a, GUARANTOR)).errors).toBeUndefined();
    expect((await step(stack, 'repayLoan', loans.b, BANK)).errors).toBeUndefined();
  }

  it('refuses a second fund for a county and a fund for an unknown county', async () => {
    await createFund(stack, '320803', '10000.00');
    const again = await stack.query(
      'mutation { createGuaranteeFund(input: { countyCode: "320803", institutionName: "另一家", capital: "1.00" }) { id } }',
      {},
      'finance',
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const nowhere = await stack.query(
      'mutation { createGuaranteeFund(input: { countyCode: "320101", institutionName: "南京", capital: "1.00" }) { id } }',
      {},
      'finance',
    );
    expect(nowhere.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.countyCode' });
  });

  it('approves guarantees up to five times the fund and refuses beyond, on both sides of the limit', async () => {
    const county = '320811';
    const fundId = await createFund(stack, county, '10000.00');
    expect(await fund(fundId)).toMatchObject({ capital: '10000.00', capacity: '50000.00', guaranteed: '0.00' });
    const a = await reviewedLoan(county, '20000.00');
    const b = await reviewedLoan(county, '20000.00', false);
    for (const id of [a, b]) expect((await step(stack, 'approveLoan', id, GUARANTOR)).errors).toBeUndefined();
    expect(await fund(fundId)).toMatchObject({ guaranteed: '40000.00', capacity: '10000.00' });

    const over = await reviewedLoan(county, '10000.01');
    const refused = await step(stack, 'approveLoan', over, GUARANTOR);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GUARANTEE_CAPACITY' });
    expect((await loanById(stack, over)).status).toBe('REVIEWED');
    expect(await fund(fundId)).toMatchObject({ guaranteed: '40000.00', capacity: '10000.00' });

    const c = await reviewedLoan(county, '10000.00');
    expect((await step(stack, 'approveLoan', c, GUARANTOR)).data?.approveLoan.status).toBe('APPROVED');
    expect(await fund(fundId)).toMatchObject({ guaranteed: '50000.00', capacity: '0.00' });
  });

  it('releases the guarantee when the bank refuses an approved loan', async () => {
    const { fundId, c } = await fullFund('320829');
    expect(await fund(fundId)).toMatchObject({ guaranteed: '50000.00', capacity: '0.00' });
    expect((await step(stack, 'rejectLoan', c, BANK, ', reason: "银行不予放款"')).data?.rejectLoan.status).toBe('REJECTED');
    expect(await fund(fundId)).toMatchObject({ guaranteed: '40000.00', capacity: '10000.00' });
    const again = await reviewedLoan('320829', '10000.00');
    expect((await step(stack, 'approveLoan', again, GUARANTOR)).errors).toBeUndefined();
    expect(await fund(fundId)).toMatchObject({ guaranteed: '50000.00', capacity: '0.00' });
  });

  it('refuses approval in a county without a guarantee fund', async () => {
    const res = await applyForLoan(stack, await certifiedHolder(stack, { countyCode: '320804' }), { amount: '1000.00' });
    const id = res.data!.applyForLoan.id;
    await advance(stack, id, 2);
    const refused = await step(stack, 'approveLoan', id, GUARANTOR);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'NO_GUARANTEE_FUND' });
  });

  it('compensates a default from the fund only as far as the fund reaches', async () => {
    const { fundId, a, b, c } = await fullFund('320830');
    for (const id of [a, b, c]) expect((await step(stack, 'disburseLoan', id, BANK)).errors).toBeUndefined();
    expect((await step(stack, 'markLoanDefaulted', a, BANK)).data?.markLoanDefaulted.status).toBe('DEFAULTED');
    const short = await step(stack, 'compensateLoan', a, GUARANTOR);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'GUARANTEE_FUND_BALANCE' });
    expect(await fund(fundId)).toMatchObject({ compensated: '0.00', guaranteed: '50000.00' });

    const topUp = await stack.query(
      'mutation($id: ID!) { contributeToGuaranteeFund(id: $id, amount: "10000.00") { capital } }',
      { id: fundId },
      'finance',
    );
    expect(topUp.data).toEqual({ contributeToGuaranteeFund: { capital: '20000.00' } });
    const paid = await step(stack, 'compensateLoan', a, GUARANTOR);
    expect(paid.data?.compensateLoan).toMatchObject({ status: 'COMPENSATED', closedOn: '2003-08-15' });
    // 5 × (20000 − 20000) − 30000: the fund is now over-committed and approves nothing more.
    expect(await fund(fundId)).toMatchObject({
      capital: '20000.00',
      compensated: '20000.00',
      balance: '0.00',
      guaranteed: '30000.00',
      capacity: '-30000.00',
    });
    expect((await step(stack, 'repayLoan', b, BANK)).errors).toBeUndefined();
    expect(await fund(fundId)).toMatchObject({ guaranteed: '10000.00', capacity: '-10000.00' });
  });

  it("reports the county's loans per month through the gateway, with the interest subsidy due", async () => {
    await compensatedAndRepaid(await fullFund('320802'));
    const query = `query($month: Int!) { counties { code loanStats(year: 2003, month: $month) ${LOAN_STATS} } }`;
    const august = await stack.query<{ counties: { code: string; loanStats: Record<string, unknown> }[] }>(query, { month: 8 }, 'reporter');
    expect(august.errors).toBeUndefined();
    const qinghe = august.data!.counties.find((c) => c.code === '320802')!;
    // Lent on 2003-08-15: a (compensated), b (repaid), c (outstanding, low-profit, 12 months at 5.31 %).
    // c's subsidy for 17 August days: 1,000,000 fen × 531 × 17 / 3,650,000 = 2473.15 → 24.73.
    expect(qinghe.loanStats).toEqual({
      month: { count: 3, amount: '50000.00' },
      yearToDate: { count: 3, amount: '50000.00' },
      outstandingAmount: '10000.00',
      guaranteeCapacity: '-10000.00',
      interestSubsidyDue: '24.73',
      interestSubsidyLoans: 1,
    });
    const july = await stack.query<{ counties: { code: string; loanStats: Record<string, unknown> }[] }>(query, { month: 7 }, 'reporter');
    expect(july.data!.counties.find((c) => c.code === '320802')!.loanStats).toMatchObject({
      month: { count: 0, amount: '0.00' },
      outstandingAmount: '0.00',
      interestSubsidyDue: '0.00',
    });
    // September begins after the business date (2003-08-15): refused, naming the month.
    const september = await stack.query(query, { month: 9 }, 'reporter');
    expect(september.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    // The third quarter has begun: its subsidy adds August's and September's accruals.
    // 30 September days: 1,000,000 × 531 × 30 / 3,650,000 = 4364.38 → 43.64; with August's 24.73: 68.37.
    const quarter = await stack.query<{ counties: { code: string; loanStats: Record<string, unknown> }[] }>(
      `{ counties { code loanStats(year: 2003, quarter: 3) ${LOAN_STATS} } }`,
      {},
      'reporter',
    );
    expect(quarter.data!.counties.find((c) => c.code === '320802')!.loanStats).toMatchObject({
      month: { count: 3, amount: '50000.00' },
      yearToDate: { count: 3, amount: '50000.00' },
      interestSubsidyDue: '68.37',
      interestSubsidyLoans: 1,
    });
    const lianshui = august.data!.counties.find((c) => c.code === '320826')!;
    expect(lianshui.loanStats).toMatchObject({ month: { count: 0 }, guaranteeCapacity: '0.00' });
  });

  it('refuses a month out of range naming the argument', async () => {
    const res = await stack.query(`{ counties { loanStats(year: 2003, month: 13) { outstandingAmount } } }`, {}, 'reporter');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});
