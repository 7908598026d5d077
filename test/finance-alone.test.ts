import { CITY_COUNTIES } from '../shared/areas';
import { financeSubgraph } from '../subgraphs/finance/src/definition';
import { type LoneSubgraph, startSubgraph } from './helpers/subgraph';
import type { Caller } from './helpers/tokens';

/** Finance by itself: no gateway, no labor to replicate from, its own migrated database. */
describe('the finance subgraph alone', () => {
  let finance: LoneSubgraph;

  beforeAll(async () => {
    finance = await startSubgraph(financeSubgraph, { demoData: true });
  });
  afterAll(async () => {
    await finance?.stop();
  });

  it('gives its SDL (_service) to a composition token only', async () => {
    const ordinary = await finance.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(ordinary.errors?.[0]).toMatchObject({ path: ['_service'], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(ordinary)).not.toContain('type Loan');

    const composer: Caller = { sub: 'ci-compose', dept: 'joint-office', scope: 'graph:compose' };
    const sdl = await finance.query<{ _service: { sdl: string } }>('{ _service { sdl } }', undefined, composer);
    expect(sdl.errors).toBeUndefined();
    expect(sdl.data?._service.sdl).toContain('type Loan');
    expect(sdl.data?._service.sdl).toContain('type GuaranteeFund');
  });

  it('answers a query from its own database over HTTP', async () => {
    const res = await finance.query<{ guaranteeFunds: { countyCode: string; institutionName: string }[] }>(
      '{ guaranteeFunds { countyCode institutionName } }',
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const funds = res.data?.guaranteeFunds ?? [];
    expect(funds.map((f) => f.countyCode).sort()).toEqual(CITY_COUNTIES.map((c) => c.code).sort());
    expect(funds.every((f) => f.institutionName.endsWith('再就业小额贷款担保中心'))).toBe(true);
  });

  it('knows its certificate replica never synced: there is no labor to sync from', async () => {
    const res = await finance.query<{ financeCertificateReplica: { certificates: number; lastSyncedAt: string | null; stale: boolean } }>(
      '{ financeCertificateReplica { certificates lastSyncedAt stale } }',
    );
    expect(res.data?.financeCertificateReplica).toEqual({ certificates: 0, lastSyncedAt: null, stale: true });
  });

  it('refuses a caller without a token', async () => {
    const res = await fetch(finance.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ guaranteeFunds { id } }"}',
    });
    expect(res.status).toBe(401);
  });
});
