import { COUNTIES } from '../demo/world';
import { type Stack, startStack } from './helpers/stack';

const FIGURES = 'jobsCreated netNewEmployment reemployed hardshipReemployed ruralLaborExported registeredUnemploymentRate';
const TABLE = `query($y: Int!) { cityTargets(year: $y) { areaCode year ${FIGURES} } counties { code targets(year: $y) { ${FIGURES} } } }`;
const SET = `mutation($input: SetEmploymentTargetsInput!) { setEmploymentTargets(input: $input) { areaCode year ${FIGURES} } }`;
const COUNTS = ['jobsCreated', 'netNewEmployment', 'reemployed', 'hardshipReemployed', 'ruralLaborExported'] as const;
type Figures = Record<(typeof COUNTS)[number] | 'registeredUnemploymentRate', number>;
type Table = { cityTargets: (Figures & { areaCode: string }) | null; counties: { code: string; targets: Figures | null }[] };

/** 目标责任: the joint office's yearly target table, the county figures adding up to the city's. */
describe('labor employment targets', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const table = async (year: number, caller: Parameters<Stack['query']>[2] = 'reporter') => stack.query<Table>(TABLE, { y: year }, caller);

  it("seeds the notice's 2003 targets, split among the counties by population weight", async () => {
    const { data, errors } = await table(2003);
    expect(errors).toBeUndefined();
    const city = {
      jobsCreated: 35_000,
      netNewEmployment: 24_000,
      reemployed: 27_000,
      hardshipReemployed: 5_000,
      ruralLaborExported: 100_000,
      registeredUnemploymentRate: 4.5,
    };
    expect(data!.cityTargets).toEqual({ areaCode: '320800', year: 2003, ...city });
    const weight = new Map(COUNTIES.map((c) => [c.code, c.weight]));
    const totalWeight = COUNTIES.reduce((sum, c) => sum + c.weight, 0);
    for (const key of COUNTS) {
      expect(data!.counties.reduce((sum, c) => sum + c.targets![key], 0)).toBe(city[key]);
      for (const c of data!.counties) expect(Math.abs(c.targets![key] - (city[key] * weight.get(c.code)!) / totalWeight)).toBeLessThan(1);
    }
    for (const c of data!.counties) expect(c.targets!.registeredUnemploymentRate).toBe(4.5);
  });

  function input(year: number, scale = 1) {
    const counties = COUNTIES.map((c, i) => ({
      countyCode: c.code,
      jobsCreated: 100 * scale + i,
      netNewEmployment: 50,
      reemployed: 80,
      hardshipReemployed: 10,
      ruralLaborExported: 300,
      registeredUnemploymentRate: 4 + i / 4,
    }));
    const sum = (key: (typeof COUNTS)[number]) => counties.reduce((s, c) => s + c[key], 0);
    const city = {
      jobsCreated: sum('jobsCreated'),
      netNewEmployment: sum('netNewEmployment'),
      reemployed: sum('reemployed'),
      hardshipReemployed: sum('hardshipReemployed'),
      ruralLaborExported: sum('ruralLaborExported'),
      registeredUnemploymentRate: 4.25,
    };
    return { year, city, counties };
  }

  it("lets the joint office set and replace a year's table", async () => {
    const set = await stack.query(SET, { input: input(2004) }, 'jointOffice');
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({ setEmploymentTargets: { areaCode: '320800', year: 2004, ...input(2004).city } });
    const replaced = await stack.query(SET, { input: input(2004, 2) }, 'jointOffice');
    expect(replaced.errors).toBeUndefined();
    const { data } = await table(2004);
    expect(data!.cityTargets!.jobsCreated).toBe(input(2004, 2).city.jobsCreated);
    expect(data!.counties.find((c) => c.code === '320831')!.targets).toEqual({
      ...input(2004, 2).counties[7],
      countyCode: undefined,
      registeredUnemploymentRate: 5.75,
    });
  });

  it.each([
    ['input.counties', (i: ReturnType<typeof input>) => ({ ...i, city: { ...i.city, reemployed: i.city.reemployed + 1 } })],
    ['input.counties', (i: ReturnType<typeof input>) => ({ ...i, counties: i.counties.slice(1) })],
    [
      'input.counties.1.countyCode',
      (i: ReturnType<typeof input>) => ({ ...i, counties: [i.counties[0], i.counties[0], ...i.counties.slice(2)] }),
    ],
    [
      'input.counties.0.countyCode',
      (i: ReturnType<typeof input>) => ({ ...i, counties: [{ ...i.counties[0], countyCode: '320801' }, ...i.counties.slice(1)] }),
    ],
    [
      'input.counties.2.hardshipReemployed',
      (i: ReturnType<typeof input>) => ({ ...i, counties: i.counties.map((c, n) => (n === 2 ? { ...c, hardshipReemployed: -1 } : c)) }),
    ],
    [
      'input.city.registeredUnemploymentRate',
      (i: ReturnType<typeof input>) => ({ ...i, city: { ...i.city, registeredUnemploymentRate: 0 } }),
    ],
    [
      'input.city.registeredUnemploymentRate',
      (i: ReturnType<typeof input>) => ({ ...i, city: { ...i.city, registeredUnemploymentRate: 4.555 } }),
    ],
    ['input.year', (i: ReturnType<typeof input>) => ({ ...i, year: 2002 })],
  ])('refuses a table with a bad %s and keeps the old one', async (field, spoil) => {
    expect((await stack.query(SET, { input: input(2004, 2) }, 'jointOffice')).errors).toBeUndefined();
    const res = await stack.query(SET, { input: spoil(input(2004, 3)) }, 'jointOffice');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await table(2004)).data!.cityTargets!.jobsCreated).toBe(input(2004, 2).city.jobsCreated);
  });

  it('accepts the limits: a rate of 100 % or 0.01 %, zero counts', async () => {
    const zero = input(2005);
    const ok = {
      ...zero,
      city: { ...zero.city, registeredUnemploymentRate: 100, hardshipReemployed: 0 },
      counties: zero.counties.map((c) => ({ ...c, registeredUnemploymentRate: 0.01, hardshipReemployed: 0 })),
    };
    expect((await stack.query(SET, { input: ok }, 'jointOffice')).errors).toBeUndefined();
  });

  it("is the joint office's action; aggregate readers may read it, the feed partner may not", async () => {
    for (const caller of ['labor', 'reporter'] as const) {
      expect((await stack.query(SET, { input: input(2006) }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await table(2006)).data!.cityTargets).toBeNull();
    expect((await table(2003, 'labor')).errors).toBeUndefined();
    expect((await table(2003, 'feedPartner')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
