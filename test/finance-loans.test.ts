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

/** Small guaranteed loans through the gateway: the application rules and the lifecycle with its actors. */
describe('finance: small guaranteed loans', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
    await createFund(stack, '320803', '1000000.00');
  });
  afterAll(() => stack?.stop());

  const loansOf = async (holder: Holder) =>
    (await stack.query<{ person: { loans: { amount: string }[] } }>(contractOperation('PersonDossier'), { id: holder.personId })).data!
      .person.loans;

  it("takes an application through the contract's ApplyForLoan at the base rate of its term band", async () => {
    const holder = await certifiedHolder(stack);
    const res = await applyForLoan(stack, holder, { amount: '15000.00', termMonths: 6 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.applyForLoan).toMatchObject({ amount: '15000.00', status: 'APPLIED', applicant: { id: holder.personId } });
    const loan = await loanById(stack, res.data!.applyForLoan.id);
    expect(loan).toMatchObject({ interestRateBp: 504, appliedOn: '2003-08-15', overdue: false, guaranteeFund: null });
    const longer = await applyForLoan(stack, await certifiedHolder(stack), { amount: '1000.00', termMonths: 7 });
    expect((await loanById(stack, longer.data!.applyForLoan.id)).interestRateBp).toBe(531);
  });

  it('limits an individual to 20000.00 yuan across open loans, on both sides of the limit', async () => {
    const holder = await certifiedHolder(stack);
    expect((await applyForLoan(stack, holder, { amount: '15000.00' })).errors).toBeUndefined();
    const over = await applyForLoan(stack, holder, { amount: '5000.01' });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(over.errors?.[0].message).toMatch(/15000\.00.*20000\.00/);
    expect(await loansOf(holder)).toHaveLength(1);
    expect((await applyForLoan(stack, holder, { amount: '5000.00' })).errors).toBeUndefined();
    expect(await loansOf(holder)).toHaveLength(2);
  });

  it('limits the term to 24 months', async () => {
    const holder = await certifiedHolder(stack);
    for (const termMonths of [25, 0]) {
      const refused = await applyForLoan(stack, holder, { termMonths });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.termMonths' });
    }
    expect(await loansOf(holder)).toHaveLength(0);
    const accepted = await applyForLoan(stack, holder, { termMonths: 24 });
    expect((await loanById(stack, accepted.data!.applyForLoan.id)).interestRateBp).toBe(549);
  });

  it('lends to applicants of at most 60 on the day of application (2003-08-15)', async () => {
    // Born 1942-08-16: 60 until tomorrow. Born 1942-08-15: 61 today.
    const sixty = await certifiedHolder(stack, { birthDate: '1942-08-16' });
    expect((await applyForLoan(stack, sixty)).errors).toBeUndefined();
    const sixtyOne = await certifiedHolder(stack, { birthDate: '1942-08-15' });
    const refused = await applyForLoan(stack, sixtyOne);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.applicantId' });
    expect(await loansOf(sixtyOne)).toHaveLength(0);
  });

  it('needs a certificate finance has heard of, held by the applicant', async () => {
    const holder = await certifiedHolder(stack);
    const other = await certifiedHolder(stack);
    const unknown = await applyForLoan(stack, { ...holder, number: '3208032003999999' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    const notHis = await applyForLoan(stack, { personId: holder.personId, number: other.number });
    expect(notHis.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    expect(await loansOf(holder)).toHaveLength(0);
  });

  it("runs APPLIED → RECOMMENDED → REVIEWED → APPROVED → DISBURSED → EXTENDED → REPAID with each step's actor", async () => {
    const holder = await certifiedHolder(stack);
    const id = (await applyForLoan(stack, holder, { termMonths: 12 })).data!.applyForLoan.id;
    const recommended = await step(stack, 'recommendLoan', id, LABOR_REVIEWER);
    expect(recommended.data?.recommendLoan).toMatchObject({ status: 'RECOMMENDED', recommendedOn: '2003-08-15' });
    expect((await step(stack, 'reviewLoan', id, 'finance')).data?.reviewLoan.status).toBe('REVIEWED');
    const approved = await step(stack, 'approveLoan', id, GUARANTOR);
    expect(approved.data?.approveLoan).toMatchObject({ status: 'APPROVED', guaranteeFund: { id: expect.any(String) } });
    const disbursed = await step(stack, 'disburseLoan', id, BANK);
    expect(disbursed.data?.disburseLoan).toMatchObject({ status: 'DISBURSED', disbursedOn: '2003-08-15', dueOn: '2004-08-15' });
    // 12 + 12 months moves the extension into the 1–3 year band: 5.49 % instead of 5.31 %.
    const extended = await step(stack, 'extendLoan', id, BANK, ', months: 12');
    expect(extended.data?.extendLoan).toMatchObject({
      status: 'EXTENDED',
      extensionMonths: 12,
      extensionRateBp: 549,
      interestRateBp: 531,
      extendedDueOn: '2005-08-15',
    });
    const repaid = await step(stack, 'repayLoan', id, BANK);
    expect(repaid.data?.repayLoan).toMatchObject({ status: 'REPAID', closedOn: '2003-08-15' });
  });

  it('refuses a step from the wrong state as CONFLICT, changing nothing', async () => {
    const holder = await certifiedHolder(stack);
    const id = (await applyForLoan(stack, holder, { amount: '3000.00' })).data!.applyForLoan.id;
    const early = await step(stack, 'reviewLoan', id, 'finance');
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'APPLIED' });
    await advance(stack, id, 4);
    expect((await step(stack, 'disburseLoan', id, BANK)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await step(stack, 'compensateLoan', id, GUARANTOR)).errors?.[0].extensions?.code).toBe('CONFLICT');
    const tooLong = await step(stack, 'extendLoan', id, BANK, ', months: 13');
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    expect((await step(stack, 'extendLoan', id, BANK, ', months: 1')).errors).toBeUndefined();
    const again = await step(stack, 'extendLoan', id, BANK, ', months: 1');
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', status: 'EXTENDED' });
    expect(await loanById(stack, id)).toMatchObject({ status: 'EXTENDED', extensionMonths: 1 });
  });

  it('refuses a step to the wrong actor as FORBIDDEN, changing nothing', async () => {
    const holder = await certifiedHolder(stack);
    const id = (await applyForLoan(stack, holder, { amount: '2000.00' })).data!.applyForLoan.id;
    const forbidden = async (mutation: string, caller: Parameters<Stack['query']>[2], args = '') =>
      expect((await step(stack, mutation, id, caller, args)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await forbidden('recommendLoan', { sub: 'labor-clerk', dept: 'labor', scope: 'labor:write' });
    await forbidden('recommendLoan', { sub: 'tax-clerk', dept: 'tax', scope: 'tax:write loan:review' });
    await forbidden('recommendLoan', BANK);
    // Another county's loan is answered as one that does not exist.
    expect((await step(stack, 'recommendLoan', id, { ...LABOR_REVIEWER, county: '320804' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await loanById(stack, id)).status).toBe('APPLIED');
    await advance(stack, id, 2);
    await forbidden('approveLoan', 'finance');
    await forbidden('approveLoan', { sub: 'labor-guarantor', dept: 'labor', scope: 'guarantee:approve' });
    expect((await step(stack, 'approveLoan', id, { ...GUARANTOR, county: '320804' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // After review the answer is the guarantor's: neither the bank nor labor may refuse now.
    await forbidden('rejectLoan', BANK, ', reason: "不予放款"');
    await forbidden('rejectLoan', LABOR_REVIEWER, ', reason: "不予推荐"');
    expect((await loanById(stack, id)).status).toBe('REVIEWED');
    expect((await step(stack, 'approveLoan', id, { ...GUARANTOR, county: '320803' })).data?.approveLoan.status).toBe('APPROVED');
    await forbidden('disburseLoan', GUARANTOR);
    await forbidden('disburseLoan', { sub: 'partner-bank', dept: 'partner', scope: 'bank:disburse' });
    expect((await loanById(stack, id)).status).toBe('APPROVED');
  });

  it('lets the party whose answer is due refuse, with a reason', async () => {
    const holder = await certifiedHolder(stack);
    const id = (await applyForLoan(stack, holder, { amount: '1000.00' })).data!.applyForLoan.id;
    await advance(stack, id, 2);
    const blank = await stack.query(`mutation($id: ID!) { rejectLoan(id: $id, reason: " ") { id } }`, { id }, GUARANTOR);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await step(stack, 'rejectLoan', id, GUARANTOR, ', reason: "项目风险过高"');
    expect(rejected.data?.rejectLoan).toMatchObject({ status: 'REJECTED', rejectionReason: '项目风险过高', overdue: false });
    expect((await step(stack, 'rejectLoan', id, GUARANTOR, ', reason: "再次"')).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
