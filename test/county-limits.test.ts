import { makeResidentId } from '../shared/checksums';
import type { TokenClaims } from '../shared/auth/tokens';
import { contractOperation } from './helpers/operations';
import { postGraphQL, type Stack, startStack } from './helpers/stack';

const HOME = '320803';
const OTHER = '320804';
const clerk = (scope: string, county = HOME): TokenClaims => ({ sub: `clerk-${county}`, dept: 'labor', scope, county });

/**
 * A county claim limits every path to person-level data: the feed, entity references
 * (also straight through `_entities`), nested lists, the audit trails, and the errors of
 * writes on another county's records, which say no more than for a record that does not exist.
 */
describe('county limits on every path', () => {
  let stack: Stack;
  let employer: string;
  let otherHire: string;
  let otherCertificate: string;
  let otherPerson: string;
  beforeAll(async () => {
    stack = await startStack();
    const assessed = await stack.query<{ enterprises: { edges: { node: { creditCode: string; taxReliefAssessments: unknown[] } }[] } }>(
      `{ enterprises(countyCode: "${HOME}", first: 100) { edges { node { creditCode taxReliefAssessments { id } } } } }`,
    );
    employer = assessed.data!.enterprises.edges.find((e) => e.node.taxReliefAssessments.length > 0)!.node.creditCode;
    // A person of the other county, hired by an enterprise of HOME, with a certificate.
    const input = {
      name: '跨县',
      idNumber: makeResidentId(OTHER, '1966-05-05', 3),
      countyCode: OTHER,
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
    };
    const person = (await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor')).data!
      .registerPerson.id;
    otherPerson = person;
    otherCertificate = (
      await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId: person }, 'labor')
    ).data!.issueCertificate.number;
    const hire = await stack.query<{ recordEmployment: { id: string } }>(
      'mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }',
      { input: { personId: person, kind: 'ENTERPRISE_HIRE', startedOn: '2003-08-01', employerCreditCode: employer } },
      'labor',
    );
    otherHire = hire.data!.recordEmployment.id;
    await stack.syncFeeds();
    // A city-wide tax clerk counts the cross-county hire in an assessment of the HOME employer.
    const assessment = await stack.query(
      'mutation($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { id } }',
      {
        input: {
          enterpriseCreditCode: employer,
          kind: 'MAIN_AUXILIARY_SEPARATION',
          staffCount: 20,
          hiredCertificateNumbers: [otherCertificate],
          overrideReason: '跨县招用，认定材料',
        },
      },
      'tax',
    );
    expect(assessment.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  it("gives a county-limited token only its county's certificate changes", async () => {
    const token = { sub: 'partner-cz', dept: 'partner' as const, scope: 'feed:read', county: HOME };
    const feed = await stack.query<{ certificateChanges: { edges: { node: { number: string } }[] } }>(
      '{ certificateChanges(first: 500) { edges { node { number countyCode } } } }',
      {},
      token,
    );
    expect(feed.errors).toBeUndefined();
    const numbers = feed.data!.certificateChanges.edges.map((e) => e.node.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !n.startsWith(HOME))).toEqual([]);
    const cityWide = await stack.query<{ certificateChanges: { edges: { node: { number: string } }[] } }>(
      '{ certificateChanges(first: 500) { edges { node { number } } } }',
      {},
      'feedPartner',
    );
    expect(cityWide.data!.certificateChanges.edges.some((e) => e.node.number === otherCertificate)).toBe(true);
  });

  it("leaves other counties' hires out of Enterprise.hires, through the gateway and through _entities on labor", async () => {
    const reader = clerk('labor:read commerce:read');
    const viaGateway = await stack.query<{ enterprise: { hires: { id: string }[] } }>(
      'query($c: ID!) { enterprise(creditCode: $c) { hires { id kind startedOn } } }',
      { c: employer },
      reader,
    );
    expect(viaGateway.errors).toBeUndefined();
    expect(viaGateway.data!.enterprise.hires.map((h) => h.id)).not.toContain(otherHire);
    const cityWide = await stack.query<{ enterprise: { hires: { id: string }[] } }>(
      'query($c: ID!) { enterprise(creditCode: $c) { hires { id } } }',
      { c: employer },
    );
    expect(cityWide.data!.enterprise.hires.map((h) => h.id)).toContain(otherHire);

    const direct = await postGraphQL<{ _entities: { hires: { id: string }[] }[] }>(
      stack.subgraphs.labor.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { hires { id kind startedOn endedOn } } } }',
      { r: [{ __typename: 'Enterprise', creditCode: employer }] },
      { authorization: `Bearer ${await stack.token(clerk('labor:read'))}` },
    );
    expect(direct.errors).toBeUndefined();
    expect(direct.data!._entities[0].hires.map((h) => h.id)).not.toContain(otherHire);
  });

  it("answers a lookup by key of another county's record as one that does not exist", async () => {
    // null, not FORBIDDEN: a refusal would tell the clerk the number exists in another county.
    const read = (scope: string) =>
      stack.query<{ certificate: unknown; person: unknown }>(
        'query($n: ID!, $p: ID!) { certificate(number: $n) { number } person(id: $p) { id } }',
        { n: otherCertificate, p: otherPerson },
        clerk(scope),
      );
    const limited = await read('labor:read');
    expect(limited.errors).toBeUndefined();
    expect(limited.data).toEqual({ certificate: null, person: null });
    // The same token's own county, and a city-wide token, still see them.
    const mine = await stack.query<{ certificate: { number: string } | null }>(
      'query($n: ID!) { certificate(number: $n) { number } }',
      { n: otherCertificate },
      clerk('labor:read', OTHER),
    );
    expect(mine.data!.certificate).toEqual({ number: otherCertificate });
    const cityWide = await stack.query<{ person: { id: string } | null }>(
      'query($p: ID!) { person(id: $p) { id } }',
      { p: otherPerson },
      'labor',
    );
    expect(cityWide.data!.person).toEqual({ id: otherPerson });
  });

  it("refuses another county's records reached through _entities field by field", async () => {
    const direct = await postGraphQL<{ _entities: unknown[] }>(
      stack.subgraphs.labor.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ReemploymentCertificate { number status } } }',
      { r: [{ __typename: 'ReemploymentCertificate', number: otherCertificate }] },
      { authorization: `Bearer ${await stack.token(clerk('labor:read'))}` },
    );
    expect(direct.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['_entities', 0, 'status'], 'FORBIDDEN']]);
  });

  it('keeps the audit trails from county-limited tokens: their rows name every county', async () => {
    const trail = '{ laborAuditTrail(first: 5) { edges { node { operation } } } }';
    const res = await stack.query(trail, {}, { sub: 'county-auditor', dept: 'auditor', scope: 'audit:read labor:read', county: HOME });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.laborAuditTrail ?? null).toBeNull();
    expect((await stack.query(trail, {}, 'auditor')).errors).toBeUndefined();
  });

  it("answers a write on another county's record exactly as for a record that does not exist", async () => {
    const writer = clerk('labor:write');
    const suspend = 'mutation($n: ID!) { suspendCertificate(number: $n, reason: "核查") { number status } }';
    const missing = '3208032003999999';
    const elsewhere = await stack.query(suspend, { n: otherCertificate }, writer);
    const absent = await stack.query(suspend, { n: missing }, writer);
    expect(elsewhere.errors?.[0]).toMatchObject({
      message: absent.errors![0].message.replace(missing, otherCertificate),
      extensions: { code: 'NOT_FOUND' },
    });

    const end = 'mutation($id: ID!) { endEmployment(recordId: $id, endedOn: "2003-08-10") { id } }';
    const endElsewhere = await stack.query(end, { id: otherHire }, writer);
    const endAbsent = await stack.query(end, { id: '999999' }, writer);
    expect(endElsewhere.errors?.[0].message).toBe(endAbsent.errors![0].message.replace('999999', otherHire));
    // Nothing about the record (its person, its start date) is named.
    expect(JSON.stringify(endElsewhere.errors)).not.toMatch(/2003-08-01|Person/);
  });

  it("keeps another county's certificate states out of other departments' write errors", async () => {
    await stack.query(contractOperation('RevokeCertificate'), { number: otherCertificate, reason: '已就业' }, 'labor');
    await stack.syncFeeds();
    const financeClerk: TokenClaims = { sub: 'f-cz', dept: 'finance', scope: 'finance:write', county: HOME };
    const apply = (number: string) =>
      stack.query(
        'mutation($input: ApplyForLoanInput!) { applyForLoan(input: $input) { id } }',
        {
          input: {
            applicantId: '1',
            certificateNumber: number,
            amount: '1000.00',
            termMonths: 12,
            purpose: '小吃',
            lowProfitProject: true,
          },
        },
        financeClerk,
      );
    const revoked = await apply(otherCertificate);
    const unknown = await apply('3208032003999998');
    expect(revoked.errors?.[0].message).toBe(unknown.errors![0].message.replace('3208032003999998', otherCertificate));
    expect(JSON.stringify(revoked.errors)).not.toMatch(/REVOKED|holder|person/i);
  });

  it('does not name the county of a household registered elsewhere', async () => {
    const input = {
      name: '同户',
      idNumber: makeResidentId(HOME, '1970-01-01', 5),
      countyCode: HOME,
      category: 'SOE_LAID_OFF',
      registeredOn: '2003-07-01',
      householdId: `${OTHER}-H0000`,
    };
    const res = await stack.query(contractOperation('RegisterPerson'), { input }, clerk('labor:write'));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.householdId' });
    expect(res.errors?.[0].message).not.toMatch(/county 32\d{4}|person \d+/);
  });

  it("leaves other counties' certificates out of an assessment's hires for a county-limited tax reader", async () => {
    const res = await stack.query<{ enterprise: { taxReliefAssessments: { hiredCertificates: { number: string }[] }[] } }>(
      'query($c: ID!) { enterprise(creditCode: $c) { taxReliefAssessments { hiredCertificates { number } } } }',
      { c: employer },
      { sub: 'tax-cz', dept: 'tax', scope: 'tax:read commerce:read', county: HOME },
    );
    expect(res.errors).toBeUndefined();
    const numbers = res.data!.enterprise.taxReliefAssessments.flatMap((a) => a.hiredCertificates.map((c) => c.number));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).not.toContain(otherCertificate);
    const cityWide = await stack.query<{ enterprise: { taxReliefAssessments: { hiredCertificates: { number: string }[] }[] } }>(
      'query($c: ID!) { enterprise(creditCode: $c) { taxReliefAssessments { hiredCertificates { number } } } }',
      { c: employer },
      'auditor',
    );
    expect(cityWide.data!.enterprise.taxReliefAssessments.flatMap((a) => a.hiredCertificates.map((c) => c.number))).toContain(
      otherCertificate,
    );
  });
});
