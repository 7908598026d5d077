import { buildDemoWorld } from '../demo/world';
import { makeCreditCode } from '../shared/checksums';
import { commerceEnterprise } from './helpers/commerce-register';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * Employers hiring laid-off persons (财税[2002]208号): the tax office assesses staff and
 * hired certificate holders (认定), and relief with enterpriseCreditCode must rest on an
 * assessment that allows the tax. The enterprises here are new ones commerce registered in
 * 2003; to reach each ratio the figures are typed in as an override with a reason (hires are
 * demo certificate holders the replica holds VALID). Assessments from the records themselves
 * are in tax-new-enterprise.test.ts; the demo's are checked against them below.
 */
const REASON = '认定材料中的人数 (figures from the application file)';
const ASSESS = `mutation A($input: AssessEnterpriseReliefInput!) {
  assessEnterpriseRelief(input: $input) { id kind staffCount hiredCount reachesThirtyPercent reliefTaxTypes incomeTaxReliefBasisPoints hiredCertificates { number } }
}`;
const GRANT = `mutation G($input: GrantTaxReliefInput!) {
  grantTaxRelief(input: $input) { id taxType office taxpayerCreditCode enterprise { creditCode } assessment { id } }
}`;
const HOLDERS = '{ persons(countyCode: "320803", first: 100) { edges { node { certificate { number status } } } } }';

interface Assessed {
  assessEnterpriseRelief: {
    id: string;
    reachesThirtyPercent: boolean;
    reliefTaxTypes: string[];
    incomeTaxReliefBasisPoints: number | null;
  };
}
type Granted = GraphQLResponse<{ grantTaxRelief: { id: string; taxType: string; office: string } }>;

describe('tax: relief of employers on an assessment', () => {
  let stack: Stack;
  let hires: string[];
  let serial = 9_000_000;
  beforeAll(async () => {
    stack = await startStack();
    const { data } = await stack.query<{ persons: { edges: { node: { certificate: { number: string; status: string } | null } }[] } }>(
      HOLDERS,
    );
    hires = data!.persons.edges.flatMap((e) => (e.node.certificate?.status === 'VALID' ? [e.node.certificate.number] : []));
  });
  afterAll(() => stack?.stop());

  /** An enterprise of 320803 commerce registered (new in 2003 by default), registered for tax with the offices given. */
  const enterprise = (industry: string, registeredOn = '2003-02-01', offices: ('STATE' | 'LOCAL')[] = ['STATE', 'LOCAL']) =>
    commerceEnterprise(stack, { industry, registeredOn, taxOffices: offices, countyCode: '320803' });

  const assess = (enterpriseCreditCode: string, kind: string, staffCount: number, hired: number, extra: Record<string, unknown> = {}) =>
    stack.query<Assessed>(
      ASSESS,
      {
        input: {
          enterpriseCreditCode,
          kind,
          staffCount,
          hiredCertificateNumbers: hires.slice(0, hired),
          overrideReason: REASON,
          effectiveFrom: '2003-08-01',
          ...extra,
        },
      },
      'tax',
    );

  const grant = (enterpriseCreditCode: string, taxType: string, extra: Record<string, unknown> = {}): Promise<Granted> =>
    stack.query(
      GRANT,
      {
        input: {
          enterpriseCreditCode,
          certificateNumber: hires[0],
          taxType,
          amount: '5000.00',
          periodStart: '2003-08-01',
          periodEnd: '2004-07-31',
          ...extra,
        },
      },
      'tax',
    );

  function expectRefused(response: GraphQLResponse<unknown>, field: string, message?: RegExp): void {
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    if (message) expect(response.errors?.[0].message).toMatch(message);
  }

  it('finds enough VALID demo hires to assess with', () => {
    expect(hires.length).toBeGreaterThanOrEqual(23);
  });

  it('exempts a service enterprise at exactly 30 % from business tax and income tax, each with its office', async () => {
    const code = await enterprise('CATERING');
    const { data, errors } = await assess(code, 'NEW_SERVICE_ENTERPRISE', 10, 3);
    expect(errors).toBeUndefined();
    expect(data!.assessEnterpriseRelief).toMatchObject({
      reachesThirtyPercent: true,
      reliefTaxTypes: ['BUSINESS_TAX', 'CITY_CONSTRUCTION_TAX', 'EDUCATION_SURCHARGE', 'ENTERPRISE_INCOME_TAX'],
      incomeTaxReliefBasisPoints: 10000,
    });
    expect((await grant(code, 'BUSINESS_TAX')).data!.grantTaxRelief).toMatchObject({
      office: 'LOCAL',
      taxpayerCreditCode: code,
      enterprise: { creditCode: code },
    });
    // Registered in 2003: its income tax is 国税's since the 2002 sharing reform.
    expect((await grant(code, 'ENTERPRISE_INCOME_TAX')).data!.grantTaxRelief).toMatchObject({
      office: 'STATE',
      assessment: { id: data!.assessEnterpriseRelief.id },
    });
  });

  it('only reduces income tax of a service enterprise at 29.9 %: (23 ÷ 77) × 2 = 5974 basis points', async () => {
    const code = await enterprise('HOUSEHOLD_SERVICE');
    const { data } = await assess(code, 'NEW_SERVICE_ENTERPRISE', 77, 23);
    expect(data!.assessEnterpriseRelief).toMatchObject({
      reachesThirtyPercent: false,
      reliefTaxTypes: ['ENTERPRISE_INCOME_TAX'],
      incomeTaxReliefBasisPoints: 5974,
    });
    expectRefused(
      await grant(code, 'BUSINESS_TAX'),
      'input.taxType',
      /23 hired of 77 staff\) allows ENTERPRISE_INCOME_TAX, not BUSINESS_TAX/,
    );
    expect((await grant(code, 'ENTERPRISE_INCOME_TAX')).errors).toBeUndefined();
  });

  it('relieves a retail enterprise at 30 % of the surcharges, not business tax, and of nothing below', async () => {
    const at = await enterprise('RETAIL');
    expect((await assess(at, 'NEW_COMMERCIAL_RETAIL', 10, 3)).data!.assessEnterpriseRelief.reliefTaxTypes).toEqual([
      'CITY_CONSTRUCTION_TAX',
      'EDUCATION_SURCHARGE',
      'ENTERPRISE_INCOME_TAX',
    ]);
    expect((await grant(at, 'CITY_CONSTRUCTION_TAX')).errors).toBeUndefined();
    expectRefused(await grant(at, 'BUSINESS_TAX'), 'input.taxType');
    const below = await enterprise('RETAIL');
    expect((await assess(below, 'NEW_COMMERCIAL_RETAIL', 10, 2)).data!.assessEnterpriseRelief).toMatchObject({
      reliefTaxTypes: [],
      incomeTaxReliefBasisPoints: null,
    });
    expectRefused(await grant(below, 'ENTERPRISE_INCOME_TAX'), 'input.taxType', /allows no relief/);
  });

  it('relieves a main/auxiliary separation entity at 30 % of income tax only', async () => {
    const code = await enterprise('MANUFACTURING');
    expect((await assess(code, 'MAIN_AUXILIARY_SEPARATION', 10, 2)).data!.assessEnterpriseRelief.reliefTaxTypes).toEqual([]);
    expect((await assess(code, 'MAIN_AUXILIARY_SEPARATION', 10, 3)).data!.assessEnterpriseRelief.reliefTaxTypes).toEqual([
      'ENTERPRISE_INCOME_TAX',
    ]);
    expectRefused(await grant(code, 'EDUCATION_SURCHARGE'), 'input.taxType');
    expect((await grant(code, 'ENTERPRISE_INCOME_TAX')).errors).toBeUndefined();
  });

  it('refuses assessments that break a rule, naming the field', async () => {
    const catering = await enterprise('CATERING');
    expectRefused(await assess(catering, 'NEW_COMMERCIAL_RETAIL', 10, 3), 'input.kind', /RETAIL/);
    expectRefused(await assess(await enterprise('SAUNA'), 'NEW_SERVICE_ENTERPRISE', 10, 3), 'input.kind', /excluded/);
    expectRefused(await assess(await enterprise('MANUFACTURING'), 'NEW_SERVICE_ENTERPRISE', 10, 3), 'input.kind', /not a service trade/);
    expectRefused(
      await assess(makeCreditCode('1', '320803', (serial += 1)), 'NEW_SERVICE_ENTERPRISE', 10, 3),
      'input.enterpriseCreditCode',
      /no tax registration/,
    );
    expectRefused(await assess('91320803MA1X000000', 'NEW_SERVICE_ENTERPRISE', 10, 3), 'input.enterpriseCreditCode');
    expectRefused(await assess(catering, 'NEW_SERVICE_ENTERPRISE', 2, 3), 'input.hiredCertificateNumbers', /3 hires for a staff of 2/);
    expectRefused(await assess(catering, 'NEW_SERVICE_ENTERPRISE', 0, 0), 'input.staffCount');
    expectRefused(
      await assess(catering, 'NEW_SERVICE_ENTERPRISE', 10, 3, { hiredCertificateNumbers: [hires[0], hires[0]] }),
      'input.hiredCertificateNumbers',
      /twice/,
    );
    expectRefused(
      await assess(catering, 'NEW_SERVICE_ENTERPRISE', 10, 3, { hiredCertificateNumbers: ['3208032003999999'] }),
      'input.hiredCertificateNumbers',
      /unknown here/,
    );
    expectRefused(await assess(catering, 'NEW_SERVICE_ENTERPRISE', 10, 3, { effectiveFrom: '2006-01-01' }), 'input.effectiveFrom');
    expectRefused(await grant(catering, 'ENTERPRISE_INCOME_TAX'), 'input.enterpriseCreditCode', /no relief assessment/);
  });

  it('rests on a counted hire, from the assessment on, with the office that collects the tax', async () => {
    const code = await enterprise('TRANSPORT', '2003-03-01', ['STATE']);
    expect((await assess(code, 'NEW_SERVICE_ENTERPRISE', 10, 3)).errors).toBeUndefined();
    expectRefused(
      await grant(code, 'ENTERPRISE_INCOME_TAX', { certificateNumber: hires[5] }),
      'input.certificateNumber',
      /not among the hires/,
    );
    expectRefused(await grant(code, 'ENTERPRISE_INCOME_TAX', { periodStart: '2003-07-31' }), 'input.periodStart', /assessment/);
    // Registered in 2003: income tax is 国税's since the 2002 sharing reform.
    expect((await grant(code, 'ENTERPRISE_INCOME_TAX')).data!.grantTaxRelief).toMatchObject({ office: 'STATE' });
    // An enterprise set up before the notice is no 新办 enterprise: not assessed, so never relieved as one.
    const old = await enterprise('TRANSPORT', '2001-03-01', ['STATE', 'LOCAL']);
    const refused = await assess(old, 'NEW_SERVICE_ENTERPRISE', 10, 3);
    expectRefused(refused, 'input.enterpriseCreditCode', /before 2003-01-01/);
    expect(refused.errors?.[0].extensions?.rule).toBe('NOT_A_NEW_ENTERPRISE');
    expectRefused(await grant(old, 'ENTERPRISE_INCOME_TAX'), 'input.enterpriseCreditCode', /no relief assessment/);
  });

  it('refuses overlapping relief of the same tax for the enterprise, whichever hire it rests on, and lets one of concurrent grants through', async () => {
    const code = await enterprise('CLEANING');
    await assess(code, 'NEW_SERVICE_ENTERPRISE', 10, 4);
    expect((await grant(code, 'BUSINESS_TAX')).errors).toBeUndefined();
    expectRefused(
      await grant(code, 'BUSINESS_TAX', { certificateNumber: hires[1], periodStart: '2004-07-31', periodEnd: '2004-12-31' }),
      'input.periodStart',
      /overlaps/,
    );
    const racing = await Promise.all([1, 2, 3].map((i) => grant(code, 'EDUCATION_SURCHARGE', { certificateNumber: hires[i] })));
    expect(racing.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of racing.filter((r) => r.errors)) expectRefused(refused, 'input.periodStart', /overlaps/);
  });

  it('shows a demo employer its relief and assessment in the EnterpriseDossier', async () => {
    const list = await stack.query<{ enterprises: { edges: { node: { creditCode: string; kind: string } }[] } }>(
      '{ enterprises(countyCode: "320803", first: 100) { edges { node { creditCode kind } } } }',
    );
    // The county's demo employers whose hires hold certificates are relieved; take the first.
    const dossiers = [];
    for (const { node } of list.data!.enterprises.edges.filter((e) => e.node.kind === 'PRIVATE_ENTERPRISE')) {
      const answer = await stack.query<{ enterprise: { taxReliefs: { taxType: string; amount: string }[] } }>(
        contractOperation('EnterpriseDossier'),
        { creditCode: node.creditCode },
      );
      expect(answer.errors).toBeUndefined();
      dossiers.push({ code: node.creditCode, dossier: answer });
    }
    const relieved = dossiers.find((d) => d.dossier.data!.enterprise.taxReliefs.length > 0);
    expect(relieved).toBeDefined();
    const { code, dossier } = relieved!;
    expect(dossier.data!.enterprise.taxReliefs).toEqual([
      expect.objectContaining({ taxType: 'ENTERPRISE_INCOME_TAX', amount: expect.stringMatching(/^\d+\.00$/) }),
    ]);
    const assessed = await stack.query<{ enterprise: { taxReliefAssessments: { kind: string; reliefTaxTypes: string[] }[] } }>(
      'query E($c: ID!) { enterprise(creditCode: $c) { taxReliefAssessments { kind reliefTaxTypes } } }',
      { c: code },
    );
    expect(assessed.data!.enterprise.taxReliefAssessments).toEqual([
      expect.objectContaining({ reliefTaxTypes: expect.arrayContaining(['ENTERPRISE_INCOME_TAX']) }),
    ]);
  });

  it("seeds each demo assessment as the records give it: the same figures as assessing again from tax's replicas", async () => {
    const fields = 'kind staffCount hiredCount source recordedStaffCount recordedHiredCount hiredCertificates { number }';
    const list = await stack.query<{
      enterprises: { edges: { node: { creditCode: string; taxReliefAssessments: Record<string, unknown>[] } }[] };
    }>(`{ enterprises(countyCode: "320803", first: 100) { edges { node { creditCode taxReliefAssessments { ${fields} } } } } }`);
    // The demo's employers only: the tests above add enterprises (with overrides) to the county.
    const demo = new Set(buildDemoWorld().enterprises.map((e) => e.creditCode));
    const seeded = list.data!.enterprises.edges.filter((e) => demo.has(e.node.creditCode) && e.node.taxReliefAssessments.length > 0);
    expect(seeded.length).toBe(2);
    for (const { node } of seeded) {
      expect(node.taxReliefAssessments[0]).toMatchObject({ source: 'RECORDS' });
      const again = await stack.query<{ assessEnterpriseRelief: Record<string, unknown> }>(
        `mutation A($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { ${fields} } }`,
        { input: { enterpriseCreditCode: node.creditCode, kind: node.taxReliefAssessments[0].kind, effectiveFrom: '2003-08-01' } },
        'tax',
      );
      expect(again.errors).toBeUndefined();
      expect(again.data!.assessEnterpriseRelief).toEqual(node.taxReliefAssessments[0]);
    }
  });
});
