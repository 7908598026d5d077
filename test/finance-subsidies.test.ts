import { makeCreditCode } from '../shared/checksums';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import { certifiedHolder, type Holder } from './finance-fixtures';

const EMPLOYER = makeCreditCode('1', '320803', 42_001);
const PAYMENT =
  'id kind amount pensionAmount unemploymentAmount periodStart periodEnd paidOn placedPersons fundAllocation { year available }';

/**
 * Re-employment funds and the subsidies paid out of them, on 2006-10-15: late enough for
 * the social-insurance subsidy's three-year window and its "after the quarter" rule. Each
 * test pays from a fund of its own county, to holders of its own.
 */
describe('finance: re-employment funds and subsidies', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false, businessDate: '2006-10-15' });
  });
  afterAll(() => stack?.stop());

  const holderIn = (countyCode: string) => certifiedHolder(stack, { countyCode });
  // The social-insurance subsidy pays for a hire labor recorded (and finance replicated).
  const hired = new Set<string>();
  async function hire(holder: Holder, employer: string): Promise<void> {
    if (hired.has(holder.personId)) return;
    hired.add(holder.personId);
    const input = { personId: holder.personId, kind: 'ENTERPRISE_HIRE', startedOn: '2003-07-01', employerCreditCode: employer };
    const res = await stack.query(
      'mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      { input },
      'labor',
    );
    expect(res.errors).toBeUndefined();
    await stack.syncFeeds();
  }
  const allocate = (countyCode: string, budgeted: string, provincialMatching: string) =>
    stack.query<{ setFundAllocation: { budgeted: string; provincialMatching: string; disbursed: string; available: string } }>(
      'mutation($input: SetFundAllocationInput!) { setFundAllocation(input: $input) { budgeted provincialMatching disbursed available } }',
      { input: { countyCode, year: 2006, budgeted, provincialMatching } },
      'finance',
    );
  const socialInsurance = (
    holder: Holder,
    quarterStart: string,
    caller: Parameters<Stack['query']>[2] = 'finance',
    enterpriseCreditCode = EMPLOYER,
  ) => hire(holder, enterpriseCreditCode).then(() => socialInsuranceOnly(holder, quarterStart, caller, enterpriseCreditCode));
  const socialInsuranceOnly = (
    holder: Holder,
    quarterStart: string,
    caller: Parameters<Stack['query']>[2] = 'finance',
    enterpriseCreditCode = EMPLOYER,
  ) =>
    stack.query<{ paySocialInsuranceSubsidy: Record<string, unknown> }>(
      `mutation($input: SocialInsuranceSubsidyInput!) { paySocialInsuranceSubsidy(input: $input) { ${PAYMENT} } }`,
      {
        input: {
          certificateNumber: holder.number,
          enterpriseCreditCode,
          quarterStart,
          pensionAmount: '300.00',
          unemploymentAmount: '30.00',
        },
      },
      caller,
    );
  const job = (holder: Holder, amount: string, periodStart = '2006-07-01', enterpriseCreditCode = EMPLOYER) =>
    stack.query<{ payJobSubsidy: Record<string, unknown> }>(
      `mutation($input: JobSubsidyInput!) { payJobSubsidy(input: $input) { ${PAYMENT} } }`,
      { input: { certificateNumber: holder.number, enterpriseCreditCode, periodStart, periodEnd: '2006-09-30', amount } },
      'finance',
    );
  const institution = (kind: string, countyCode: string, periodStart = '2006-01-01', institutionName = '淮阴区再就业培训中心') =>
    stack.query<{ payInstitutionSubsidy: Record<string, unknown> }>(
      `mutation($input: InstitutionSubsidyInput!) { payInstitutionSubsidy(input: $input) { ${PAYMENT} } }`,
      {
        input: {
          kind,
          countyCode,
          institutionName,
          periodStart,
          periodEnd: '2006-06-30',
          placedPersons: 12,
          amountPerPerson: '150.00',
        },
      },
      'finance',
    );
  const ruleOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0].extensions?.rule ?? res.errors?.[0].extensions?.code;

  it('pays nothing from a county without a fund for the year', async () => {
    const x = await holderIn('320802');
    expect(ruleOf(await socialInsurance(x, '2003-07-01'))).toBe('NO_REEMPLOYMENT_FUND');
    const set = await allocate('320802', '1000.00', '500.00');
    expect(set.data?.setFundAllocation).toEqual({
      budgeted: '1000.00',
      provincialMatching: '500.00',
      disbursed: '0.00',
      available: '1500.00',
    });
  });

  it('pays the social-insurance subsidy by ended quarter, each once, within three years of the first', async () => {
    expect((await allocate('320803', '1000.00', '500.00')).errors).toBeUndefined();
    const [x, y] = [await holderIn('320803'), await holderIn('320803')];
    const first = await socialInsurance(x, '2003-07-01');
    expect(first.data?.paySocialInsuranceSubsidy).toMatchObject({
      kind: 'SOCIAL_INSURANCE',
      amount: '330.00',
      pensionAmount: '300.00',
      unemploymentAmount: '30.00',
      periodStart: '2003-07-01',
      periodEnd: '2003-09-30',
      paidOn: '2006-10-15',
      fundAllocation: { year: 2006, available: '1170.00' },
    });
    expect(ruleOf(await socialInsurance(x, '2003-07-01'))).toBe('SUBSIDY_PERIOD_PAID');
    expect((await socialInsurance(x, '2006-04-01')).errors).toBeUndefined();
    const fourthYear = await socialInsurance(x, '2006-07-01');
    expect(fourthYear.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.quarterStart',
      rule: 'SOCIAL_INSURANCE_THREE_YEARS',
    });
    // The current quarter is paid after its contributions, from 2007-01-01; the last one is due now.
    expect(ruleOf(await socialInsurance(y, '2006-10-01'))).toBe('QUARTER_NOT_ENDED');
    expect((await socialInsurance(y, '2006-07-01')).errors).toBeUndefined();
    const notQuarter = await socialInsurance(y, '2006-08-01');
    expect(notQuarter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quarterStart' });
  });

  it('never pays past budget plus provincial matching, on both sides of the limit', async () => {
    expect((await allocate('320811', '510.00', '0.00')).errors).toBeUndefined();
    const y = await holderIn('320811');
    const over = await job(y, '510.01');
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount', rule: 'REEMPLOYMENT_FUND_BALANCE' });
    const exact = await job(y, '510.00');
    expect(exact.data?.payJobSubsidy).toMatchObject({ kind: 'JOB', amount: '510.00', fundAllocation: { available: '0.00' } });
    expect(ruleOf(await job(y, '1.00', '2006-09-01'))).toBe('SUBSIDY_PERIOD_PAID');
  });

  it("keeps a fund's budget at or above what it has paid out", async () => {
    expect((await allocate('320829', '1000.00', '500.00')).errors).toBeUndefined();
    expect((await job(await holderIn('320829'), '1500.00')).errors).toBeUndefined();
    const below = await allocate('320829', '1000.00', '499.99');
    expect(below.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.budgeted' });
    expect((await allocate('320829', '1000.00', '500.00')).data?.setFundAllocation).toMatchObject({
      disbursed: '1500.00',
      available: '0.00',
    });
    expect((await allocate('320829', '2000.00', '500.00')).data?.setFundAllocation.available).toBe('1000.00');
  });

  it('pays training and referral institutions by outcome', async () => {
    await allocate('320804', '5000.00', '0.00');
    const training = await institution('TRAINING', '320804');
    expect(training.data?.payInstitutionSubsidy).toMatchObject({ kind: 'TRAINING', placedPersons: 12, amount: '1800.00' });
    expect((await institution('REFERRAL', '320804')).errors).toBeUndefined();
    expect(ruleOf(await institution('TRAINING', '320804', '2006-06-01'))).toBe('SUBSIDY_PERIOD_PAID');
  });

  it('lets only finance pay, within its county, on a valid certificate', async () => {
    const y = await holderIn('320803');
    expect(ruleOf(await socialInsurance(y, '2006-04-01', 'tax'))).toBe('FORBIDDEN');
    // Another county's certificate is unknown to a county-limited clerk, as one never notified.
    expect(ruleOf(await socialInsurance(y, '2006-04-01', { sub: 'f', dept: 'finance', scope: 'finance:write', county: '320804' }))).toBe(
      'BAD_USER_INPUT',
    );
    await stack.query(contractOperation('RevokeCertificate'), { number: y.number, reason: '已退休' }, 'labor');
    await stack.syncFeeds();
    const revoked = await socialInsurance(y, '2006-04-01');
    expect(revoked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
  });

  it('pays the social-insurance subsidy only for a hire labor recorded, by that employer, during the quarter', async () => {
    // Lianshui (320826) has no fund: the hire is checked first, so a recorded hire
    // moves the refusal on to the fund (and nothing is paid, keeping the county fund-less).
    const z = await holderIn('320826');
    const unrecorded = await socialInsuranceOnly(z, '2006-04-01');
    expect(unrecorded.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.enterpriseCreditCode',
      rule: 'NO_RECORDED_HIRE',
    });
    await hire(z, EMPLOYER);
    const otherEmployer = await socialInsuranceOnly(z, '2006-04-01', 'finance', makeCreditCode('1', '320804', 42_009));
    expect(otherEmployer.errors?.[0].extensions).toMatchObject({ field: 'input.enterpriseCreditCode', rule: 'NO_RECORDED_HIRE' });
    expect(ruleOf(await socialInsuranceOnly(z, '2006-04-01'))).toBe('NO_REEMPLOYMENT_FUND');
  });

  it("shows subsidies on the person, the employer and the county's monthly figures", async () => {
    // Xuyi pays x two quarters, y one quarter and a job subsidy, all to one employer; Jinhu two institutions.
    const employer = makeCreditCode('1', '320830', 42_002);
    expect((await allocate('320830', '2000.00', '500.00')).errors).toBeUndefined();
    const [x, y] = [await holderIn('320830'), await holderIn('320830')];
    for (const [holder, quarter] of [
      [x, '2003-07-01'],
      [x, '2006-04-01'],
      [y, '2006-07-01'],
    ] as const)
      expect((await socialInsurance(holder, quarter, 'finance', employer)).errors).toBeUndefined();
    expect((await job(y, '510.00', '2006-07-01', employer)).errors).toBeUndefined();
    expect((await allocate('320831', '5000.00', '0.00')).errors).toBeUndefined();
    for (const kind of ['TRAINING', 'REFERRAL'])
      expect((await institution(kind, '320831', '2006-01-01', '金湖县再就业培训中心')).errors).toBeUndefined();

    const person = await stack.query<{ person: { subsidies: { kind: string; amount: string; enterprise: { subsidies: unknown[] } }[] } }>(
      'query($id: ID!) { person(id: $id) { subsidies { kind amount enterprise { creditCode subsidies { amount } } } } }',
      { id: x.personId },
    );
    expect(person.errors).toBeUndefined();
    expect(person.data!.person.subsidies).toEqual([
      expect.objectContaining({
        kind: 'SOCIAL_INSURANCE',
        amount: '330.00',
        enterprise: { creditCode: employer, subsidies: expect.any(Array) },
      }),
      expect.objectContaining({ kind: 'SOCIAL_INSURANCE', amount: '330.00' }),
    ]);
    // The employer received x's two quarters, y's one quarter and y's job subsidy.
    expect(person.data!.person.subsidies[0].enterprise.subsidies).toHaveLength(4);

    const stats = await stack.query<{
      counties: { code: string; subsidyStats: Record<string, unknown>; reemploymentFund: Record<string, unknown> | null }[];
    }>(
      `{ counties { code subsidyStats(year: 2006, month: 10) {
           month { count amount socialInsurance job training referral } yearToDate { count amount } }
         reemploymentFund(year: 2006) { budgeted provincialMatching disbursed } } }`,
      {},
      'reporter',
    );
    expect(stats.errors).toBeUndefined();
    const xuyi = stats.data!.counties.find((c) => c.code === '320830')!;
    expect(xuyi.subsidyStats).toEqual({
      month: { count: 4, amount: '1500.00', socialInsurance: '990.00', job: '510.00', training: '0.00', referral: '0.00' },
      yearToDate: { count: 4, amount: '1500.00' },
    });
    expect(xuyi.reemploymentFund).toEqual({ budgeted: '2000.00', provincialMatching: '500.00', disbursed: '1500.00' });
    const jinhu = stats.data!.counties.find((c) => c.code === '320831')!;
    expect(jinhu.subsidyStats).toMatchObject({ month: { count: 2, amount: '3600.00', training: '1800.00', referral: '1800.00' } });
    expect(stats.data!.counties.find((c) => c.code === '320826')!.reemploymentFund).toBeNull();
  });
});
