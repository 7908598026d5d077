import { readFileSync } from 'node:fs';
import { MANIFEST_FILE } from '../gateway/src/trusted-documents/sources';
import { makeResidentId } from '../shared/checksums';
import type { TokenClaims } from '../shared/auth/tokens';
import { applyForLoan, certifiedHolder, loanById } from './finance-fixtures';
import { type Stack, startStack } from './helpers/stack';

/** The operations partners run are the registered ones (gateway/partner-operations.graphql). */
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as { operations: { name: string; body: string }[] };
const registered = (name: string): string => {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not registered`);
  return operation.body;
};

interface ItemResult {
  index: number;
  status: 'CREATED' | 'UNCHANGED' | 'FAILED';
  id: string | null;
  errors: { field: string; code: string; message: string }[];
}
interface Report {
  created: number;
  unchanged: number;
  failed: number;
  items: ItemResult[];
}

/** 清浦区: this suite's county; its clerk's token is limited to it. */
const COUNTY = '320811';
const COUNTY_CLERK: TokenClaims = { sub: 'qingpu-clerk', dept: 'labor', scope: 'labor:write pii:read', county: COUNTY };
/** A lending bank's integration that also reports the guarantor's and finance staff's steps. */
const LOAN_REPORTER: TokenClaims = { sub: 'bank-import', dept: 'finance', scope: 'finance:write guarantee:approve bank:disburse' };

let serial = 0;
/** A fresh valid ID number of this suite's county, a different birth date per call (room for thousands). */
function idNumber(): string {
  serial += 1;
  const day = new Date(Date.UTC(1960, 0, 1) + serial * 86_400_000).toISOString().slice(0, 10);
  return makeResidentId(COUNTY, day, 2 * (process.pid % 400) + 1);
}

function person(overrides: Record<string, unknown> = {}) {
  return { name: '孙立新', idNumber: idNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn: '2003-07-01', ...overrides };
}

/** A valid ID number with its check character changed. */
function badChecksum(valid: string): string {
  return valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
}

describe('bulk import', () => {
  let stack: Stack;
  beforeAll(async () => {
    // A batch of 1,001 persons is larger than the gateway's default body limit (README, "Bulk import").
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const count = async (subgraph: 'labor' | 'finance', sql: string, params: unknown[] = []): Promise<number> => {
    const rows: { n: number | string }[] = await stack.subgraphs[subgraph].db.query(`SELECT COUNT(*) AS n ${sql}`, params);
    return Number(rows[0].n);
  };
  const laborRows = async () => ({
    persons: await count('labor', 'FROM person'),
    records: await count('labor', 'FROM employment_record'),
    events: await count('labor', 'FROM employment_change'),
  });

  async function importPersons(items: unknown[], caller: Parameters<Stack['query']>[2] = 'labor') {
    const res = await stack.query<{ importPersons: Report }>(registered('ImportPersons'), { input: { items } }, caller);
    return res;
  }

  it('answers a mixed batch per item, naming the field, and writes only the valid items; a re-send creates nothing', async () => {
    const first = person();
    const other = person({ name: '钱秀英', community: '清江街道' });
    const invalid = person({ idNumber: badChecksum(idNumber()) });
    const elsewhere = person({ countyCode: '320803' });
    const batch = [first, invalid, { ...first }, elsewhere, other];
    const before = await laborRows();
    const audits = await count('labor', "FROM audit_entry WHERE operation = 'importPersons'");

    const res = await importPersons(batch, COUNTY_CLERK);
    expect(res.errors).toBeUndefined();
    const report = res.data!.importPersons;
    expect(report.items.map((i) => [i.index, i.status, i.errors.map((e) => [e.field, e.code])])).toEqual([
      [0, 'CREATED', []],
      [1, 'FAILED', [['input.items[1].idNumber', 'BAD_USER_INPUT']]],
      [2, 'FAILED', [['input.items[2].idNumber', 'BAD_USER_INPUT']]],
      [3, 'FAILED', [['input.items[3].countyCode', 'FORBIDDEN']]],
      [4, 'CREATED', []],
    ]);
    expect([report.created, report.unchanged, report.failed]).toEqual([2, 0, 3]);
    expect((await laborRows()).persons).toBe(before.persons + 2);
    expect(await count('labor', 'FROM person WHERE idNumber IN (?, ?)', [invalid.idNumber, elsewhere.idNumber])).toBe(0);
    const stored: { id: number; name: string; community: string | null }[] = await stack.subgraphs.labor.db.query(
      'SELECT id, name, community FROM person WHERE idNumber IN (?, ?) ORDER BY id',
      [first.idNumber, other.idNumber],
    );
    expect(stored.map((p) => [String(p.id), p.name, p.community])).toEqual([
      [report.items[0].id, '孙立新', null],
      [report.items[4].id, '钱秀英', '清江街道'],
    ]);
    // One audit row for the call: the persons written, and the counts.
    expect(await count('labor', "FROM audit_entry WHERE operation = 'importPersons'")).toBe(audits + 1);
    const [audit]: { entityIds: string; detail: string }[] = await stack.subgraphs.labor.db.query(
      "SELECT entityIds, detail FROM audit_entry WHERE operation = 'importPersons' ORDER BY id DESC LIMIT 1",
    );
    expect(JSON.parse(audit.entityIds)).toEqual([report.items[0].id, report.items[4].id]);
    expect(audit.detail).toBe('5 items: 2 created, 0 unchanged, 3 failed');

    const again = (await importPersons(batch, COUNTY_CLERK)).data!.importPersons;
    expect(again.items.map((i) => [i.status, i.id])).toEqual([
      ['UNCHANGED', report.items[0].id],
      ['FAILED', null],
      ['FAILED', null],
      ['FAILED', null],
      ['UNCHANGED', report.items[4].id],
    ]);
    expect(await laborRows()).toEqual({ ...before, persons: before.persons + 2 });
  });

  it('refuses an item that contradicts the person on file, naming each field, and leaves the file as it was', async () => {
    const on = person();
    const first = (await importPersons([on])).data!.importPersons;
    expect(first.items[0].status).toBe('CREATED');
    const res = await importPersons([{ ...on, name: '孙立信', category: 'SOE_UNEMPLOYED' }]);
    expect(res.data!.importPersons.items[0]).toMatchObject({
      status: 'FAILED',
      id: null,
      errors: [
        { field: 'input.items[0].name', code: 'CONFLICT' },
        { field: 'input.items[0].category', code: 'CONFLICT' },
      ],
    });
    const [stored]: { name: string; category: string }[] = await stack.subgraphs.labor.db.query(
      'SELECT name, category FROM person WHERE idNumber = ?',
      [on.idNumber],
    );
    expect(stored).toEqual({ name: '孙立新', category: 'SOE_LAID_OFF' });
  });

  it('refuses more than 1,000 items as a whole, naming input.items, and writes nothing', async () => {
    const before = await laborRows();
    const items = Array.from({ length: 1001 }, () => person());
    const res = await importPersons(items);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items' });
    expect(await laborRows()).toEqual(before);
    const loans = await stack.query(
      registered('ImportLoanTransitions'),
      { input: { items: Array.from({ length: 1001 }, () => ({ loanId: '1', transition: 'RECOMMEND' })) } },
      LOAN_REPORTER,
    );
    expect(loans.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.items' });
  });

  it('imports employment records by ID number and credit code, per item, and a re-send records no job and no feed event', async () => {
    const persons = [person({ registeredOn: '2003-06-01' }), person({ registeredOn: '2003-07-10' })];
    const registeredPersons = (await importPersons(persons)).data!.importPersons;
    expect(registeredPersons.created).toBe(2);
    const enterprises = await stack.query<{ enterprises: { edges: { node: { creditCode: string } }[] } }>(
      `{ enterprises(countyCode: "${COUNTY}", first: 1) { edges { node { creditCode } } } }`,
    );
    const employer = enterprises.data!.enterprises.edges[0].node.creditCode;
    const hire = {
      idNumber: persons[0].idNumber,
      kind: 'ENTERPRISE_HIRE',
      startedOn: '2003-08-01',
      employerCreditCode: employer,
      contractMonths: 12,
    };
    const batch = [
      hire,
      { ...hire, idNumber: idNumber() },
      { idNumber: persons[1].idNumber, kind: 'FLEXIBLE', startedOn: '2003-07-01' },
      { ...hire },
      { ...hire, idNumber: badChecksum(persons[1].idNumber) },
    ];
    const send = () =>
      stack.query<{ importEmploymentRecords: Report }>(registered('ImportEmploymentRecords'), { input: { items: batch } }, 'labor');
    const before = await laborRows();

    const report = (await send()).data!.importEmploymentRecords;
    expect(report.items.map((i) => [i.status, i.errors.map((e) => [e.field, e.code])])).toEqual([
      ['CREATED', []],
      ['FAILED', [['input.items[1].idNumber', 'NOT_FOUND']]],
      ['FAILED', [['input.items[2].startedOn', 'BAD_USER_INPUT']]],
      ['FAILED', [['input.items[3].idNumber', 'BAD_USER_INPUT']]],
      ['FAILED', [['input.items[4].idNumber', 'BAD_USER_INPUT']]],
    ]);
    const after = await laborRows();
    expect(after).toEqual({ ...before, records: before.records + 1, events: before.events + 1 });
    const employed = await stack.query<{ person: { employmentStatus: string } }>(
      `{ person(id: "${registeredPersons.items[0].id}") { employmentStatus } }`,
    );
    expect(employed.data!.person.employmentStatus).toBe('EMPLOYED');

    const again = (await send()).data!.importEmploymentRecords;
    expect(again.items[0]).toMatchObject({ status: 'UNCHANGED', id: report.items[0].id });
    expect(again.items.slice(1).map((i) => i.status)).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED']);
    expect(await laborRows()).toEqual(after);

    // The same job with another contract term is a conflict, not an overwrite.
    const changed = await stack.query<{ importEmploymentRecords: Report }>(
      registered('ImportEmploymentRecords'),
      { input: { items: [{ ...hire, contractMonths: 24 }] } },
      'labor',
    );
    expect(changed.data!.importEmploymentRecords.items[0].errors).toMatchObject([
      { field: 'input.items[0].contractMonths', code: 'CONFLICT' },
    ]);
    expect(await laborRows()).toEqual(after);
  });

  it('takes loan steps in order, each as its single-loan mutation, and answers a re-send UNCHANGED', async () => {
    const holders = [await certifiedHolder(stack, { countyCode: COUNTY }), await certifiedHolder(stack, { countyCode: COUNTY })];
    const other = await certifiedHolder(stack, { countyCode: COUNTY });
    const loans: string[] = [];
    for (const holder of [...holders, other]) {
      const applied = await applyForLoan(stack, holder, { amount: '10000.00' });
      expect(applied.errors).toBeUndefined();
      loans.push(applied.data!.applyForLoan.id);
    }
    const [lent, refused, untouched] = loans;
    const batch = [
      { loanId: lent, transition: 'RECOMMEND' },
      { loanId: lent, transition: 'REVIEW' },
      { loanId: refused, transition: 'RECOMMEND' },
      { loanId: untouched, transition: 'REVIEW' },
      { loanId: lent, transition: 'APPROVE' },
      { loanId: refused, transition: 'REJECT', reason: '经营项目不符合条件' },
      { loanId: lent, transition: 'DISBURSE' },
      { loanId: '999999', transition: 'RECOMMEND' },
    ];
    const send = () =>
      stack.query<{ importLoanTransitions: Report }>(registered('ImportLoanTransitions'), { input: { items: batch } }, LOAN_REPORTER);

    const report = (await send()).data!.importLoanTransitions;
    expect(report.items.map((i) => [i.status, i.errors.map((e) => [e.field, e.code])])).toEqual([
      ['CREATED', []],
      ['CREATED', []],
      ['CREATED', []],
      ['FAILED', [['input.items[3].transition', 'CONFLICT']]],
      ['CREATED', []],
      ['CREATED', []],
      ['CREATED', []],
      ['FAILED', [['input.items[7].loanId', 'NOT_FOUND']]],
    ]);
    expect(await loanById(stack, lent)).toMatchObject({ status: 'DISBURSED', guaranteeFund: expect.anything() as unknown });
    expect((await loanById(stack, refused)).status).toBe('REJECTED');
    expect((await loanById(stack, untouched)).status).toBe('APPLIED');
    const subsidies = await count('finance', 'FROM loan_interest_subsidy WHERE loanId = ?', [Number(lent)]);
    expect(subsidies).toBeGreaterThan(0);

    const again = (await send()).data!.importLoanTransitions;
    expect(again.items.map((i) => i.status)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'FAILED',
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
      'FAILED',
    ]);
    expect((await loanById(stack, lent)).status).toBe('DISBURSED');
    expect(await count('finance', 'FROM loan_interest_subsidy WHERE loanId = ?', [Number(lent)])).toBe(subsidies);

    // A step its token may not take is refused naming the step; another county's token does not see the loan.
    const bankOnly: TokenClaims = { sub: 'bank-2', dept: 'finance', scope: 'bank:disburse' };
    const forbidden = await stack.query<{ importLoanTransitions: Report }>(
      registered('ImportLoanTransitions'),
      { input: { items: [{ loanId: untouched, transition: 'RECOMMEND' }] } },
      bankOnly,
    );
    expect(forbidden.data!.importLoanTransitions.items[0].errors).toMatchObject([
      { field: 'input.items[0].transition', code: 'FORBIDDEN' },
    ]);
    const elsewhere: TokenClaims = { ...LOAN_REPORTER, sub: 'bank-chuzhou', county: '320803' };
    const hidden = await stack.query<{ importLoanTransitions: Report }>(
      registered('ImportLoanTransitions'),
      { input: { items: [{ loanId: untouched, transition: 'RECOMMEND' }] } },
      elsewhere,
    );
    expect(hidden.data!.importLoanTransitions.items[0].errors).toMatchObject([{ field: 'input.items[0].loanId', code: 'NOT_FOUND' }]);
    expect((await loanById(stack, untouched)).status).toBe('APPLIED');
  });

  it('rolls back only the refused step: an approval past the guarantee fund leaves the loan REVIEWED, the next item stands', async () => {
    const county = '320826';
    const [first, second] = [await certifiedHolder(stack, { countyCode: county }), await certifiedHolder(stack, { countyCode: county })];
    const x = (await applyForLoan(stack, first, { amount: '10000.00' })).data!.applyForLoan.id;
    const y = (await applyForLoan(stack, second, { amount: '10000.00' })).data!.applyForLoan.id;
    // The county's fund is committed in full: approve moves the status, then commitGuarantee refuses.
    await stack.subgraphs.finance.db.query('UPDATE guarantee_fund SET guaranteed = 5 * (capital - compensated) WHERE countyCode = ?', [
      county,
    ]);
    const res = await stack.query<{ importLoanTransitions: Report }>(
      registered('ImportLoanTransitions'),
      {
        input: {
          items: [
            { loanId: x, transition: 'RECOMMEND' },
            { loanId: x, transition: 'REVIEW' },
            { loanId: x, transition: 'APPROVE' },
            { loanId: y, transition: 'RECOMMEND' },
          ],
        },
      },
      LOAN_REPORTER,
    );
    const items = res.data!.importLoanTransitions.items;
    expect(items.map((i) => i.status)).toEqual(['CREATED', 'CREATED', 'FAILED', 'CREATED']);
    expect(items[2].errors).toMatchObject([{ field: 'input.items[2].loanId', code: 'BAD_USER_INPUT' }]);
    expect(items[2].errors[0].message).toContain('GUARANTEE_CAPACITY');
    expect(await loanById(stack, x)).toMatchObject({ status: 'REVIEWED', approvedOn: null, guaranteeFund: null });
    expect((await loanById(stack, y)).status).toBe('RECOMMENDED');
  });

  it('looks up a batch with the same statements whatever its size (persons on file answered UNCHANGED)', async () => {
    const statementsFor = async (items: unknown[]): Promise<number> => {
      stack.subgraphs.labor.queries.reset();
      const res = await importPersons(items);
      expect(res.data!.importPersons.unchanged).toBe(items.length);
      return stack.subgraphs.labor.queries.total;
    };
    const persons = Array.from({ length: 40 }, () => person());
    expect((await importPersons(persons)).data!.importPersons.created).toBe(40);
    const two = await statementsFor(persons.slice(0, 2));
    const forty = await statementsFor(persons);
    expect(forty).toBe(two);
  });
});
