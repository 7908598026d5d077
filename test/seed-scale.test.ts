import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { parseCreditCode, parseResidentId } from '../shared/checksums';
import { driverOptions } from '../shared/database';
import { SCALE_1 } from '../scripts/scale/people';
import { DEPARTMENTS, type Department, seedScale } from '../scripts/scale/seed';
import { testDatabases } from './helpers/databases';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack, TEST_BUSINESS_DATE } from './helpers/stack';

const SCALE = 0.002;
type Row = Record<string, unknown>;
const text = (v: unknown) => String(v);
const day = (v: unknown) => String(v instanceof Date ? v.toISOString() : v).slice(0, 10);
/** A row's fields as one comparable line (dates as days, numbers as text, null kept). */
const line = (r: Row, fields: string[], dates: string[] = []) =>
  fields.map((f) => (r[f] === null ? 'null' : dates.includes(f) ? day(r[f]) : text(r[f]))).join('|');

/** Fresh, empty databases for the four departments: SQLite files, or MariaDB with TEST_MARIADB_URL. */
function freshDatabases() {
  const mariadb = testDatabases();
  const dir = mkdtempSync(join(tmpdir(), 'reemp-scale-'));
  return {
    async urls(tag: string): Promise<Record<Department, string>> {
      const urls = {} as Record<Department, string>;
      for (const d of DEPARTMENTS) {
        urls[d] = process.env.TEST_MARIADB_URL ? await mariadb.urlFor(`${tag}_${d}`) : `sqlite:${join(dir, `${tag}-${d}.sqlite`)}`;
      }
      return urls;
    },
    async drop() {
      await mariadb.dropAll();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Plain SQL over a department's database (no entities: what is stored, not what the code maps). */
async function withDatabase<T>(url: string, read: (q: (sql: string) => Promise<Row[]>) => Promise<T>): Promise<T> {
  const db = new DataSource({ ...driverOptions(url), entities: [] });
  await db.initialize();
  try {
    return await read((sql) => db.query(sql));
  } finally {
    await db.destroy();
  }
}

/** Everything a department stored, but the clock's columns, hashed table by table. */
async function fingerprint(url: string, tables: string[]): Promise<Record<string, string>> {
  const clock = new Set(['createdAt', 'updatedAt', 'lastSyncedAt']);
  return withDatabase(url, async (q) => {
    const out: Record<string, string> = {};
    for (const table of tables) {
      const rows = await q(`SELECT * FROM ${table}`);
      const lines = rows
        .map((r) =>
          JSON.stringify(
            Object.entries(r)
              .filter(([k]) => !clock.has(k))
              .map(([k, v]) => [k, v === null ? null : String(v)]),
          ),
        )
        .sort();
      out[table] = createHash('sha256').update(lines.join('\n')).digest('hex');
    }
    return out;
  });
}

const TABLES: Record<Department, string[]> = {
  labor: [
    'person',
    'reemployment_certificate',
    'certificate_change',
    'certificate_feed_head',
    'employment_record',
    'employment_target',
    'county',
  ],
  finance: [
    'guarantee_fund',
    'guarantee_contribution',
    'loan',
    'loan_interest_subsidy',
    'fund_allocation',
    'certificate_replica',
    'employment_replica',
    'feed_cursor',
  ],
  tax: [
    'tax_registration',
    'relief_assessment',
    'relief_assessment_certificate',
    'tax_relief',
    'certificate_replica',
    'register_replica',
    'employment_replica',
    'feed_cursor',
  ],
  commerce: ['enterprise', 'employee_count', 'fee_exemption', 'certificate_replica', 'feed_cursor'],
};

describe('npm run seed: the whole city at a scale', () => {
  const databases = freshDatabases();
  let urls: Record<Department, string>;
  let rows: Record<Department, Record<string, number>>;
  const rowsOf = (table: string, department: Department) => rows[department][table];
  const at = (n: number) => Math.round(n * SCALE);

  beforeAll(async () => {
    urls = await databases.urls('a');
    const results = await seedScale({ scale: SCALE, businessDate: TEST_BUSINESS_DATE, urls });
    rows = Object.fromEntries(results.map((r) => [r.department, r.rows])) as typeof rows;
  }, 120_000);
  afterAll(() => databases.drop());

  it('writes every department the counts of its scale', () => {
    expect(rowsOf('person', 'labor')).toBe(at(SCALE_1.persons));
    expect(rowsOf('reemployment_certificate', 'labor')).toBe(at(SCALE_1.certificates));
    expect(rowsOf('certificate_change', 'labor')).toBe(at(SCALE_1.certificates));
    expect(rowsOf('employment_record', 'labor')).toBe(at(SCALE_1.employmentRecords));
    expect(rowsOf('loan', 'finance')).toBe(at(SCALE_1.loans));
    expect(rowsOf('tax_relief', 'tax')).toBe(at(SCALE_1.reliefs));
    expect(rowsOf('enterprise', 'commerce')).toBe(at(SCALE_1.businesses));
    for (const d of ['finance', 'tax', 'commerce'] as const) expect(rowsOf('certificate_replica', d)).toBe(at(SCALE_1.certificates));
    for (const d of ['finance', 'tax'] as const) expect(rowsOf('employment_replica', d)).toBe(at(SCALE_1.employmentRecords));
    expect(rowsOf('register_replica', 'tax')).toBe(at(SCALE_1.businesses));
  });

  it('writes the same rows again for the same scale', async () => {
    const again = await databases.urls('b');
    await seedScale({ scale: SCALE, businessDate: TEST_BUSINESS_DATE, urls: again });
    for (const d of DEPARTMENTS) expect(await fingerprint(again[d], TABLES[d])).toEqual(await fingerprint(urls[d], TABLES[d]));
  }, 120_000);

  it('refuses a database that already holds data', async () => {
    await expect(seedScale({ scale: SCALE, businessDate: TEST_BUSINESS_DATE, urls: { tax: urls.tax } })).rejects.toThrow(
      /already holds data/,
    );
  });

  it('keeps the rules the write paths enforce, across departments', async () => {
    const persons = await withDatabase(urls.labor, (q) => q('SELECT id, idNumber, birthDate, registeredOn, category FROM person'));
    const certificates = await withDatabase(urls.labor, (q) =>
      q('SELECT number, holderId, issuedOn, status FROM reemployment_certificate'),
    );
    const jobs = await withDatabase(urls.labor, (q) => q('SELECT personId, startedOn, endedOn FROM employment_record'));
    const personById = new Map(persons.map((p) => [Number(p.id), p]));
    const byNumber = new Map(certificates.map((c) => [String(c.number), c]));
    for (const p of persons) {
      expect(parseResidentId(String(p.idNumber))).toMatchObject({ ok: true, birthDate: day(p.birthDate) });
      expect(day(p.registeredOn) <= TEST_BUSINESS_DATE).toBe(true);
    }
    for (const c of certificates) {
      const holder = personById.get(Number(c.holderId));
      expect(holder?.category).not.toBe('OTHER_UNEMPLOYED');
      expect(day(c.issuedOn) > day(holder?.registeredOn)).toBe(true);
      expect(day(c.issuedOn) <= TEST_BUSINESS_DATE).toBe(true);
    }
    for (const j of jobs) expect(day(j.startedOn) >= day(personById.get(Number(j.personId))?.registeredOn)).toBe(true);

    // A benefit rests on a certificate of its person, issued on or before the benefit's day.
    const restsOn = (number: unknown, personId: unknown, on: unknown) => {
      const certificate = byNumber.get(String(number));
      expect(certificate).toBeDefined();
      expect(Number(certificate?.holderId)).toBe(Number(personId));
      expect(certificate?.status).toBe('VALID');
      expect(day(certificate?.issuedOn) <= day(on)).toBe(true);
      expect(day(on) <= TEST_BUSINESS_DATE).toBe(true);
    };
    const loans = await withDatabase(urls.finance, (q) =>
      q('SELECT certificateNumber, applicantId, appliedOn, amount, termMonths FROM loan'),
    );
    for (const l of loans) {
      restsOn(l.certificateNumber, l.applicantId, l.appliedOn);
      expect(Number(l.amount)).toBeLessThanOrEqual(2_000_000);
      expect(Number(l.termMonths)).toBeLessThanOrEqual(24);
    }
    const reliefs = await withDatabase(urls.tax, (q) =>
      q('SELECT certificateNumber, personId, enterpriseCreditCode, assessmentId, periodStart, grantedOn FROM tax_relief'),
    );
    const counted = await withDatabase(urls.tax, (q) =>
      q(
        'SELECT a.id, a.enterpriseCreditCode, c.certificateNumber FROM relief_assessment a JOIN relief_assessment_certificate c ON c.assessmentId = a.id',
      ),
    );
    const hires = new Set(
      (
        await withDatabase(urls.labor, (q) =>
          q("SELECT personId, employerCreditCode FROM employment_record WHERE kind = 'ENTERPRISE_HIRE'"),
        )
      ).map((j) => [j.personId, j.employerCreditCode].map(text).join('|')),
    );
    // An employer's assessment counts only holders it hired, by labor's register.
    for (const c of counted)
      expect(hires.has([byNumber.get(String(c.certificateNumber))?.holderId, c.enterpriseCreditCode].map(text).join('|'))).toBe(true);
    const countedBy = new Set(counted.map((c) => [c.id, c.certificateNumber].map(text).join('|')));
    for (const r of reliefs) {
      const employer = r.enterpriseCreditCode !== null;
      if (employer) expect(countedBy.has([r.assessmentId, r.certificateNumber].map(text).join('|'))).toBe(true);
      restsOn(r.certificateNumber, employer ? byNumber.get(String(r.certificateNumber))?.holderId : r.personId, r.periodStart);
      expect(day(r.grantedOn) >= day(r.periodStart)).toBe(true);
    }
    expect(reliefs.some((r) => r.enterpriseCreditCode !== null)).toBe(true);
    const exemptions = await withDatabase(urls.commerce, (q) => q('SELECT certificateNumber, holderId, validFrom FROM fee_exemption'));
    for (const e of exemptions) restsOn(e.certificateNumber, e.holderId, e.validFrom);
    const codes = await withDatabase(urls.commerce, (q) => q('SELECT creditCode FROM enterprise'));
    for (const c of codes) expect(parseCreditCode(String(c.creditCode)).ok).toBe(true);

    // Each replica holds labor's certificates as they are, the cursor at the feed's end.
    for (const d of ['finance', 'tax', 'commerce'] as const) {
      const replica = await withDatabase(urls[d], (q) => q('SELECT number, holderId, issuedOn, status FROM certificate_replica'));
      expect(replica.map((r) => [r.number, r.holderId, day(r.issuedOn), r.status].map(text).join('|')).sort()).toEqual(
        certificates.map((c) => [c.number, c.holderId, day(c.issuedOn), c.status].map(text).join('|')).sort(),
      );
    }
  });

  it("assesses new enterprises from the records: the hires tax's rule counts in its replicas", async () => {
    const tax = await withDatabase(urls.tax, async (q) => ({
      assessments: await q(
        'SELECT id, enterpriseCreditCode, staffCount, hiredCount, source, overrideReason, recordedStaffCount, recordedHiredCount, effectiveFrom FROM relief_assessment',
      ),
      stored: await q('SELECT assessmentId, certificateNumber FROM relief_assessment_certificate'),
      // assessment-records.rules, recounted: enterprise hires of the employer open on effectiveFrom,
      // on a contract of ≥ 36 months (≥ 12 from 2003-08-01), of a VALID certificate issued by then.
      recounted: await q(
        `SELECT DISTINCT a.id, c.number FROM relief_assessment a
         JOIN employment_replica e ON e.employerCreditCode = a.enterpriseCreditCode AND e.kind = 'ENTERPRISE_HIRE'
         JOIN certificate_replica c ON c.holderId = e.personId
         WHERE e.startedOn <= a.effectiveFrom AND (e.endedOn IS NULL OR e.endedOn >= a.effectiveFrom)
           AND e.contractMonths >= CASE WHEN e.startedOn >= '2003-08-01' THEN 12 ELSE 36 END
           AND c.status = 'VALID' AND c.issuedOn <= a.effectiveFrom`,
      ),
      register: await q('SELECT creditCode, registeredOn, employeeCount FROM register_replica'),
    }));
    expect(tax.assessments.length).toBeGreaterThan(0);
    expect(tax.recounted.map((r) => line(r, ['id', 'number'])).sort()).toEqual(
      tax.stored.map((r) => line(r, ['assessmentId', 'certificateNumber'])).sort(),
    );
    const entryOf = new Map(tax.register.map((r) => [text(r.creditCode), r]));
    for (const a of tax.assessments) {
      const entry = entryOf.get(text(a.enterpriseCreditCode));
      const counted = tax.stored.filter((c) => text(c.assessmentId) === text(a.id)).length;
      // 新办 by commerce's register, staff from it, the figures the records' own.
      expect(day(entry?.registeredOn) >= '2003-01-01').toBe(true);
      expect({ source: a.source, reason: a.overrideReason }).toEqual({ source: 'RECORDS', reason: null });
      expect([a.staffCount, a.recordedStaffCount].map(Number)).toEqual([Number(entry?.employeeCount), Number(entry?.employeeCount)]);
      expect([a.hiredCount, a.recordedHiredCount].map(Number)).toEqual([counted, counted]);
      expect(counted).toBeGreaterThan(0);
    }
  });

  it("fills tax's replicas with labor's employment records and commerce's register, at the feeds' heads", async () => {
    const JOB = ['id', 'personId', 'employerCreditCode', 'kind', 'startedOn', 'endedOn', 'contractMonths', 'countyCode'];
    const ENTRY = ['creditCode', 'kind', 'industry', 'registeredOn', 'countyCode', 'ownerId', 'employeeCount'];
    const records = await withDatabase(urls.labor, (q) => q(`SELECT ${JOB.join(', ')} FROM employment_record`));
    const entries = await withDatabase(urls.commerce, (q) => q(`SELECT ${ENTRY.join(', ')} FROM enterprise`));
    const exemptions = await withDatabase(urls.commerce, (q) => q('SELECT enterpriseCreditCode, certificateNumber FROM fee_exemption'));
    const heads = {
      'labor.employmentChanges': (await withDatabase(urls.labor, (q) => q('SELECT MAX(sequence) AS n FROM employment_change')))[0].n,
      'commerce.registerChanges': (await withDatabase(urls.commerce, (q) => q('SELECT MAX(sequence) AS n FROM register_change')))[0].n,
    };
    for (const d of ['tax', 'finance'] as const) {
      const replica = await withDatabase(urls[d], (q) => q(`SELECT recordId AS id, ${JOB.slice(1).join(', ')} FROM employment_replica`));
      expect(replica.map((r) => line(r, JOB, ['startedOn', 'endedOn'])).sort()).toEqual(
        records.map((r) => line(r, JOB, ['startedOn', 'endedOn'])).sort(),
      );
    }
    const register = await withDatabase(urls.tax, (q) => q(`SELECT ${ENTRY.join(', ')}, ownerCertificateNumber FROM register_replica`));
    const certificateOf = new Map(exemptions.map((e) => [text(e.enterpriseCreditCode), text(e.certificateNumber)]));
    expect(register.map((r) => line(r, [...ENTRY, 'ownerCertificateNumber'], ['registeredOn'])).sort()).toEqual(
      entries.map((r) => `${line(r, ENTRY, ['registeredOn'])}|${certificateOf.get(text(r.creditCode)) ?? 'null'}`).sort(),
    );
    const cursors = await withDatabase(urls.tax, (q) => q('SELECT feed, lastSequence FROM feed_cursor'));
    const cursorOf = new Map(cursors.map((c) => [text(c.feed), Number(c.lastSequence)]));
    for (const [feed, head] of Object.entries(heads)) expect(cursorOf.get(feed)).toBe(Number(head));
  });

  it('lets no business owner also be an open enterprise hire', async () => {
    const records = await withDatabase(urls.labor, (q) =>
      q('SELECT personId, kind, employerCreditCode, endedOn FROM employment_record WHERE endedOn IS NULL'),
    );
    const owners = await withDatabase(urls.commerce, (q) =>
      q("SELECT creditCode, ownerId FROM enterprise WHERE kind = 'INDIVIDUAL_BUSINESS'"),
    );
    expect(owners.length).toBeGreaterThan(0);
    const open = (personId: unknown, kind: string) => records.filter((r) => text(r.personId) === text(personId) && r.kind === kind);
    for (const o of owners) {
      // Labor records the owner's business as their work (the credit code), and nothing full-time beside it.
      expect(open(o.ownerId, 'SELF_EMPLOYMENT').map((r) => text(r.employerCreditCode))).toEqual([text(o.creditCode)]);
      expect(open(o.ownerId, 'ENTERPRISE_HIRE')).toEqual([]);
    }
  });

  describe('the stack on the seeded databases', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ demoData: false, databaseUrls: urls });
    }, 120_000);
    afterAll(() => stack?.stop());

    it("answers the joint meeting's report with the seeded figures", async () => {
      const res = await stack.query<{
        counties: { certificateStats: { issuedYearToDate: number } | null; loanStats: { yearToDate: { count: number } } | null }[];
      }>(contractOperation('JointMeetingReport'), { year: 2003, month: 8 });
      expect(res.errors).toBeUndefined();
      const issued = res.data!.counties.reduce((sum, c) => sum + (c.certificateStats?.issuedYearToDate ?? 0), 0);
      expect(issued).toBe(at(SCALE_1.certificates));
    });

    it("finds the replicas caught up: labor's feed has nothing after their cursors", async () => {
      await stack.syncFeeds();
      for (const d of ['finance', 'tax', 'commerce'] as const) {
        // The certificate feed's cursor: finance and tax consume other feeds too.
        const [cursor] = await stack.subgraphs[d].db.query<Row[]>('SELECT lastSequence, lastError FROM feed_cursor WHERE feed = ?', [
          'labor.certificateChanges',
        ]);
        expect({ sequence: Number(cursor.lastSequence), error: cursor.lastError }).toEqual({
          sequence: at(SCALE_1.certificates),
          error: null,
        });
      }
      // Tax's other copies were filled at their feeds' heads: nothing new there either.
      const cursors = await stack.subgraphs.tax.db.query<Row[]>('SELECT feed, lastSequence, lastError FROM feed_cursor ORDER BY feed');
      expect(cursors.map((c) => [c.feed, Number(c.lastSequence), c.lastError])).toEqual([
        ['commerce.registerChanges', at(SCALE_1.businesses), null],
        ['labor.certificateChanges', at(SCALE_1.certificates), null],
        ['labor.employmentChanges', at(SCALE_1.employmentRecords), null],
      ]);
    });

    it("passes the joint office's consistency checks", async () => {
      const res = await stack.query<{ runConsistencyChecks: { findings: number } }>(contractOperation('RunConsistencyChecks'));
      expect(res.errors).toBeUndefined();
      expect(res.data!.runConsistencyChecks.findings).toBe(0);
    });
  });
});
