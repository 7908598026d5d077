import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * Commerce's columns of the joint meeting's monthly report (JointMeetingReport): counted in
 * SQL, checked here against the register's own rows, and moved by new registrations,
 * exemptions and employee counts in the right month only.
 */
const PERIOD =
  'month { individualBusinesses enterprises feeExemptions feeExemptedAmount }\n yearToDate { individualBusinesses enterprises feeExemptions feeExemptedAmount }\n privateEconomyEmployees';
const REPORT = `query Report($year: Int!, $month: Int!) { counties { code name registrationStats(year: $year, month: $month) { ${PERIOD} } } }`;
const ONE_COUNTY = `query One($code: ID!, $year: Int!, $month: Int!) { county(code: $code) { registrationStats(year: $year, month: $month) { ${PERIOD} } } }`;
const REGISTER_ENTRY = `query Entries($code: ID!) { enterprises(countyCode: $code, first: 100) { edges { node { kind registeredOn employeeCount feeExemption { validFrom totalWaived } } } } }`;

interface Period {
  individualBusinesses: number;
  enterprises: number;
  feeExemptions: number;
  feeExemptedAmount: string;
}
interface Stats {
  month: Period;
  yearToDate: Period;
  privateEconomyEmployees: number;
}
interface Entry {
  kind: string;
  registeredOn: string;
  employeeCount: number;
  feeExemption: { validFrom: string; totalWaived: string } | null;
}

const yuan = (fen: number) => (fen / 100).toFixed(2);
const fen = (money: string) => Math.round(Number(money) * 100);

/** What the report should say, worked out from the register's rows (no employee updates yet). */
function expected(entries: Entry[], from: string, monthStart: string, monthEnd: string): Stats {
  const period = (start: string): Period => {
    const within = (date: string) => date >= start && date <= monthEnd;
    const registered = entries.filter((e) => within(e.registeredOn));
    const exempt = entries.flatMap((e) => (e.feeExemption && within(e.feeExemption.validFrom) ? [e.feeExemption] : []));
    return {
      individualBusinesses: registered.filter((e) => e.kind === 'INDIVIDUAL_BUSINESS').length,
      enterprises: registered.filter((e) => e.kind !== 'INDIVIDUAL_BUSINESS').length,
      feeExemptions: exempt.length,
      feeExemptedAmount: yuan(exempt.reduce((sum, f) => sum + fen(f.totalWaived), 0)),
    };
  };
  const privateEconomy = entries.filter(
    (e) => ['INDIVIDUAL_BUSINESS', 'PRIVATE_ENTERPRISE'].includes(e.kind) && e.registeredOn <= monthEnd,
  );
  return {
    month: period(monthStart),
    yearToDate: period(from),
    privateEconomyEmployees: privateEconomy.reduce((sum, e) => sum + e.employeeCount, 0),
  };
}

describe('commerce: registration statistics for the joint meeting', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  async function report(year: number, month: number, caller: 'jointOffice' | 'reporter' = 'jointOffice'): Promise<Map<string, Stats>> {
    const { data, errors } = await stack.query<{ counties: { code: string; registrationStats: Stats }[] }>(REPORT, { year, month }, caller);
    expect(errors).toBeUndefined();
    return new Map(data!.counties.map((c) => [c.code, c.registrationStats]));
  }

  it('matches the demo register in every county, month and year to date', async () => {
    const july = await report(2003, 7);
    expect(july.size).toBe(8);
    for (const [code, stats] of july) {
      const { data } = await stack.query<{ enterprises: { edges: { node: Entry }[] } }>(REGISTER_ENTRY, { code });
      const entries = data!.enterprises.edges.map((e) => e.node);
      expect(stats).toEqual(expected(entries, '2003-01-01', '2003-07-01', '2003-07-31'));
    }
    // The demo world has holders' businesses with exemptions in July, and employees everywhere.
    expect([...july.values()].some((s) => s.month.individualBusinesses > 0 && s.month.feeExemptions > 0)).toBe(true);
    expect([...july.values()].every((s) => s.privateEconomyEmployees > 0 && s.yearToDate.feeExemptions > 0)).toBe(true);
  });

  it("serves the aggregate to the dashboard's report:read token, not to a token without it", async () => {
    const forReporter = await report(2003, 7, 'reporter');
    expect(forReporter).toEqual(await report(2003, 7));
    const laborOnly = await stack.query(REPORT, { year: 2003, month: 7 }, { sub: 'labor-reader', dept: 'labor', scope: 'labor:read' });
    expect(laborOnly.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['month', 2003, 13],
    ['month', 2003, 0],
    ['year', 1989, 6],
  ])('refuses a bad %s', async (field, year, month) => {
    const { errors } = await stack.query(REPORT, { year, month });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('costs commerce one read of its monthly summary and one grouped read of the exemptions for all counties, as for one (three grouped statements before it)', async () => {
    const commerce = stack.subgraphs.commerce;
    commerce.queries.reset();
    await report(2003, 7);
    const all = commerce.queries.total;
    commerce.queries.reset();
    expect((await stack.query(ONE_COUNTY, { code: '320829', year: 2003, month: 7 })).errors).toBeUndefined();
    expect(commerce.queries.total).toBe(all);
    expect(all).toBe(2);
  });

  it('counts new registrations, exemptions and employee counts in their own month', async () => {
    const county = '320829';
    const [julyBefore, augustBefore] = [(await report(2003, 7)).get(county)!, (await report(2003, 8)).get(county)!];

    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '吴春梅', idNumber: freshIdNumber(), countyCode: county, category: 'SOE_UNEMPLOYED', registeredOn: '2003-08-01' },
      },
      'labor',
    );
    const ownerId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId: ownerId },
      'labor',
    );
    await stack.syncFeeds();
    const business = await stack.query(
      contractOperation('RegisterIndividualBusiness'),
      {
        input: {
          ownerId,
          certificateNumber: issued.data!.issueCertificate.number,
          name: '吴记家政',
          industry: 'HOUSEHOLD_SERVICE',
          countyCode: county,
          registeredOn: '2003-08-15',
        },
      },
      'commerce',
    );
    expect(business.errors).toBeUndefined();

    const register = `mutation R($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { creditCode } }`;
    const entry = (kind: string, registeredOn: string, employeeCount: number) => ({
      input: { name: `洪泽${kind}`, kind, industry: 'MANUFACTURING', countyCode: county, registeredOn, employeeCount },
    });
    const stateOwned = await stack.query(register, entry('STATE_OWNED', '2003-08-06', 100), 'commerce');
    expect(stateOwned.errors).toBeUndefined();
    const privateFirm = await stack.query<{ registerEnterprise: { creditCode: string } }>(
      register,
      entry('PRIVATE_ENTERPRISE', '2003-07-20', 12),
      'commerce',
    );
    const creditCode = privateFirm.data!.registerEnterprise.creditCode;
    const update = `mutation U($input: UpdateEmployeeCountInput!) { updateEmployeeCount(input: $input) { employeeCount } }`;
    expect(
      (await stack.query(update, { input: { creditCode, employeeCount: 20, effectiveOn: '2003-08-10' } }, 'commerce')).errors,
    ).toBeUndefined();

    const [july, august] = [(await report(2003, 7)).get(county)!, (await report(2003, 8)).get(county)!];
    const plus = (p: Period, d: Partial<Record<keyof Period, number>>): Period => ({
      individualBusinesses: p.individualBusinesses + (d.individualBusinesses ?? 0),
      enterprises: p.enterprises + (d.enterprises ?? 0),
      feeExemptions: p.feeExemptions + (d.feeExemptions ?? 0),
      feeExemptedAmount: yuan(fen(p.feeExemptedAmount) + (d.feeExemptedAmount ?? 0)),
    });
    // July: the private firm (12 staff then); its later update does not rewrite July.
    expect(july).toEqual({
      month: plus(julyBefore.month, { enterprises: 1 }),
      yearToDate: plus(julyBefore.yearToDate, { enterprises: 1 }),
      privateEconomyEmployees: julyBefore.privateEconomyEmployees + 12,
    });
    // August: the business with its exemption (¥750 waived) and the state-owned firm, whose
    // 100 staff are the statistics bureau's; the private firm now counts 20.
    expect(august).toEqual({
      month: plus(augustBefore.month, { individualBusinesses: 1, enterprises: 1, feeExemptions: 1, feeExemptedAmount: 75_000 }),
      yearToDate: plus(augustBefore.yearToDate, { individualBusinesses: 1, enterprises: 2, feeExemptions: 1, feeExemptedAmount: 75_000 }),
      privateEconomyEmployees: augustBefore.privateEconomyEmployees + 1 + 20,
    });
  });
});
