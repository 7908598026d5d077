import { buildDemoWorld } from '../demo/world';
import { makeCreditCode } from '../shared/checksums';
import { countyClerk, expectOk, expectRefused } from './helpers/expect';
import { type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/**
 * 劳动监察: cases against enterprises for no contract, probation abuse, wage arrears and
 * refused social insurance; the enterprise dossier shows them beside commerce's register.
 */
const OPEN = `mutation($input: OpenInspectionCaseInput!) {
  openInspectionCase(input: $input) { id kind status openedOn workersAffected enterprise { creditCode } county { code } } }`;
const CLOSE = `mutation($input: CloseInspectionCaseInput!) {
  closeInspectionCase(input: $input) { id status outcome closedOn outcomeNote amountRecovered } }`;
const CASE = `query($id: ID!) { inspectionCase(id: $id) { status outcome amountRecovered } }`;
const LIST = `query($county: ID!, $status: InspectionCaseStatus, $first: Int!, $after: String) {
  inspectionCases(countyCode: $county, status: $status, first: $first, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } } }`;
const DOSSIER = `query($code: ID!) { enterprise(creditCode: $code) { creditCode name inspectionCases { id kind status county { code } } } }`;

describe('labor duties: labor inspection cases', () => {
  let stack: Stack;
  const demoEnterprise = buildDemoWorld().enterprises[0];
  const code = demoEnterprise.creditCode;
  const home = demoEnterprise.countyCode;
  const elsewhere = home === '320826' ? '320829' : '320826';
  const base = {
    countyCode: home,
    enterpriseCreditCode: code,
    kind: 'WAGE_ARREARS',
    openedOn: '2003-08-01',
    summary: '拖欠12名职工6、7月工资',
    workersAffected: 12,
  };

  beforeAll(async () => {
    stack = await startStack();
    // Commerce's demo register is needed; labor's demo cases would only blur the counts.
    await stack.subgraphs.labor.db.query('DELETE FROM labor_inspection_case');
  });
  afterAll(() => stack?.stop());

  const ok = <T>(query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectOk<T>(stack, query, variables, caller);
  const refused = (query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectRefused(stack, query, variables, caller);
  const open = async (input: Record<string, unknown> = {}, caller: Caller = 'labor') =>
    (await ok<{ openInspectionCase: { id: string } }>(OPEN, { input: { ...base, ...input } }, caller)).openInspectionCase.id;

  it('opens a case on a valid credit code of any enterprise, naming the bad field otherwise', async () => {
    const data = await ok<{ openInspectionCase: Record<string, unknown> }>(OPEN, {
      input: { ...base, enterpriseCreditCode: code.toLowerCase() },
    });
    expect(data.openInspectionCase).toMatchObject({
      kind: 'WAGE_ARREARS',
      status: 'OPEN',
      enterprise: { creditCode: code },
      county: { code: home },
    });

    const wrongCheck = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    expect(await refused(OPEN, { input: { ...base, enterpriseCreditCode: wrongCheck } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.enterpriseCreditCode',
    });
    expect(await refused(OPEN, { input: { ...base, enterpriseCreditCode: code.slice(0, 17) } })).toMatchObject({
      field: 'input.enterpriseCreditCode',
    });
    expect(await refused(OPEN, { input: { ...base, openedOn: '2003-08-16' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.openedOn',
    });
    await open({ openedOn: '2003-08-15', kind: 'NO_LABOR_CONTRACT' });
    expect(await refused(OPEN, { input: { ...base, workersAffected: 0 } })).toMatchObject({ field: 'input.workersAffected' });
    await open({ workersAffected: 1, kind: 'PROBATION_ABUSE' });
    expect(await refused(OPEN, { input: { ...base, summary: ' ' } })).toMatchObject({ field: 'input.summary' });
    expect(await refused(OPEN, { input: { ...base, countyCode: '320700' } })).toMatchObject({ field: 'input.countyCode' });
    expect(await refused(OPEN, { input: base }, countyClerk(elsewhere))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(OPEN, { input: base }, 'commerce')).toMatchObject({ code: 'FORBIDDEN' });
    // An enterprise registered elsewhere (or not in commerce's register at all) may still be inspected here.
    await open({ enterpriseCreditCode: makeCreditCode('1', '320500', 4711), kind: 'SOCIAL_INSURANCE_REFUSED' });
  });

  it('closes a case once, on or after its opening, recovering money only for wages and insurance', async () => {
    const wages = await open({ openedOn: '2003-08-01' });
    const contract = await open({ kind: 'NO_LABOR_CONTRACT' });
    const close = (caseId: string, more: Record<string, unknown> = {}) => ({
      input: { caseId, outcome: 'PENALIZED', closedOn: '2003-08-01', note: '责令限期支付并处罚款', amountRecovered: '12800.50', ...more },
    });

    expect(await refused(CLOSE, close(wages, { closedOn: '2003-07-31' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.closedOn',
    });
    expect(await refused(CLOSE, close(wages, { closedOn: '2003-08-16' }))).toMatchObject({ field: 'input.closedOn' });
    expect(await refused(CLOSE, close(wages, { note: '' }))).toMatchObject({ field: 'input.note' });
    expect(await refused(CLOSE, close(wages, { amountRecovered: '0.00' }))).toMatchObject({ field: 'input.amountRecovered' });
    expect(await refused(CLOSE, close(wages, { outcome: 'UNFOUNDED' }))).toMatchObject({ field: 'input.amountRecovered' });
    expect(await refused(CLOSE, close(contract))).toMatchObject({ field: 'input.amountRecovered' });
    expect(await refused(CLOSE, close(wages), countyClerk(elsewhere))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ inspectionCase: Record<string, unknown> }>(CASE, { id: wages })).inspectionCase).toEqual({
      status: 'OPEN',
      outcome: null,
      amountRecovered: null,
    });

    expect((await ok<{ closeInspectionCase: Record<string, unknown> }>(CLOSE, close(wages))).closeInspectionCase).toEqual({
      id: wages,
      status: 'CLOSED',
      outcome: 'PENALIZED',
      closedOn: '2003-08-01',
      outcomeNote: '责令限期支付并处罚款',
      amountRecovered: '12800.50',
    });
    expect(await refused(CLOSE, close(wages, { amountRecovered: null }))).toMatchObject({ code: 'CONFLICT' });
    expect(
      (await ok<{ closeInspectionCase: Record<string, unknown> }>(CLOSE, close(contract, { outcome: 'RECTIFIED', amountRecovered: null })))
        .closeInspectionCase,
    ).toMatchObject({ status: 'CLOSED', outcome: 'RECTIFIED', amountRecovered: null });
  });

  it("shows an enterprise's cases in its dossier beside commerce's register, by the reader's county", async () => {
    const other = buildDemoWorld().enterprises.find((e) => e.countyCode === home && e.creditCode !== code)!.creditCode;
    const here = await open({ enterpriseCreditCode: other });
    const there = await open({ enterpriseCreditCode: other, countyCode: elsewhere }, countyClerk(elsewhere));

    const city = await ok<{ enterprise: { name: string; inspectionCases: { id: string; county: { code: string } }[] } }>(
      DOSSIER,
      { code: other },
      'jointOffice',
    );
    expect(city.enterprise.name).toMatch(/有限公司$/);
    expect(city.enterprise.inspectionCases.map((c) => [c.id, c.county.code])).toEqual([
      [here, home],
      [there, elsewhere],
    ]);

    const countyReader: Caller = { sub: 'county-reader', dept: 'labor', scope: 'labor:read commerce:read', county: home };
    const limited = await ok<{ enterprise: { inspectionCases: { id: string }[] } }>(DOSSIER, { code: other }, countyReader);
    expect(limited.enterprise.inspectionCases.map((c) => c.id)).toEqual([here]);

    const page = (first: number) => `{ enterprises(countyCode: "${home}", first: ${first}) { edges { node { inspectionCases { id } } } } }`;
    const costOf = async (first: number) => {
      stack.subgraphs.labor.queries.reset();
      const data = await ok<{ enterprises: { edges: unknown[] } }>(page(first), {}, 'jointOffice');
      expect(data.enterprises.edges).toHaveLength(first);
      return stack.subgraphs.labor.queries.total;
    };
    expect(await costOf(1)).toBe(1);
    expect(await costOf(2)).toBe(1);

    const commerceOnly: Caller = { sub: 'commerce-only', dept: 'commerce', scope: 'commerce:read' };
    const { errors } = await stack.query(DOSSIER, { code: other }, commerceOnly);
    expect(errors?.[0]).toMatchObject({ path: ['enterprise', 'inspectionCases'], extensions: { code: 'FORBIDDEN' } });
  });

  it('lists the cases of a county bureau by status, a page at a time', async () => {
    const county = '320831';
    const clerk = countyClerk(county);
    const ids = [
      await open({ countyCode: county }, clerk),
      await open({ countyCode: county }, clerk),
      await open({ countyCode: county }, clerk),
    ];
    await ok(CLOSE, { input: { caseId: ids[1], outcome: 'RECTIFIED', closedOn: '2003-08-10', note: '已补发' } }, clerk);

    type List = {
      inspectionCases: { edges: { node: { id: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const open1 = await ok<List>(LIST, { county, status: 'OPEN', first: 1 });
    expect(open1.inspectionCases.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(open1.inspectionCases.pageInfo.hasNextPage).toBe(true);
    const open2 = await ok<List>(LIST, { county, status: 'OPEN', first: 1, after: open1.inspectionCases.pageInfo.endCursor });
    expect(open2.inspectionCases.edges.map((e) => e.node.id)).toEqual([ids[2]]);
    expect(open2.inspectionCases.pageInfo.hasNextPage).toBe(false);
    expect((await ok<List>(LIST, { county, first: 10 })).inspectionCases.edges.map((e) => e.node.status)).toEqual([
      'OPEN',
      'CLOSED',
      'OPEN',
    ]);
    expect(await refused(LIST, { county, first: 10 }, countyClerk(elsewhere))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(LIST, { county, first: 10, after: 'bm9wZQ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
