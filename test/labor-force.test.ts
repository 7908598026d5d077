import { COUNTIES } from '../demo/world';
import { type Stack, startStack } from './helpers/stack';

const SET = 'mutation($input: SetUrbanLaborForceInput!) { setUrbanLaborForce(input: $input) { countyCode year persons } }';
const RATE = `query($y: Int!) { county(code: "320830") { urbanLaborForce(year: $y)
  employmentProgress(year: $y, month: 6) { registeredUnemployed registeredUnemploymentRate } } }`;
type Rate = {
  county: {
    urbanLaborForce: number | null;
    employmentProgress: { registeredUnemployed: number; registeredUnemploymentRate: number | null };
  };
};

/** 城镇从业人员: the joint office sets each county's labour force per year; the rate of a year reads that year's. */
describe('urban labour force by year', () => {
  let stack: Stack;
  beforeAll(async () => {
    // A business date in 2005, so 2004 and 2005 can be reported on although the demo world is 2003's.
    stack = await startStack({ businessDate: '2005-12-31' });
  });
  afterAll(() => stack?.stop());

  const rate = async (year: number) => {
    const res = await stack.query<Rate>(RATE, { y: year }, 'reporter');
    expect(res.errors).toBeUndefined();
    return res.data!.county;
  };
  const set = (input: Record<string, unknown>, caller: Parameters<Stack['query']>[2] = 'jointOffice') =>
    stack.query<{ setUrbanLaborForce: { countyCode: string; year: number; persons: number } }>(SET, { input }, caller);
  const expectedRate = (unemployed: number, persons: number) => Math.round((unemployed * 10_000) / persons) / 100;

  it("answers 2003 from the demo counties' figures", async () => {
    const county = await rate(2003);
    expect(county.urbanLaborForce).toBe(COUNTIES.find((c) => c.code === '320830')!.urbanLaborForce);
    expect(county.employmentProgress.registeredUnemploymentRate).toBe(
      expectedRate(county.employmentProgress.registeredUnemployed, county.urbanLaborForce!),
    );
  });

  it('answers a null rate for a year without a figure, and the rate once the joint office sets one', async () => {
    const before = await rate(2004);
    expect(before.urbanLaborForce).toBeNull();
    expect(before.employmentProgress.registeredUnemployed).toBeGreaterThan(0);
    expect(before.employmentProgress.registeredUnemploymentRate).toBeNull();

    const res = await set({ countyCode: '320830', year: 2004, persons: 37_000 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setUrbanLaborForce).toEqual({ countyCode: '320830', year: 2004, persons: 37_000 });
    const after = await rate(2004);
    expect(after.urbanLaborForce).toBe(37_000);
    expect(after.employmentProgress.registeredUnemploymentRate).toBe(expectedRate(after.employmentProgress.registeredUnemployed, 37_000));
    // Another year's figure is not borrowed.
    expect((await rate(2005)).employmentProgress.registeredUnemploymentRate).toBeNull();
  });

  it('replaces the figure when set again for the same county and year', async () => {
    expect((await set({ countyCode: '320830', year: 2005, persons: 50_000 })).errors).toBeUndefined();
    expect((await set({ countyCode: '320830', year: 2005, persons: 20_000 })).errors).toBeUndefined();
    const county = await rate(2005);
    expect(county.urbanLaborForce).toBe(20_000);
    // Without a year the field answers the business date's year (2005 here).
    const current = await stack.query<{ county: { urbanLaborForce: number | null } }>(
      '{ county(code: "320830") { urbanLaborForce } }',
      {},
      'reporter',
    );
    expect(current.data!.county.urbanLaborForce).toBe(20_000);
    // Both writes are in labor's audit trail, so the replaced figure is on record.
    const trail = await stack.query<{ laborAuditTrail: { edges: { node: { operation: string; entityIds: string[] } }[] } }>(
      '{ laborAuditTrail(first: 20) { edges { node { operation entityIds } } } }',
      {},
      'auditor',
    );
    const writes = trail.data!.laborAuditTrail.edges.filter(
      (e) => e.node.operation === 'setUrbanLaborForce' && e.node.entityIds.includes('320830:2005'),
    );
    expect(writes).toHaveLength(2);
    expect(county.employmentProgress.registeredUnemploymentRate).toBe(expectedRate(county.employmentProgress.registeredUnemployed, 20_000));
  });

  it('gives the city a labour force only when every county has one for the year', async () => {
    const city = 'query($y: Int!) { city { urbanLaborForce(year: $y) } }';
    const res = await stack.query<{ city: { urbanLaborForce: number | null } }>(city, { y: 2003 }, 'reporter');
    expect(res.data!.city.urbanLaborForce).toBe(COUNTIES.reduce((sum, c) => sum + c.urbanLaborForce, 0));
    // 2004 has only 320830's.
    expect(
      (await stack.query<{ city: { urbanLaborForce: number | null } }>(city, { y: 2004 }, 'reporter')).data!.city.urbanLaborForce,
    ).toBeNull();
  });

  it('refuses a labor clerk without joint:write, and writes nothing', async () => {
    const res = await set({ countyCode: '320831', year: 2004, persons: 10_000 }, 'labor');
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const check = 'query { county(code: "320831") { urbanLaborForce(year: 2004) } }';
    expect(
      (await stack.query<{ county: { urbanLaborForce: number | null } }>(check, {}, 'reporter')).data!.county.urbanLaborForce,
    ).toBeNull();
  });

  it.each([
    ['input.year', { countyCode: '320830', year: 2002, persons: 1000 }],
    ['input.year', { countyCode: '320830', year: 2101, persons: 1000 }],
    ['input.persons', { countyCode: '320830', year: 2004, persons: 0 }],
    ['input.persons', { countyCode: '320830', year: 2004, persons: -5 }],
    ['input.countyCode', { countyCode: '320899', year: 2004, persons: 1000 }],
  ])('names %s when it is out of range', async (field, input) => {
    expect((await set({ countyCode: '320830', year: 2004, persons: 12_345 })).errors).toBeUndefined();
    const res = await set(input);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    // The earlier figure stands.
    expect((await rate(2004)).urbanLaborForce).toBe(12_345);
  });
});
