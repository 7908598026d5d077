import { makeCreditCode } from '../shared/checksums';
import { countyClerk, expectOk, expectRefused } from './helpers/expect';
import { type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/**
 * 监督举报: reports from the public hotline (and letters, visits), their handling, and the
 * inspection cases opened on them. Business date 2003-08-15.
 */
const RECEIVE = `mutation($input: ReceiveSupervisionReportInput!) {
  receiveSupervisionReport(input: $input) { id channel subject status anonymous reporterContact receivedOn enterprise { creditCode } county { code } } }`;
const HANDLE = `mutation($input: HandleSupervisionReportInput!) { handleSupervisionReport(input: $input) { id status handlingNote closedOn } }`;
const REPORT = `query($id: ID!) { supervisionReport(id: $id) { id status reporterContact inspectionCases { id report { id } } } }`;
const OPEN_CASE = `mutation($input: OpenInspectionCaseInput!) { openInspectionCase(input: $input) { id } }`;
const CLOSE_CASE = `mutation($id: ID!) { closeInspectionCase(input: { caseId: $id, outcome: RECTIFIED, closedOn: "2003-08-15", note: "已签订劳动合同" }) { id } }`;
const LIST = `query($county: ID!, $status: SupervisionReportStatus, $first: Int!, $after: String) {
  supervisionReports(countyCode: $county, status: $status, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const TRAIL = '{ laborAuditTrail(first: 5) { edges { node { sub operation entityIds } } } }';

const enterprise = makeCreditCode('1', '320803', 90210);

describe('labor duties: supervision reports (监督举报)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const ok = <T>(query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectOk<T>(stack, query, variables, caller);
  const refused = (query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectRefused(stack, query, variables, caller);
  const base = {
    countyCode: '320803',
    receivedOn: '2003-08-10',
    subject: 'LABOR_VIOLATION',
    content: '某服装厂招用下岗职工不签劳动合同',
    enterpriseCreditCode: enterprise,
  };
  const receive = async (input: Record<string, unknown> = {}, caller: Caller = 'labor') =>
    (await ok<{ receiveSupervisionReport: { id: string } }>(RECEIVE, { input: { ...base, ...input } }, caller)).receiveSupervisionReport.id;
  const handle = (reportId: string, status: string, note?: string) => ({ input: { reportId, status, ...(note ? { note } : {}) } });

  it('receives a hotline report about a county and, if named, a valid enterprise', async () => {
    const data = await ok<{ receiveSupervisionReport: Record<string, unknown> }>(RECEIVE, { input: base });
    expect(data.receiveSupervisionReport).toMatchObject({
      channel: 'HOTLINE',
      subject: 'LABOR_VIOLATION',
      status: 'RECEIVED',
      anonymous: true,
      reporterContact: null,
      receivedOn: '2003-08-10',
      enterprise: { creditCode: enterprise },
      county: { code: '320803' },
    });
    const letter = await ok<{ receiveSupervisionReport: Record<string, unknown> }>(RECEIVE, {
      input: { ...base, channel: 'LETTER', subject: 'POLICY_NOT_IMPLEMENTED', enterpriseCreditCode: null, receivedOn: '2003-08-15' },
    });
    expect(letter.receiveSupervisionReport).toMatchObject({ channel: 'LETTER', enterprise: null });

    expect(await refused(RECEIVE, { input: { ...base, receivedOn: '2003-08-16' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.receivedOn',
    });
    expect(await refused(RECEIVE, { input: { ...base, content: '' } })).toMatchObject({ field: 'input.content' });
    expect(await refused(RECEIVE, { input: { ...base, enterpriseCreditCode: 'ABCDEFGHJKLMNPQRTU' } })).toMatchObject({
      field: 'input.enterpriseCreditCode',
    });
    expect(await refused(RECEIVE, { input: { ...base, countyCode: '320899' } })).toMatchObject({ field: 'input.countyCode' });
    expect(await refused(RECEIVE, { input: base }, countyClerk('320826'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(RECEIVE, { input: base }, 'finance')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("audits the write, masks the reporter's contact unless the token may read personal data, and audits full reads", async () => {
    const id = await receive({ reporterContact: '0517-83912345' });
    const masked = await ok<{ supervisionReport: { reporterContact: string } }>(REPORT, { id }, 'finance');
    expect(masked.supervisionReport.reporterContact).toBe('*********2345');
    const full = await ok<{ supervisionReport: { reporterContact: string } }>(REPORT, { id }, 'jointOffice');
    expect(full.supervisionReport.reporterContact).toBe('0517-83912345');
    const trail = await ok<{ laborAuditTrail: { edges: { node: Record<string, unknown> }[] } }>(TRAIL, {}, 'auditor');
    expect(trail.laborAuditTrail.edges[0].node).toEqual({
      sub: 'joint-office-1',
      operation: 'read:SupervisionReport.reporterContact',
      entityIds: [id],
    });
    expect(trail.laborAuditTrail.edges[2].node).toEqual({ sub: 'labor-clerk', operation: 'receiveSupervisionReport', entityIds: [id] });
    expect(trail.laborAuditTrail.edges.some((e) => e.node.sub === 'finance-clerk' && String(e.node.operation).startsWith('read:'))).toBe(
      false,
    );
  });

  it('moves a report from received to in progress to closed with an answer, never back', async () => {
    const id = await receive();
    expect(await refused(HANDLE, handle(id, 'RECEIVED'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
    expect(
      (await ok<{ handleSupervisionReport: Record<string, unknown> }>(HANDLE, handle(id, 'IN_PROGRESS', '已转劳动监察大队')))
        .handleSupervisionReport,
    ).toMatchObject({ status: 'IN_PROGRESS', handlingNote: '已转劳动监察大队', closedOn: null });
    expect(await refused(HANDLE, handle(id, 'IN_PROGRESS'))).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(HANDLE, handle(id, 'CLOSED'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect(await refused(HANDLE, handle(id, 'CLOSED', '已查实并责令整改'), countyClerk('320826'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await ok<{ handleSupervisionReport: Record<string, unknown> }>(HANDLE, handle(id, 'CLOSED', '已查实并责令整改，已电话答复')))
        .handleSupervisionReport,
    ).toMatchObject({ status: 'CLOSED', closedOn: '2003-08-15' });
    expect(await refused(HANDLE, handle(id, 'CLOSED', '再次办结'))).toMatchObject({ code: 'CONFLICT' });
    const direct = await receive({ subject: 'SERVICE_CONDUCT', enterpriseCreditCode: null });
    expect(
      (await ok<{ handleSupervisionReport: Record<string, unknown> }>(HANDLE, handle(direct, 'CLOSED', '已批评教育并答复')))
        .handleSupervisionReport,
    ).toMatchObject({ status: 'CLOSED' });
  });

  it('opens an inspection case on a report that matches it, and closes the report only after the case', async () => {
    const id = await receive();
    const kase = {
      countyCode: '320803',
      enterpriseCreditCode: enterprise,
      kind: 'NO_LABOR_CONTRACT',
      openedOn: '2003-08-12',
      summary: '经举报立案',
      workersAffected: 30,
      reportId: id,
    };
    expect(await refused(OPEN_CASE, { input: { ...kase, countyCode: '320804' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reportId',
    });
    expect(await refused(OPEN_CASE, { input: { ...kase, enterpriseCreditCode: makeCreditCode('1', '320803', 90211) } })).toMatchObject({
      field: 'input.enterpriseCreditCode',
    });
    expect(await refused(OPEN_CASE, { input: { ...kase, openedOn: '2003-08-09' } })).toMatchObject({ field: 'input.openedOn' });
    expect(await refused(OPEN_CASE, { input: { ...kase, reportId: '999999' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await ok<{ supervisionReport: { status: string } }>(REPORT, { id })).supervisionReport.status).toBe('RECEIVED');

    const caseId = (await ok<{ openInspectionCase: { id: string } }>(OPEN_CASE, { input: { ...kase, openedOn: '2003-08-10' } }))
      .openInspectionCase.id;
    const report = await ok<{ supervisionReport: Record<string, unknown> }>(REPORT, { id });
    expect(report.supervisionReport).toMatchObject({ status: 'IN_PROGRESS', inspectionCases: [{ id: caseId, report: { id } }] });

    expect(await refused(HANDLE, handle(id, 'CLOSED', '已立案查处'))).toMatchObject({ code: 'CONFLICT', field: 'input.status' });
    await ok(CLOSE_CASE, { id: caseId });
    await ok(HANDLE, handle(id, 'CLOSED', '企业已与30名职工补签劳动合同，已答复举报人'));
    expect(await refused(OPEN_CASE, { input: kase })).toMatchObject({ code: 'CONFLICT', field: 'input.reportId' });
  });

  it('lists the reports of a county by handling status, a page at a time', async () => {
    const county = '320829';
    const clerk = countyClerk(county);
    const ids = [
      await receive({ countyCode: county }, clerk),
      await receive({ countyCode: county }, clerk),
      await receive({ countyCode: county }, clerk),
    ];
    await ok(HANDLE, handle(ids[0], 'IN_PROGRESS'), clerk);
    type List = { supervisionReports: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await ok<List>(LIST, { county, status: 'RECEIVED', first: 1 });
    expect(first.supervisionReports.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    expect(first.supervisionReports.pageInfo.hasNextPage).toBe(true);
    const next = await ok<List>(LIST, { county, status: 'RECEIVED', first: 1, after: first.supervisionReports.pageInfo.endCursor });
    expect(next.supervisionReports.edges.map((e) => e.node.id)).toEqual([ids[2]]);
    expect(next.supervisionReports.pageInfo.hasNextPage).toBe(false);
    expect((await ok<List>(LIST, { county, first: 100 })).supervisionReports.edges).toHaveLength(3);
    expect(await refused(LIST, { county, first: 10 }, countyClerk('320826'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(LIST, { county, first: 10 }, 'reporter')).toMatchObject({ code: 'FORBIDDEN' });
  });
});
