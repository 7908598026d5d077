import { countyClerk } from './helpers/expect';
import { type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/**
 * Street and community labor-security platforms (街道/社区劳动保障工作平台) and the "six in
 * place" (六个到位) that the notice orders by the end of July 2003.
 */
const REGISTER = `mutation($input: RegisterCommunityPlatformInput!) {
  registerCommunityPlatform(input: $input) { id street community level readinessStatus late missingItems county { code } } }`;
const RECORD = `mutation($input: RecordPlatformReadinessInput!) {
  recordPlatformReadiness(input: $input) { id rulesOn readinessStatus missingItems completedOn } }`;
const PLATFORM = `query($id: ID!) { communityPlatform(id: $id) { id readinessStatus late missingItems completedOn operationsOn } }`;
const LATE = `query($county: ID!, $first: Int!, $after: String) {
  lateCommunityPlatforms(countyCode: $county, first: $first, after: $after) {
    edges { node { id readinessStatus } } pageInfo { hasNextPage endCursor } } }`;
const STATS = `{ counties { code platformReadiness { platforms readyOnTime readyLate overdue inProgress late } } }`;
const ITEMS = ['ORGANIZATION', 'STAFF', 'FUNDING', 'PREMISES', 'RULES', 'OPERATIONS'];

async function ok<T>(stack: Stack, query: string, variables: Record<string, unknown> = {}, caller: Caller = 'labor'): Promise<T> {
  const { data, errors } = await stack.query<T>(query, variables, caller);
  expect(errors).toBeUndefined();
  return data as T;
}
async function refused(stack: Stack, query: string, variables: Record<string, unknown>, caller: Caller = 'labor') {
  const { errors } = await stack.query(query, variables, caller);
  expect(errors).toHaveLength(1);
  return errors![0].extensions ?? {};
}

async function platform(stack: Stack, countyCode: string, street: string, community?: string): Promise<string> {
  return (await ok<{ registerCommunityPlatform: { id: string } }>(stack, REGISTER, { input: { countyCode, street, community } }))
    .registerCommunityPlatform.id;
}

/** Records several items in one request (aliased mutations run in order). */
async function inPlace(stack: Stack, platformId: string, dates: Record<string, string>): Promise<void> {
  const fields = Object.entries(dates).map(
    ([item, on], i) => `m${i}: recordPlatformReadiness(input: { platformId: "${platformId}", item: ${item}, inPlaceOn: "${on}" }) { id }`,
  );
  await ok(stack, `mutation { ${fields.join(' ')} }`);
}
const allOn = (day: string, except: string[] = []) => Object.fromEntries(ITEMS.filter((i) => !except.includes(i)).map((i) => [i, day]));

type Stats = { counties: { code: string; platformReadiness: Record<string, number> }[] };
const statsOf = async (stack: Stack, county: string, caller: Caller = 'reporter') =>
  (await ok<Stats>(stack, STATS, {}, caller)).counties.find((c) => c.code === county)!.platformReadiness;

describe('labor duties: community platforms after the deadline (business date 2003-08-15)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  it('records one platform per street and per community, in the city, by labor of that county', async () => {
    const street = await ok<{ registerCommunityPlatform: Record<string, unknown> }>(stack, REGISTER, {
      input: { countyCode: '320803', street: ' 淮城镇 ' },
    });
    expect(street.registerCommunityPlatform).toMatchObject({
      street: '淮城镇',
      community: null,
      level: 'STREET',
      readinessStatus: 'OVERDUE',
      late: true,
      missingItems: ITEMS,
      county: { code: '320803' },
    });
    const community = await ok<{ registerCommunityPlatform: Record<string, unknown> }>(stack, REGISTER, {
      input: { countyCode: '320803', street: '淮城镇', community: '北门社区' },
    });
    expect(community.registerCommunityPlatform).toMatchObject({ community: '北门社区', level: 'COMMUNITY' });
    await platform(stack, '320803', '河下镇', '北门社区');

    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '淮城镇' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '淮城镇', community: '北门社区' } })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await refused(stack, REGISTER, { input: { countyCode: '321000', street: '淮城镇' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.countyCode',
    });
    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '  ' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.street',
    });
    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '淮城镇', community: '' } })).toMatchObject({
      field: 'input.community',
    });
    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '车桥镇' } }, countyClerk('320826'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(stack, REGISTER, { input: { countyCode: '320803', street: '车桥镇' } }, 'finance')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('records each readiness item once, on a date not after the business date', async () => {
    const id = await platform(stack, '320802', '清江街道');
    const input = { platformId: id, item: 'RULES', inPlaceOn: '2003-08-16' };
    expect(await refused(stack, RECORD, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.inPlaceOn' });
    const data = await ok<{ recordPlatformReadiness: Record<string, unknown> }>(stack, RECORD, {
      input: { ...input, inPlaceOn: '2003-08-15' },
    });
    expect(data.recordPlatformReadiness).toMatchObject({ rulesOn: '2003-08-15', readinessStatus: 'OVERDUE', completedOn: null });
    expect(data.recordPlatformReadiness.missingItems).toEqual(['ORGANIZATION', 'STAFF', 'FUNDING', 'PREMISES', 'OPERATIONS']);
    expect(await refused(stack, RECORD, { input: { ...input, inPlaceOn: '2003-07-01' } })).toMatchObject({
      code: 'CONFLICT',
      field: 'input.item',
    });
    expect(await refused(stack, RECORD, { input: { ...input, platformId: '999999', inPlaceOn: '2003-07-01' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await refused(stack, RECORD, { input: { ...input, item: 'STAFF', inPlaceOn: '2003-07-01' } }, countyClerk('320826')),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the late platforms of a county: completed after 31 July or still incomplete', async () => {
    const onTime = await platform(stack, '320804', '王营镇');
    const completedLate = await platform(stack, '320804', '王营镇', '人民社区');
    const missingRules = await platform(stack, '320804', '王营镇', '淮海社区');
    const nothing = await platform(stack, '320804', '渔沟镇');
    await inPlace(stack, onTime, allOn('2003-07-31'));
    await inPlace(stack, completedLate, { ...allOn('2003-07-01', ['OPERATIONS']), OPERATIONS: '2003-08-01' });
    await inPlace(stack, missingRules, allOn('2003-06-30', ['RULES']));

    const status = async (id: string) =>
      (await ok<{ communityPlatform: Record<string, unknown> }>(stack, PLATFORM, { id })).communityPlatform;
    expect(await status(onTime)).toMatchObject({
      readinessStatus: 'READY_ON_TIME',
      late: false,
      missingItems: [],
      completedOn: '2003-07-31',
    });
    expect(await status(completedLate)).toMatchObject({
      readinessStatus: 'READY_LATE',
      late: true,
      completedOn: '2003-08-01',
      operationsOn: '2003-08-01',
    });
    expect(await status(missingRules)).toMatchObject({ readinessStatus: 'OVERDUE', late: true, missingItems: ['RULES'] });

    type Late = {
      lateCommunityPlatforms: {
        edges: { node: { id: string; readinessStatus: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await ok<Late>(stack, LATE, { county: '320804', first: 2 });
    expect(first.lateCommunityPlatforms.edges.map((e) => e.node)).toEqual([
      { id: completedLate, readinessStatus: 'READY_LATE' },
      { id: missingRules, readinessStatus: 'OVERDUE' },
    ]);
    expect(first.lateCommunityPlatforms.pageInfo.hasNextPage).toBe(true);
    const rest = await ok<Late>(stack, LATE, { county: '320804', first: 2, after: first.lateCommunityPlatforms.pageInfo.endCursor });
    expect(rest.lateCommunityPlatforms.edges.map((e) => e.node.id)).toEqual([nothing]);
    expect(rest.lateCommunityPlatforms.pageInfo.hasNextPage).toBe(false);

    expect(await refused(stack, LATE, { county: '320804', first: 2 }, countyClerk('320826'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(stack, LATE, { county: '320804', first: 2 }, 'reporter')).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("counts each county's platforms against the deadline in one aggregate, for report tokens", async () => {
    // Its own platforms in a county no other test of this file writes, counted against what was there before.
    const before = await statsOf(stack, '320811');
    const onTime = await platform(stack, '320811', '长西街道');
    const late = await platform(stack, '320811', '长西街道', '西安路社区');
    const overdue = await platform(stack, '320811', '长西街道', '城南社区');
    await platform(stack, '320811', '浦楼街道');
    await inPlace(stack, onTime, allOn('2003-07-31'));
    await inPlace(stack, late, { ...allOn('2003-07-01', ['OPERATIONS']), OPERATIONS: '2003-08-01' });
    await inPlace(stack, overdue, allOn('2003-06-30', ['RULES']));
    const added = { platforms: 4, readyOnTime: 1, readyLate: 1, overdue: 2, inProgress: 0, late: 3 };
    expect(await statsOf(stack, '320811')).toEqual(Object.fromEntries(Object.entries(added).map(([key, n]) => [key, before[key] + n])));
    expect(await statsOf(stack, '320831')).toEqual({ platforms: 0, readyOnTime: 0, readyLate: 0, overdue: 0, inProgress: 0, late: 0 });
    const { errors } = await stack.query(STATS, {}, { sub: 'x', dept: 'tax', scope: 'tax:write' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    stack.subgraphs.labor.queries.reset();
    await ok(stack, STATS, {}, 'reporter');
    // the counties, then one GROUP BY for all eight
    expect(stack.subgraphs.labor.queries.total).toBe(2);
  });
});

describe('labor duties: community platforms on the deadline day (business date 2003-07-31)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false, businessDate: '2003-07-31' });
  });
  afterAll(() => stack?.stop());

  it('is not late yet while incomplete, and on time when the last item comes in that day', async () => {
    const id = await platform(stack, '320830', '盱城镇');
    await inPlace(stack, id, allOn('2003-07-10', ['FUNDING']));
    expect((await ok<{ communityPlatform: Record<string, unknown> }>(stack, PLATFORM, { id })).communityPlatform).toMatchObject({
      readinessStatus: 'IN_PROGRESS',
      late: false,
      missingItems: ['FUNDING'],
    });
    expect(
      (await ok<{ lateCommunityPlatforms: { edges: unknown[] } }>(stack, LATE, { county: '320830', first: 10 })).lateCommunityPlatforms
        .edges,
    ).toEqual([]);
    expect(await statsOf(stack, '320830')).toMatchObject({ platforms: 1, inProgress: 1, overdue: 0, late: 0 });

    await inPlace(stack, id, { FUNDING: '2003-07-31' });
    expect((await ok<{ communityPlatform: Record<string, unknown> }>(stack, PLATFORM, { id })).communityPlatform).toMatchObject({
      readinessStatus: 'READY_ON_TIME',
      late: false,
      completedOn: '2003-07-31',
    });
    expect(await statsOf(stack, '320830')).toMatchObject({ platforms: 1, readyOnTime: 1, inProgress: 0, late: 0 });
  });
});
