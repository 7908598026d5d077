import { commerceBusiness, commerceEnterprise } from './helpers/commerce-register';
import { formatYuan } from '../shared/money';
import { buildDemoWorld } from '../demo/world';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * Tax's monthly figures for the joint meeting (County.taxReliefStats, the tax part of
 * JointMeetingReport) and the amounts that may offset each office's collection quota,
 * aggregated in SQL by grant date. Demo reliefs were granted from February to August 2003.
 */
const STATS = `query S($year: Int!, $month: Int!) {
  counties { code taxReliefStats(year: $year, month: $month) { month { persons enterprises amount } yearToDate { persons enterprises amount } } }
}`;
const OFFSET = `query O($office: TaxOffice!, $county: ID!, $from: Date!, $to: Date!) {
  taxCollectionQuotaOffset(office: $office, countyCode: $county, from: $from, to: $to) { reliefs amount byTaxType { taxType reliefs amount } }
}`;
const REGISTER = 'mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }';
const ASSESS = 'mutation A($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { id } }';

interface Figures {
  persons: number;
  enterprises: number;
  amount: string;
}
interface CountyStats {
  code: string;
  taxReliefStats: { month: Figures; yearToDate: Figures };
}
interface Offset {
  reliefs: number;
  amount: string;
  byTaxType: { taxType: string; reliefs: number; amount: string }[];
}

describe('tax: monthly relief figures and collection-quota offsets', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function stats(
    month: number,
    caller: Parameters<Stack['query']>[2] = 'reporter',
  ): Promise<Map<string, CountyStats['taxReliefStats']>> {
    const { data, errors } = await stack.query<{ counties: CountyStats[] }>(STATS, { year: 2003, month }, caller);
    expect(errors).toBeUndefined();
    return new Map(data!.counties.map((c) => [c.code, c.taxReliefStats]));
  }

  async function offset(office: string, from: string, to: string): Promise<Offset> {
    const { data, errors } = await stack.query<{ taxCollectionQuotaOffset: Offset }>(
      OFFSET,
      { office, county: '320803', from, to },
      'reporter',
    );
    expect(errors).toBeUndefined();
    return data!.taxCollectionQuotaOffset;
  }

  it("reports each county's individual relief of a month and the year to date, from the demo world", async () => {
    const july = await stats(7);
    const persons = buildDemoWorld().persons.filter((p) => p.taxRelief);
    for (const [code, figures] of july) {
      const ytd = persons.filter((p) => p.countyCode === code && p.taxRelief!.periodStart <= '2003-07-31');
      const month = ytd.filter((p) => p.taxRelief!.periodStart >= '2003-07-01');
      expect(figures).toEqual({
        month: { persons: month.length, enterprises: 0, amount: formatYuan(month.reduce((s, p) => s + p.taxRelief!.amountFen, 0n)) },
        yearToDate: { persons: ytd.length, enterprises: 0, amount: formatYuan(ytd.reduce((s, p) => s + p.taxRelief!.amountFen, 0n)) },
      });
    }
    expect([...july.values()].some((f) => f.month.persons > 0)).toBe(true);
  });

  it('counts the employers relieved in August as the dossiers show them', async () => {
    const august = await stats(8);
    const list = await stack.query<{ enterprises: { edges: { node: { kind: string; taxReliefs: unknown[] } }[] } }>(
      '{ enterprises(countyCode: "320803", first: 100) { edges { node { kind taxReliefs { id } } } } }',
    );
    // An individual business's dossier shows its own relief too; the figure counts employers.
    const relieved = list.data!.enterprises.edges.filter(
      (e) => e.node.kind !== 'INDIVIDUAL_BUSINESS' && e.node.taxReliefs.length > 0,
    ).length;
    expect(relieved).toBeGreaterThan(0);
    expect(august.get('320803')!.month.enterprises).toBe(relieved);
    expect(august.get('320803')!.yearToDate.enterprises).toBe(relieved);
  });

  it('counts a person relieved twice once, adds amounts, and leaves earlier months alone; offsets each office', async () => {
    const julyBefore = await stats(7);
    const augustBefore = (await stats(8)).get('320803')!;
    const localBefore = await offset('LOCAL', '2003-08-01', '2003-08-31');
    const stateBefore = await offset('STATE', '2003-08-01', '2003-08-31');

    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '吴春梅', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-05-01' },
      },
      'labor',
    );
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId: person.data!.registerPerson.id },
      'labor',
    );
    const number = issued.data!.issueCertificate.number;
    await stack.syncFeeds();
    const business = await commerceBusiness(stack, person.data!.registerPerson.id, { industry: 'BARBER', registeredOn: '2003-08-01' });
    await stack.query(
      REGISTER,
      {
        input: {
          creditCode: business,
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'BARBER',
          registeredOn: '2003-08-01',
          countyCode: '320803',
          ownerCertificateNumber: number,
        },
      },
      'tax',
    );
    const employer = await commerceEnterprise(stack, { industry: 'CATERING', registeredOn: '2003-03-01', taxOffices: ['STATE'] });
    await stack.query(
      ASSESS,
      {
        input: {
          enterpriseCreditCode: employer,
          kind: 'NEW_SERVICE_ENTERPRISE',
          staffCount: 3,
          hiredCertificateNumbers: [number],
          overrideReason: '认定材料',
        },
      },
      'tax',
    );
    const grants = [
      { certificateNumber: number, taxType: 'BUSINESS_TAX', amount: '100.10' },
      { certificateNumber: number, taxType: 'INDIVIDUAL_INCOME_TAX', amount: '50.05' },
      { certificateNumber: number, taxType: 'ENTERPRISE_INCOME_TAX', amount: '1000.00', enterpriseCreditCode: employer },
    ];
    for (const input of grants) {
      const granted = await stack.query(
        contractOperation('GrantTaxRelief'),
        { input: { ...input, periodStart: '2003-08-15', periodEnd: '2003-12-31' } },
        'tax',
      );
      expect(granted.errors).toBeUndefined();
    }

    const fen = (yuan: string) => BigInt(yuan.replace('.', ''));
    const plus = (yuan: string, delta: bigint) => formatYuan(fen(yuan) + delta);
    const august = (await stats(8)).get('320803')!;
    expect(august.month).toEqual({
      persons: augustBefore.month.persons + 1,
      enterprises: augustBefore.month.enterprises + 1,
      amount: plus(augustBefore.month.amount, 115015n),
    });
    expect(august.yearToDate).toEqual({
      persons: augustBefore.yearToDate.persons + 1,
      enterprises: augustBefore.yearToDate.enterprises + 1,
      amount: plus(augustBefore.yearToDate.amount, 115015n),
    });
    expect(await stats(7)).toEqual(julyBefore);

    const local = await offset('LOCAL', '2003-08-01', '2003-08-31');
    expect(local.reliefs).toBe(localBefore.reliefs + 2);
    expect(local.amount).toBe(plus(localBefore.amount, 15015n));
    expect(local.byTaxType).toContainEqual({ taxType: 'INDIVIDUAL_INCOME_TAX', reliefs: 1, amount: '50.05' });
    const state = await offset('STATE', '2003-08-01', '2003-08-31');
    expect(state).toMatchObject({ reliefs: stateBefore.reliefs + 1, amount: plus(stateBefore.amount, 100000n) });
    expect(await offset('STATE', '2003-08-16', '2003-12-31')).toEqual({ reliefs: 0, amount: '0.00', byTaxType: [] });
  });

  it('answers the tax fields of the JointMeetingReport with the same figures', async () => {
    const { data, errors } = await stack.query<{ counties: CountyStats[] }>(contractOperation('JointMeetingReport'), {
      year: 2003,
      month: 7,
    });
    expect(errors).toBeUndefined();
    const july = await stats(7);
    expect(data!.counties).toHaveLength(8);
    for (const county of data!.counties) expect(county.taxReliefStats).toEqual(july.get(county.code));
  });

  it('costs tax one SQL statement for the eight counties of a report', async () => {
    stack.subgraphs.tax.queries.reset();
    expect((await stats(8)).size).toBe(8);
    expect(stack.subgraphs.tax.queries.total).toBe(1);
  });

  it('refuses a bad month, county or period, naming the argument', async () => {
    const month = await stack.query(STATS, { year: 2003, month: 13 }, 'reporter');
    expect(month.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    const county = await stack.query(OFFSET, { office: 'LOCAL', county: '320899', from: '2003-01-01', to: '2003-12-31' }, 'reporter');
    expect(county.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countyCode' });
    const period = await stack.query(OFFSET, { office: 'LOCAL', county: '320803', from: '2003-12-31', to: '2003-01-01' }, 'reporter');
    expect(period.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('shows aggregates to the dashboard token but no relief records, and neither to labor', async () => {
    const dashboard = { sub: 'dashboard', dept: 'joint-office', scope: 'report:read labor:read' } as const;
    const records = await stack.query('{ person(id: "1") { name taxReliefs { amount } } }', {}, dashboard);
    expect(records.errors).toHaveLength(1);
    expect(records.errors?.[0]).toMatchObject({ path: ['person', 'taxReliefs'], extensions: { code: 'FORBIDDEN' } });
    expect((await stats(8, dashboard)).size).toBe(8);
    const labor = await stack.query(STATS, { year: 2003, month: 8 }, 'labor');
    expect(labor.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
