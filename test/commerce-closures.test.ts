import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { FeedCursor } from '../shared/feeds/cursor.entity';
import { rebuildCommerceSummary } from '../subgraphs/commerce/src/summary/commerce-summary.rebuild';
import { rebuildLaborSummary } from '../subgraphs/labor/src/summary/labor-summary.rebuild';
import { testDatabases } from './helpers/databases';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

/**
 * Issue 11: 注销登记. A certificate holder's individual business, registered with its fee
 * exemption, its tax registration and a business-tax relief on 2003-05-20, is closed by
 * commerce on 2003-07-31 with the business date on 2003-08-15 (the stack restarted on the
 * same databases). Commerce records the closure and puts it on the register feed; labor
 * ends the owner's self-employment on the closure date (not the day the change arrived);
 * the exemption and the relief end after it when read; tax refuses new relief. Refusals
 * write nothing, another county cannot close it, and the feed applied again from zero
 * changes nothing.
 */
const COUNTY = '320831';
const OTHER_COUNTY = '320830';
const OPENED_ON = '2003-05-20';
const CLOSED_ON = '2003-07-31';

const CLOSE = `mutation C($input: CloseBusinessInput!) {
  closeBusiness(input: $input) { creditCode closedOn closedBecause employeeCount }
}`;
const ENTERPRISE = `query E($code: ID!) {
  enterprise(creditCode: $code) { closedOn closedBecause employeeCount
    feeExemption { validUntil totalWaived endedOn endedBecause effectiveUntil } }
}`;
const PERSON = `query P($id: ID!) {
  person(id: $id) { employmentStatus employmentRecords { kind startedOn endedOn employer { creditCode } } }
}`;
const RELIEF = `query R($id: ID!) { taxRelief(id: $id) { amount periodEnd endedOn endedBecause effectivePeriodEnd effectiveAmount } }`;
const RELIEVE = contractOperation('GrantTaxRelief');

interface Holder {
  personId: string;
  number: string;
  creditCode: string;
  reliefId: string;
}

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

function refusedOn<T>(res: GraphQLResponse<T>, field: string): void {
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('commerce: closing a business (注销登记) reaches labor and tax', () => {
  const mariadb = testDatabases();
  const dir = mkdtempSync(join(tmpdir(), 'reemp-closures-'));
  const url = async (name: string) =>
    process.env.TEST_MARIADB_URL ? mariadb.urlFor(`closures_${name}`) : `sqlite:${join(dir, `${name}.sqlite`)}`;
  let stack: Stack;
  let closed: Holder;
  let trading: Holder;

  /** A holder certified on OPENED_ON, with a business (and its fee exemption), its tax registration and relief of business tax. */
  async function relievedHolder(on: Stack): Promise<Holder> {
    const input = { name: '钱秀英', idNumber: freshIdNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn: '2003-05-01' };
    const personId = ok(await on.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor'))
      .registerPerson.id;
    const number = ok(
      await on.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor'),
    ).issueCertificate.number;
    await on.syncFeeds();
    const business = ok(
      await on.query<{ registerIndividualBusiness: { creditCode: string; feeExemption: { id: string } | null } }>(
        'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode feeExemption { id } } }',
        {
          input: {
            ownerId: personId,
            certificateNumber: number,
            name: '钱记裁缝',
            industry: 'OTHER',
            countyCode: COUNTY,
            registeredOn: OPENED_ON,
          },
        },
        'commerce',
      ),
    ).registerIndividualBusiness;
    expect(business.feeExemption).not.toBeNull();
    await on.syncFeeds();
    ok(
      await on.query(
        'mutation T($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }',
        {
          input: {
            creditCode: business.creditCode,
            office: 'LOCAL',
            kind: 'INDIVIDUAL_BUSINESS',
            industry: 'OTHER',
            registeredOn: OPENED_ON,
            countyCode: COUNTY,
            ownerCertificateNumber: number,
          },
        },
        'tax',
      ),
    );
    // 2003-06-01 … 2003-12-31 is 214 days: ¥10 a day.
    const relief = {
      certificateNumber: number,
      taxType: 'BUSINESS_TAX',
      amount: '2140.00',
      periodStart: '2003-06-01',
      periodEnd: '2003-12-31',
    };
    const reliefId = ok(await on.query<{ grantTaxRelief: { id: string } }>(RELIEVE, { input: relief }, 'tax')).grantTaxRelief.id;
    return { personId, number, creditCode: business.creditCode, reliefId };
  }

  beforeAll(async () => {
    const databaseUrls = { labor: await url('labor'), tax: await url('tax'), commerce: await url('commerce') };
    const opening = await startStack({ demoData: false, businessDate: OPENED_ON, databaseUrls });
    try {
      closed = await relievedHolder(opening);
      trading = await relievedHolder(opening);
    } finally {
      await opening.stop();
    }
    stack = await startStack({ demoData: false, businessDate: TEST_BUSINESS_DATE, databaseUrls });
    await stack.syncFeeds();
    const res = await stack.query<{ closeBusiness: Record<string, unknown> }>(
      CLOSE,
      { input: { creditCode: closed.creditCode, closedOn: CLOSED_ON, reason: '歇业' } },
      'commerce',
    );
    expect(ok(res).closeBusiness).toEqual({ creditCode: closed.creditCode, closedOn: CLOSED_ON, closedBecause: '歇业', employeeCount: 0 });
    await stack.syncFeeds();
  });
  afterAll(async () => {
    await stack?.stop();
    await mariadb.dropAll();
    rmSync(dir, { recursive: true, force: true });
  });

  const enterprise = async (code: string) =>
    ok(await stack.query<{ enterprise: Record<string, unknown> & { feeExemption: Record<string, unknown> } }>(ENTERPRISE, { code }))
      .enterprise;
  const person = async (id: string) =>
    ok(await stack.query<{ person: { employmentStatus: string; employmentRecords: Record<string, unknown>[] } }>(PERSON, { id }, 'labor'))
      .person;
  const relief = async (id: string) => ok(await stack.query<{ taxRelief: Record<string, unknown> }>(RELIEF, { id }, 'tax')).taxRelief;

  /** What a refused closure must leave as it was: the entry, its count history, its feed changes, the summary, the writes audited. */
  async function commerceState(code: string): Promise<unknown> {
    const db = stack.subgraphs.commerce.db;
    const count = async (sql: string) => Number((await db.query<{ n: number | string }[]>(sql, [code]))[0].n);
    return {
      entry: await db.query('SELECT closedOn, closedBecause, employeeCount FROM enterprise WHERE creditCode = ?', [code]),
      counts: await count('SELECT COUNT(*) AS n FROM employee_count WHERE creditCode = ?'),
      changes: await count('SELECT COUNT(*) AS n FROM register_change WHERE creditCode = ?'),
      summary: await db.query('SELECT * FROM commerce_monthly_summary ORDER BY countyCode, year, month'),
      // Refused attempts are audited too (outside the write's transaction); no write is.
      written: Number((await db.query<{ n: number | string }[]>("SELECT COUNT(*) AS n FROM audit_entry WHERE outcome = 'OK'"))[0].n),
    };
  }

  it('records the closure on the register and on the feed, with its date', async () => {
    expect(await enterprise(closed.creditCode)).toMatchObject({ closedOn: CLOSED_ON, closedBecause: '歇业', employeeCount: 0 });
    const changes = await stack.subgraphs.commerce.db.query<{ event: string; closedOn: string | Date | null }[]>(
      'SELECT event, closedOn FROM register_change WHERE creditCode = ? ORDER BY sequence',
      [closed.creditCode],
    );
    expect(
      changes.map((c) => [
        c.event,
        c.closedOn === null ? null : String(c.closedOn instanceof Date ? c.closedOn.toISOString() : c.closedOn).slice(0, 10),
      ]),
    ).toEqual([
      ['CREATED', null],
      ['CHANGED', CLOSED_ON],
    ]);
    expect(await enterprise(trading.creditCode)).toMatchObject({ closedOn: null, closedBecause: null, employeeCount: 1 });
  });

  it("ends the owner's self-employment on the closure date, not the day it reached labor: the owner is unemployed", async () => {
    expect(await person(closed.personId)).toEqual({
      employmentStatus: 'UNEMPLOYED',
      employmentRecords: [
        { kind: 'SELF_EMPLOYMENT', startedOn: OPENED_ON, endedOn: CLOSED_ON, employer: { creditCode: closed.creditCode } },
      ],
    });
    expect((await person(trading.personId)).employmentStatus).toBe('EMPLOYED');
    // Labor's and commerce's summaries are what a rebuild from the records gives.
    for (const [db, table, rebuild] of [
      [stack.subgraphs.labor.db, 'labor_monthly_summary', rebuildLaborSummary],
      [stack.subgraphs.commerce.db, 'commerce_monthly_summary', rebuildCommerceSummary],
    ] as const) {
      const kept = await nonZeroRows(db, table);
      expect(kept.length).toBeGreaterThan(0);
      await db.transaction((tx) => rebuild(tx));
      expect(await nonZeroRows(db, table)).toEqual(kept);
    }
  });

  it('ends the fee exemption and the business-tax relief after the closure date', async () => {
    // The one-off fees (¥30) and the management fee (¥20 a month) of the three months begun by 07-31.
    expect((await enterprise(closed.creditCode)).feeExemption).toEqual({
      validUntil: '2006-05-19',
      totalWaived: '90.00',
      endedOn: '2003-08-01',
      endedBecause: `business ${closed.creditCode} was closed (注销登记) on ${CLOSED_ON}`,
      effectiveUntil: CLOSED_ON,
    });
    expect((await enterprise(trading.creditCode)).feeExemption).toMatchObject({
      endedOn: null,
      effectiveUntil: '2006-05-19',
      totalWaived: '750.00',
    });
    // Relieved 2003-06-01 … 2003-07-31: 61 of 214 days.
    expect(await relief(closed.reliefId)).toEqual({
      amount: '2140.00',
      periodEnd: '2003-12-31',
      endedOn: '2003-08-01',
      endedBecause: `business ${closed.creditCode} was closed (注销登记) on ${CLOSED_ON}`,
      effectivePeriodEnd: CLOSED_ON,
      effectiveAmount: '610.00',
    });
    expect(await relief(trading.reliefId)).toMatchObject({ endedOn: null, effectivePeriodEnd: '2003-12-31', effectiveAmount: '2140.00' });
  });

  it("counts the closed business's relief in the county's tax statistics as it stands", async () => {
    // The statistics (SQL) and the relief's own effectiveAmount (read-time rule) agree.
    const rows = await stack.subgraphs.tax.db.query<{ id: number | string }[]>(
      "SELECT id FROM tax_relief WHERE countyCode = ? AND grantedOn >= '2003-01-01' AND grantedOn <= '2003-08-31'",
      [COUNTY],
    );
    let fen = 0;
    for (const { id } of rows) fen += Math.round(Number((await relief(String(id))).effectiveAmount) * 100);
    const stats = ok(
      await stack.query<{ county: { taxReliefStats: { yearToDate: { amount: string } } } }>(
        'query S($code: ID!) { county(code: $code) { taxReliefStats(year: 2003, month: 8) { yearToDate { amount } } } }',
        { code: COUNTY },
        'tax',
      ),
    );
    expect(rows.length).toBeGreaterThan(1);
    expect(stats.county.taxReliefStats.yearToDate.amount).toBe((fen / 100).toFixed(2));
  });

  it('refuses tax relief and a tax registration for the closed business', async () => {
    const reliefs = async () =>
      Number((await stack.subgraphs.tax.db.query<{ n: number | string }[]>('SELECT COUNT(*) AS n FROM tax_relief'))[0].n);
    const before = await reliefs();
    const input = {
      certificateNumber: closed.number,
      taxType: 'BUSINESS_TAX',
      amount: '100.00',
      periodStart: '2004-01-01',
      periodEnd: '2004-01-31',
    };
    const refused = await stack.query(RELIEVE, { input }, 'tax');
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodStart',
      rule: 'CLOSED_BY_COMMERCE',
    });
    const registered = await stack.query(
      'mutation T($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }',
      {
        input: {
          creditCode: closed.creditCode,
          office: 'STATE',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'OTHER',
          registeredOn: TEST_BUSINESS_DATE,
          countyCode: COUNTY,
          ownerCertificateNumber: closed.number,
        },
      },
      'tax',
    );
    expect(registered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.creditCode',
      rule: 'CLOSED_BY_COMMERCE',
    });
    expect(await reliefs()).toBe(before);
    // The business still trading is relieved as before.
    ok(await stack.query(RELIEVE, { input: { ...input, certificateNumber: trading.number } }, 'tax'));
    expect(await reliefs()).toBe(before + 1);
  });

  it('refuses closures on bad dates, a second closure and head-count changes after it, writing nothing', async () => {
    const code = trading.creditCode;
    const before = await commerceState(code);
    const close = (closedOn: string, reason = '迁出', creditCode = code) =>
      stack.query(CLOSE, { input: { creditCode, closedOn, reason } }, 'commerce');
    refusedOn(await close('2003-05-19'), 'input.closedOn');
    refusedOn(await close('2003-08-16'), 'input.closedOn');
    refusedOn(await close('2003-07-31', '  '), 'input.reason');
    expect(await commerceState(code)).toEqual(before);

    const closedBefore = await commerceState(closed.creditCode);
    refusedOn(await close('2003-08-10', '重复注销', closed.creditCode), 'input.creditCode');
    const count = await stack.query(
      'mutation U($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { employeeCount } }',
      { input: { creditCode: closed.creditCode, employeeCount: 2, effectiveOn: '2003-08-15' } },
      'commerce',
    );
    refusedOn(count, 'input.creditCode');
    expect(await commerceState(closed.creditCode)).toEqual(closedBefore);
  });

  it('lets no county-limited token of another county close the business', async () => {
    const code = trading.creditCode;
    const before = await commerceState(code);
    const clerk = { sub: 'commerce-clerk-320830', dept: 'commerce' as const, scope: 'commerce:write labor:read', county: OTHER_COUNTY };
    const res = await stack.query(CLOSE, { input: { creditCode: code, closedOn: CLOSED_ON, reason: '歇业' } }, clerk);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await commerceState(code)).toEqual(before);
    expect((await enterprise(code)).closedOn).toBeNull();
  });

  it('opens and ends the self-employment of a business registered and closed before labor saw it', async () => {
    const registered = async (registeredOn: string) => {
      const input = { name: '郑小平', idNumber: freshIdNumber(), countyCode: COUNTY, category: 'SOE_LAID_OFF', registeredOn };
      return ok(await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor'))
        .registerPerson.id;
    };
    const openAndClose = async (ownerId: string) => {
      const input = { ownerId, name: '郑记杂货', industry: 'RETAIL', countyCode: COUNTY, registeredOn: '2003-08-05' };
      const code = ok(
        await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
          'mutation B($input: RegisterIndividualBusinessInput!) { registerIndividualBusiness(input: $input) { creditCode } }',
          { input },
          'commerce',
        ),
      ).registerIndividualBusiness.creditCode;
      ok(await stack.query(CLOSE, { input: { creditCode: code, closedOn: '2003-08-10', reason: '歇业' } }, 'commerce'));
      return code;
    };
    const owner = await registered('2003-08-01');
    // Registered with labor after the business closed: labor has nothing to count.
    const late = await registered('2003-08-12');
    const code = await openAndClose(owner);
    await openAndClose(late);
    await stack.syncFeeds();
    expect(await person(owner)).toEqual({
      employmentStatus: 'UNEMPLOYED',
      employmentRecords: [{ kind: 'SELF_EMPLOYMENT', startedOn: '2003-08-05', endedOn: '2003-08-10', employer: { creditCode: code } }],
    });
    expect(await person(late)).toEqual({ employmentStatus: 'UNEMPLOYED', employmentRecords: [] });
  });

  it('changes nothing when labor and tax apply the register feed again from zero', async () => {
    const snapshot = async () => ({
      labor: await person(closed.personId),
      laborReplica: await stack.subgraphs.labor.db.query('SELECT creditCode, closedOn, sequence FROM register_replica ORDER BY creditCode'),
      laborSummary: await nonZeroRows(stack.subgraphs.labor.db, 'labor_monthly_summary'),
      records: await stack.subgraphs.labor.db.query('SELECT id, personId, kind, startedOn, endedOn FROM employment_record ORDER BY id'),
      employmentChanges: await stack.subgraphs.labor.db.query('SELECT COUNT(*) AS n FROM employment_change'),
      taxReplica: await stack.subgraphs.tax.db.query('SELECT creditCode, closedOn, sequence FROM register_replica ORDER BY creditCode'),
      relief: await relief(closed.reliefId),
    });
    const before = await snapshot();
    for (const subgraph of [stack.subgraphs.labor, stack.subgraphs.tax]) {
      await subgraph.db.getRepository(FeedCursor).update({ feed: 'commerce.registerChanges' }, { lastSequence: 0, lastCursor: null });
      const worker = subgraph.feeds.find((f) => f.feed === 'commerce.registerChanges')!;
      expect(await worker.syncOnce()).toBeGreaterThan(0);
      while ((await worker.syncOnce()) > 0);
    }
    expect(await snapshot()).toEqual(before);
  });
});

/** A summary table's rows with any non-zero figure (a +1 then -1 leaves a row of zeros that a rebuild does not write). */
async function nonZeroRows(db: DataSource, table: string): Promise<Record<string, string | number>[]> {
  const rows = await db.query<Record<string, string | number>[]>(`SELECT * FROM ${table} ORDER BY countyCode, year, month`);
  return rows
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, k === 'countyCode' ? String(v) : Number(v)])))
    .filter((row) => Object.entries(row).some(([k, v]) => !['countyCode', 'year', 'month'].includes(k) && v !== 0));
}
