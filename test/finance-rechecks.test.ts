import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoanInterestSubsidy } from '../subgraphs/finance/src/loan/interest-subsidy.entity';
import { testDatabases } from './helpers/databases';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import {
  advance,
  applyForLoan,
  BANK,
  certifiedHolder,
  createFund,
  GUARANTOR,
  type Holder,
  LABOR_REVIEWER,
  loanById,
  step,
} from './finance-fixtures';

/** `YYYY-MM` months after `date`'s month. */
function monthAfter(date: string, months: number): { year: number; month: number } {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/**
 * Issue 11: every later step of a loan rechecks the certificate it was applied on, as
 * finance's replica knows it, and a revocation ends the interest subsidy from its month.
 * The business date is today's (UTC): the replica dates a revocation by labor's clock.
 */
describe('finance: loan steps recheck the certificate', () => {
  let stack: Stack;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    stack = await startStack({ demoData: false, businessDate: today });
    for (const county of ['320802', '320803', '320804']) await createFund(stack, county, '1000000.00');
  });
  afterAll(() => stack?.stop());

  // Born 1975: well under 60 on any business date of these tests.
  const holderIn = (countyCode = '320803') => certifiedHolder(stack, { birthDate: '1975-05-05', countyCode });

  async function changeCertificate(holder: Holder, mutation: 'revokeCertificate' | 'suspendCertificate'): Promise<void> {
    const res =
      mutation === 'revokeCertificate'
        ? await stack.query(contractOperation('RevokeCertificate'), { number: holder.number, reason: '已就业' }, 'labor')
        : await stack.query(
            'mutation($number: ID!) { suspendCertificate(number: $number, reason: "年检未到") { status } }',
            { number: holder.number },
            'labor',
          );
    expect(res.errors).toBeUndefined();
    await stack.syncFeeds();
  }

  async function loanAfter(holder: Holder, steps: number): Promise<string> {
    const res = await applyForLoan(stack, holder, { amount: '12000.00', termMonths: 12 });
    expect(res.errors).toBeUndefined();
    const id = res.data!.applyForLoan.id;
    await advance(stack, id, steps);
    return id;
  }

  const guaranteed = async (): Promise<string> =>
    (await stack.query<{ guaranteeFunds: { guaranteed: string }[] }>('{ guaranteeFunds { guaranteed } }', {}, GUARANTOR))
      .data!.guaranteeFunds.map((f) => f.guaranteed)
      .join(',');

  const scheduleRows = (loanId: string) =>
    stack.subgraphs.finance.db.getRepository(LoanInterestSubsidy).countBy({ loanId: Number(loanId) });

  const STEPS = [
    ['recommendLoan', LABOR_REVIEWER, 0],
    ['reviewLoan', 'finance', 1],
    ['approveLoan', GUARANTOR, 2],
    ['disburseLoan', BANK, 3],
  ] as const;

  it.each(STEPS)('refuses %s on a revoked certificate, writing nothing', async (mutation, caller, before) => {
    const holder = await holderIn();
    const id = await loanAfter(holder, before);
    const loan = await loanById(stack, id);
    const funds = await guaranteed();
    await changeCertificate(holder, 'revokeCertificate');

    const refused = await step(stack, mutation, id, caller);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0].message).toContain(`loan ${id}`);
    expect(refused.errors?.[0].message).toContain(`certificate ${holder.number} is REVOKED`);
    expect(await loanById(stack, id)).toEqual(loan);
    expect(await guaranteed()).toBe(funds);
    expect(await scheduleRows(id)).toBe(0);
  });

  it('refuses a step on a suspended certificate too, and still lets the loan be refused', async () => {
    const holder = await holderIn();
    const id = await loanAfter(holder, 2);
    await changeCertificate(holder, 'suspendCertificate');
    const refused = await step(stack, 'approveLoan', id, GUARANTOR);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused.errors?.[0].message).toContain('SUSPENDED');
    expect((await loanById(stack, id)).status).toBe('REVIEWED');
    // Refusing ends the benefit: it does not rest on the certificate.
    const rejected = await step(stack, 'rejectLoan', id, GUARANTOR, ', reason: "优惠证已暂停"');
    expect(rejected.data?.rejectLoan.status).toBe('REJECTED');
  });

  it('takes a loan on a valid certificate through every step', async () => {
    const holder = await holderIn();
    const id = await loanAfter(holder, 4);
    expect(await loanById(stack, id)).toMatchObject({ status: 'DISBURSED', disbursedOn: today });
    expect(await scheduleRows(id)).toBeGreaterThan(1);
  });
});

/**
 * A revocation ends the interest subsidy after its month. The stack lends and labor
 * revokes on today's business date (the replica dates a revocation by labor's clock);
 * the stack restarted on the same databases two months on reads the figures, which
 * cover no month after the business date.
 */
describe('finance: a revocation ends the interest subsidy', () => {
  const today = new Date().toISOString().slice(0, 10);
  const later = (months: number) => {
    const { year, month } = monthAfter(today, months);
    return `${year}-${String(month).padStart(2, '0')}-01`;
  };
  const mariadb = testDatabases();
  const dir = mkdtempSync(join(tmpdir(), 'reemp-rechecks-'));
  const url = async (name: string) =>
    process.env.TEST_MARIADB_URL ? mariadb.urlFor(`rechecks_${name}`) : `sqlite:${join(dir, `${name}.sqlite`)}`;
  let stack: Stack | undefined;
  afterAll(async () => {
    await stack?.stop();
    await mariadb.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  type Stats = { interestSubsidyDue: string; interestSubsidyLoans: number };
  async function stats(on: Stack, county: string, months: number): Promise<Stats> {
    const { year, month } = monthAfter(today, months);
    const res = await on.query<{ counties: { code: string; loanStats: Stats }[] }>(
      'query($year: Int!, $month: Int!) { counties { code loanStats(year: $year, month: $month) { interestSubsidyDue interestSubsidyLoans } } }',
      { year, month },
      'reporter',
    );
    expect(res.errors).toBeUndefined();
    return res.data!.counties.find((c) => c.code === county)!.loanStats;
  }

  it('stops the months after the revocation; its month and the clean loan stay due', async () => {
    const databaseUrls = { labor: await url('labor'), finance: await url('finance') };
    stack = await startStack({ demoData: false, businessDate: today, databaseUrls });
    const lend = async (countyCode: string): Promise<{ holder: Holder; id: string }> => {
      await createFund(stack!, countyCode, '1000000.00');
      const holder = await certifiedHolder(stack!, { birthDate: '1975-05-05', countyCode });
      const res = await applyForLoan(stack!, holder, { amount: '12000.00', termMonths: 12 });
      expect(res.errors).toBeUndefined();
      const id = res.data!.applyForLoan.id;
      expect((await advance(stack!, id, 4)).status).toBe('DISBURSED');
      return { holder, id };
    };
    const revoked = await lend('320804');
    await lend('320802');
    const revocationMonth = await stats(stack, '320804', 0);
    expect(revocationMonth.interestSubsidyLoans).toBe(1);
    const res = await stack.query(contractOperation('RevokeCertificate'), { number: revoked.holder.number, reason: '已就业' }, 'labor');
    expect(res.errors).toBeUndefined();
    await stack.syncFeeds();
    await stack.stop();

    stack = await startStack({ demoData: false, businessDate: later(2), databaseUrls });
    await stack.syncFeeds();
    // The month of the revocation stays due; the months after it are not.
    expect(await stats(stack, '320804', 0)).toEqual(revocationMonth);
    for (const m of [1, 2]) expect(await stats(stack, '320804', m)).toEqual({ interestSubsidyDue: '0.00', interestSubsidyLoans: 0 });
    // The loan on a valid certificate is due each month.
    for (const m of [0, 1, 2]) expect((await stats(stack, '320802', m)).interestSubsidyLoans).toBe(1);
    // The schedule itself is whole: the replica decides, so applying the feed again changes nothing.
    expect(await stack.subgraphs.finance.db.getRepository(LoanInterestSubsidy).countBy({ loanId: Number(revoked.id) })).toBeGreaterThan(3);
  });
});
