import { ROLES } from './access/roles';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

type Ref = { department: string; kind: string; key: string };
interface Finding {
  id: string;
  rule: string;
  summary: string;
  detectedAt: string;
  resolvedAt: string | null;
  records: Ref[];
}
interface FindingPage {
  consistencyFindings: { edges: { cursor: string; node: Finding }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

interface DemoPerson {
  id: string;
  hardship: { fortyFifty: boolean; doubleLaidOff: boolean; doubleUnemployed: boolean } | null;
  employmentStatus: string;
  certificate: { number: string; issuedOn: string } | null;
  loans: { id: string }[] | null;
  taxReliefs: { id: string }[] | null;
  subsidies: { id: string; enterprise: { creditCode: string } | null }[] | null;
}

const PERSONS = `query($county: ID!) { persons(countyCode: $county, first: 100) { edges { node {
  id employmentStatus hardship { fortyFifty doubleLaidOff doubleUnemployed } certificate { number issuedOn }
  loans { id } taxReliefs { id } subsidies { id enterprise { creditCode } }
} } } }`;
const ENTERPRISES = `query($county: ID!) { enterprises(countyCode: $county, first: 100) { edges { node { creditCode kind } } } }`;
const ALL_FINDINGS = `query($after: String) { consistencyFindings(first: 100, after: $after, includeResolved: true) {
  edges { node { id rule summary detectedAt resolvedAt records { department kind key } } } pageInfo { hasNextPage endCursor } } }`;

const priority = (p: DemoPerson) =>
  Boolean(p.hardship && (p.hardship.fortyFifty || p.hardship.doubleLaidOff || p.hardship.doubleUnemployed));

describe("the joint office's consistency checks (督查)", () => {
  let stack: Stack;
  const persons = async (county: string) =>
    (await stack.query<{ persons: { edges: { node: DemoPerson }[] } }>(PERSONS, { county })).data!.persons.edges.map((e) => e.node);
  const companies = async (county: string) =>
    (await stack.query<{ enterprises: { edges: { node: { creditCode: string; kind: string } }[] } }>(ENTERPRISES, { county }))
      .data!.enterprises.edges.map((e) => e.node)
      .filter((e) => e.kind !== 'INDIVIDUAL_BUSINESS');
  const run = async () => {
    const res = await stack.query<{ runConsistencyChecks: { ranAt: string; findings: number } }>(contractOperation('RunConsistencyChecks'));
    expect(res.errors).toBeUndefined();
    return res.data!.runConsistencyChecks;
  };
  const allFindings = async () =>
    (await stack.query<FindingPage>(ALL_FINDINGS, { after: null })).data!.consistencyFindings.edges.map((e) => e.node);
  const naming = (findings: Finding[], rule: string, ref: Ref) =>
    findings.filter(
      (f) => f.rule === rule && f.records.some((r) => r.department === ref.department && r.kind === ref.kind && r.key === ref.key),
    );

  /** What was planted, to find again. */
  const planted: Record<string, Ref> = {};
  /** The demo person whose certificate is revoked under a loan. */
  let revokedHolder: DemoPerson | undefined;
  /** The subsidy the test of resolving corrects, with the employer it was paid to. */
  let correctable: { id: string; enterprise: string } | undefined;

  /** `count` demo subsidies paid to an employer, with their county. */
  async function subsidiesToEmployers(count: number): Promise<{ id: string; enterprise: string; county: string }[]> {
    const found: { id: string; enterprise: string; county: string }[] = [];
    for (const county of ['320811', '320802', '320803', '320804', '320826', '320829', '320830', '320831']) {
      for (const p of await persons(county)) {
        for (const paid of p.subsidies ?? [])
          if (paid.enterprise) found.push({ id: paid.id, enterprise: paid.enterprise.creditCode, county });
      }
      if (found.length >= count) return found.slice(0, count);
    }
    throw new Error(`the demo world has fewer than ${count} subsidies paid to an employer`);
  }

  /** Rewrites the subsidy's employer to another enterprise of its county, one that never hired the holder. */
  async function misdirect(paid: { id: string; enterprise: string; county: string }): Promise<Ref> {
    const other = (await companies(paid.county)).find((c) => c.creditCode !== paid.enterprise)!;
    await stack.subgraphs.finance.db.query('UPDATE subsidy_payment SET enterpriseCreditCode = ? WHERE id = ?', [
      other.creditCode,
      Number(paid.id),
    ]);
    return { department: 'finance', kind: 'SubsidyPayment', key: paid.id };
  }

  /** Plants one inconsistency of each kind in the demo world, through the APIs where they allow it. */
  async function plant(): Promise<void> {
    // A benefit on a certificate labor has since revoked (through labor's API).
    const revoked = (await persons('320803')).find((p) => p.certificate && p.loans?.length)!;
    revokedHolder = revoked;
    const revoke = await stack.query(
      contractOperation('RevokeCertificate'),
      { number: revoked.certificate!.number, reason: '骗取优惠证' },
      'labor',
    );
    expect(revoke.errors).toBeUndefined();
    planted.revoked = { department: 'finance', kind: 'Loan', key: revoked.loans![0].id };

    // Tax relief on a number labor never issued, and relief before the certificate: tax's API
    // rightly refuses both, so they are written into tax's database.
    const [neverIssued, early] = (await persons('320804')).filter((p) => p.certificate && p.taxReliefs?.length);
    await stack.subgraphs.tax.db.query('UPDATE tax_relief SET certificateNumber = ? WHERE id = ?', [
      '3208042003999999',
      Number(neverIssued.taxReliefs![0].id),
    ]);
    planted.neverIssued = { department: 'labor', kind: 'ReemploymentCertificate', key: '3208042003999999' };
    expect(early.certificate!.issuedOn > '2003-01-01').toBe(true);
    await stack.subgraphs.tax.db.query('UPDATE tax_relief SET periodStart = ? WHERE id = ?', [
      '2003-01-01',
      Number(early.taxReliefs![0].id),
    ]);
    planted.early = { department: 'tax', kind: 'TaxRelief', key: early.taxReliefs![0].id };

    // One person, two re-employments of August in two departments' counts (through the APIs).
    const registered = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '钱伟',
          idNumber: freshIdNumber('1960-02-03', 'MALE'),
          countyCode: '320826',
          category: 'SOE_LAID_OFF',
          registeredOn: '2003-07-01',
        },
      },
      'labor',
    );
    const personId = registered.data!.registerPerson.id;
    const [employer] = await companies('320826');
    const hired = await stack.query<{ recordEmployment: { id: string } }>(
      'mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      {
        input: { personId, kind: 'ENTERPRISE_HIRE', startedOn: '2003-08-04', employerCreditCode: employer.creditCode, contractMonths: 36 },
      },
      'labor',
    );
    expect(hired.errors).toBeUndefined();
    const business = await stack.query(
      contractOperation('RegisterIndividualBusiness'),
      {
        input: { ownerId: personId, name: '钱记修理部', industry: 'REPAIR', countyCode: '320826', registeredOn: '2003-08-11' },
      },
      'commerce',
    );
    expect(business.errors).toBeUndefined();
    planted.twice = { department: 'labor', kind: 'EmploymentRecord', key: hired.data!.recordEmployment.id };

    // Subsidies to an employer that never hired the holder: finance's register written directly.
    // Two of them: one stays, the other is corrected by the test of resolving.
    const [kept, corrected] = await subsidiesToEmployers(2);
    planted.subsidy = await misdirect(kept);
    planted.correctable = await misdirect(corrected);
    correctable = corrected;

    // A post filled by a non-priority person while priority persons wait: labor's API refuses it.
    const xuyi = await persons('320830');
    expect(xuyi.some((p) => priority(p) && p.employmentStatus === 'UNEMPLOYED')).toBe(true);
    const outsider = xuyi.find((p) => !priority(p) && p.employmentStatus === 'UNEMPLOYED')!;
    const post = await stack.query<{ reportPublicWelfareVacancy: { id: string } }>(
      'mutation($input: ReportVacancyInput!) { reportPublicWelfareVacancy(input: $input) { id } }',
      {
        input: { countyCode: '320830', workKind: 'CLEANING', fundedBy: '县财政', reportedOn: '2003-08-01' },
      },
      'labor',
    );
    const refused = await stack.query(
      'mutation($post: ID!, $person: ID!) { fillPublicWelfarePost(postId: $post, personId: $person) { id } }',
      { post: post.data!.reportPublicWelfareVacancy.id, person: outsider.id },
      'labor',
    );
    expect(refused.errors?.[0].extensions?.code).toBeDefined();
    await stack.subgraphs.labor.db.query('UPDATE public_welfare_post SET status = ?, filledById = ?, filledOn = ? WHERE id = ?', [
      'FILLED',
      Number(outsider.id),
      '2003-08-10',
      Number(post.data!.reportPublicWelfareVacancy.id),
    ]);
    planted.post = { department: 'labor', kind: 'PublicWelfarePost', key: post.data!.reportPublicWelfareVacancy.id };
  }

  describe('in the clean demo world', () => {
    beforeAll(async () => {
      stack = await startStack();
    }, 120_000);
    afterAll(() => stack?.stop());

    it('finds nothing in the clean demo world', async () => {
      expect((await run()).findings).toBe(0);
      const page = await stack.query<FindingPage>(contractOperation('ConsistencyFindings'), { first: 10 });
      expect(page.data!.consistencyFindings.edges).toEqual([]);
      const last = await stack.query<{ lastConsistencyCheckRun: { findings: number; opened: number } }>(
        '{ lastConsistencyCheckRun { findings opened } }',
      );
      expect(last.data!.lastConsistencyCheckRun).toEqual({ findings: 0, opened: 0 });
    });
  });

  describe('with inconsistencies planted', () => {
    beforeAll(async () => {
      stack = await startStack();
      await plant();
      await run();
    }, 180_000);
    afterAll(() => stack?.stop());

    it('finds each planted inconsistency, naming the records on each side', async () => {
      const result = await run();
      const findings = await allFindings();
      expect(naming(findings, 'BENEFIT_WITHOUT_VALID_CERTIFICATE', planted.revoked)).toHaveLength(1);
      expect(naming(findings, 'BENEFIT_WITHOUT_VALID_CERTIFICATE', planted.neverIssued)).toHaveLength(1);
      expect(naming(findings, 'BENEFIT_BEFORE_CERTIFICATE', planted.early)).toHaveLength(1);
      expect(naming(findings, 'COUNTED_BY_TWO_DEPARTMENTS', planted.twice)).toHaveLength(1);
      expect(naming(findings, 'SUBSIDY_WITHOUT_HIRE', planted.subsidy)).toHaveLength(1);
      expect(naming(findings, 'WELFARE_POST_PRIORITY_SKIPPED', planted.post)).toHaveLength(1);
      // Every finding still open is one this run found (the test of resolving may have corrected one of its own).
      expect(result.findings).toBe(findings.filter((f) => f.resolvedAt === null).length);
      const open = (ref: Ref) =>
        findings.filter((f) => f.records.some((r) => r.kind === ref.kind && r.key === ref.key)).every((f) => f.resolvedAt === null);
      for (const ref of [planted.revoked, planted.neverIssued, planted.early, planted.twice, planted.subsidy, planted.post])
        expect(open(ref)).toBe(true);
      // The revoked certificate's loan names both sides.
      expect(naming(findings, 'BENEFIT_WITHOUT_VALID_CERTIFICATE', planted.revoked)[0].records).toEqual([
        planted.revoked,
        { department: 'labor', kind: 'ReemploymentCertificate', key: revokedHolder!.certificate!.number },
        { department: 'labor', kind: 'Person', key: revokedHolder!.id },
      ]);
    });

    it('keeps a finding found again as the same finding, and resolves it when the data is corrected', async () => {
      const before = await allFindings();
      const again = await run();
      expect(again.findings).toBe(before.length);
      expect((await allFindings()).map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());

      await stack.subgraphs.finance.db.query('UPDATE subsidy_payment SET enterpriseCreditCode = ? WHERE id = ?', [
        correctable!.enterprise,
        Number(correctable!.id),
      ]);
      await run();
      const after = await allFindings();
      const [corrected] = naming(after, 'SUBSIDY_WITHOUT_HIRE', planted.correctable);
      expect(corrected.resolvedAt).not.toBeNull();
      expect(after.filter((f) => f.resolvedAt !== null)).toHaveLength(1);
      // Open ones only, by default.
      const open = await stack.query<FindingPage>(contractOperation('ConsistencyFindings'), { first: 100 });
      expect(open.data!.consistencyFindings.edges.map((e) => e.node.id)).not.toContain(corrected.id);
    });

    it('pages the findings without overlap', async () => {
      const first = await stack.query<FindingPage>(contractOperation('ConsistencyFindings'), { first: 2 });
      expect(first.data!.consistencyFindings.pageInfo.hasNextPage).toBe(true);
      const next = await stack.query<FindingPage>(contractOperation('ConsistencyFindings'), {
        first: 2,
        after: first.data!.consistencyFindings.pageInfo.endCursor,
      });
      const ids = [...first.data!.consistencyFindings.edges, ...next.data!.consistencyFindings.edges].map((e) => e.node.id);
      expect(new Set(ids).size).toBe(4);
      const bad = await stack.query(contractOperation('ConsistencyFindings'), { first: 0 });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('puts the open findings into the next circular', async () => {
      const open = (
        await stack.query<FindingPage>(contractOperation('ConsistencyFindings'), { first: 100 })
      ).data!.consistencyFindings.edges.map((e) => e.node.id);
      const published = await stack.query<{ publishCircular: { id: string } }>(contractOperation('PublishCircular'), {
        year: 2003,
        month: 8,
      });
      const circular = await stack.query<{ circular: { openFindings: { id: string; rule: string }[] } }>(
        'query($id: ID!) { circular(id: $id) { openFindings { id rule } } }',
        { id: published.data!.publishCircular.id },
      );
      expect(circular.data!.circular.openFindings.map((f) => f.id).sort()).toEqual([...open].sort());
    });

    it('shows the records a finding names only to readers of every department, within their county', async () => {
      const report = await stack.query<FindingPage>(
        '{ consistencyFindings(first: 5) { edges { node { rule summary records { key } } } } }',
        {},
        'reporter',
      );
      expect(report.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const summaries = await stack.query<FindingPage>(
        '{ consistencyFindings(first: 5) { edges { node { rule summary } } } }',
        {},
        'reporter',
      );
      expect(summaries.data!.consistencyFindings.edges.length).toBeGreaterThan(0);
      const county = await stack.query<{ consistencyFindings: { edges: { node: { countyCode: string | null; records: Ref[] } }[] } }>(
        '{ consistencyFindings(first: 100) { edges { node { countyCode records { key } } } } }',
        {},
        ROLES.countyOfficer,
      );
      expect(county.errors).toBeUndefined();
      // Only the revoked certificate's benefits were planted in 320803.
      const counties = county.data!.consistencyFindings.edges.map((e) => e.node.countyCode);
      expect(counties.length).toBeGreaterThan(0);
      expect(new Set(counties)).toEqual(new Set(['320803']));
      expect((await stack.query(contractOperation('RunConsistencyChecks'), {}, 'labor')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  /** A department stopped for good: its own stack, so no other test runs without it. */
  describe('with a department down', () => {
    beforeAll(async () => {
      stack = await startStack();
    }, 120_000);
    afterAll(() => stack?.stop());

    it('records nothing when a department cannot be read (SNAPSHOT_INCOMPLETE)', async () => {
      const before = await allFindings();
      await stack.subgraphs.tax.service.stop();
      const res = await stack.query(contractOperation('RunConsistencyChecks'));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SNAPSHOT_INCOMPLETE', departments: ['tax'] });
      expect(await allFindings()).toEqual(before);
    });
  });
});
