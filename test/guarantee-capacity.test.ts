import { CITY_COUNTIES } from '../shared/areas';
import { advance, applyForLoan, certifiedHolder } from './finance-fixtures';
import { type Stack, startStack } from './helpers/stack';

interface Fund {
  id: string;
  countyCode: string;
  capital: string;
  capacity: string;
}

const toFen = (yuan: string) => BigInt(yuan.replace('.', ''));

/**
 * 担保能力 as at a month's end, on the demo data (business date 2003-08-15): contributions
 * are dated, so a top-up or a guarantee after July's end leaves July's guaranteeCapacity
 * as it was reported and moves August's (the current month, whose end is after today).
 */
describe("finance: a month's guarantee capacity as at its end", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function funds(): Promise<Map<string, Fund>> {
    const { data, errors } = await stack.query<{ guaranteeFunds: Fund[] }>(
      '{ guaranteeFunds { id countyCode capital capacity } }',
      {},
      'finance',
    );
    expect(errors).toBeUndefined();
    return new Map(data!.guaranteeFunds.map((f) => [f.countyCode, f]));
  }

  async function capacity(code: string, month: number): Promise<bigint> {
    const { data, errors } = await stack.query<{ county: { loanStats: { guaranteeCapacity: string } } }>(
      'query($code: ID!, $month: Int!) { county(code: $code) { loanStats(year: 2003, month: $month) { guaranteeCapacity } } }',
      { code, month },
      'reporter',
    );
    expect(errors).toBeUndefined();
    return toFen(data!.county.loanStats.guaranteeCapacity);
  }

  it("gives the current month the fund's capacity now, from the seeded contributions and guarantees", async () => {
    const now = await funds();
    expect(now.size).toBe(CITY_COUNTIES.length);
    for (const { code } of CITY_COUNTIES) {
      expect([code, await capacity(code, 8)]).toEqual([code, toFen(now.get(code)!.capacity)]);
    }
    // Before any contribution was paid in (the demo funds' are dated 2003-01-01) there was none.
    const { data } = await stack.query<{ county: { loanStats: { guaranteeCapacity: string } } }>(
      '{ county(code: "320803") { loanStats(year: 2002, month: 12) { guaranteeCapacity } } }',
      {},
      'reporter',
    );
    expect(data!.county.loanStats.guaranteeCapacity).toBe('0.00');
  });

  it("leaves July's capacity as it was when the fund is topped up and a guarantee approved in August", async () => {
    const code = '320804';
    const july = await capacity(code, 7);
    const august = await capacity(code, 8);
    const fund = (await funds()).get(code)!;

    const topUp = await stack.query<{ contributeToGuaranteeFund: { capital: string } }>(
      'mutation($id: ID!) { contributeToGuaranteeFund(id: $id, amount: "1000.00") { capital } }',
      { id: fund.id },
      'finance',
    );
    expect(topUp.errors).toBeUndefined();
    expect(await capacity(code, 7)).toBe(july);
    expect(await capacity(code, 8)).toBe(august + 5n * 100_000n);

    const applied = await applyForLoan(stack, await certifiedHolder(stack, { countyCode: code }), { amount: '15000.00' });
    expect(applied.errors).toBeUndefined();
    await advance(stack, applied.data!.applyForLoan.id, 3);
    expect(await capacity(code, 7)).toBe(july);
    expect(await capacity(code, 8)).toBe(august + 5n * 100_000n - 1_500_000n);
    expect(toFen((await funds()).get(code)!.capacity)).toBe(await capacity(code, 8));
  });
});
