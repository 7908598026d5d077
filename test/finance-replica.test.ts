import { CertificateReplica, FeedCursor } from '../shared/certificate-replica/replica.entity';
import { CertificateFeedSync, FEED_NAME } from '../shared/certificate-replica/sync';
import { createLogger } from '../shared/logger';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import { tokenFor } from './helpers/tokens';
import { applyForLoan, certifiedHolder, type Holder } from './finance-fixtures';

interface ReplicaStatus {
  lastSequence: number;
  certificates: number;
  lastSyncedAt: string | null;
  lagSeconds: number | null;
  lastError: string | null;
}

async function replicaStatus(stack: Stack): Promise<ReplicaStatus> {
  return (
    await stack.query<{ financeCertificateReplica: ReplicaStatus }>(
      '{ financeCertificateReplica { lastSequence certificates lastSyncedAt lagSeconds lastError } }',
      {},
      'finance',
    )
  ).data!.financeCertificateReplica;
}

/** A holder whose certificate labor has revoked, the revocation applied to finance's replica. */
async function revokedHolderOn(stack: Stack): Promise<Holder> {
  const holder = await certifiedHolder(stack);
  const revoked = await stack.query(contractOperation('RevokeCertificate'), { number: holder.number, reason: '已就业' }, 'labor');
  expect(revoked.errors).toBeUndefined();
  await stack.syncFeeds();
  return holder;
}

/**
 * Finance's copy of labor's certificate feed: applied idempotently page by page, resumed
 * from its cursor after a restart, and what finance's loan rules rest on while labor is down.
 */
describe('finance: certificate replica', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const finance = () => stack.subgraphs.finance;
  const rows = () =>
    finance()
      .db.getRepository(CertificateReplica)
      .find({ order: { number: 'ASC' } });
  const cursor = () => finance().db.getRepository(FeedCursor).findOneByOrFail({ feed: FEED_NAME });
  const status = () => replicaStatus(stack);
  const revokedHolder = () => revokedHolderOn(stack);

  it('applies the feed, and syncing again changes nothing', async () => {
    const earlier = new Set((await rows()).map((r) => r.number));
    const a = await certifiedHolder(stack);
    const b = await certifiedHolder(stack);
    const before = await rows();
    expect(before.filter((r) => !earlier.has(r.number)).map((r) => [r.number, r.holderId, r.status])).toEqual(
      [a, b].map((h) => [h.number, Number(h.personId), 'VALID']).sort(),
    );
    const first = await status();
    expect(first).toMatchObject({ certificates: earlier.size + 2, lastError: null });
    expect(first.lastSequence).toBeGreaterThanOrEqual(2);
    expect(first.lagSeconds).toEqual(expect.any(Number));

    expect(await finance().feed!.syncOnce()).toBe(0);
    expect(await rows()).toEqual(before);
    expect((await status()).lastSequence).toBe(first.lastSequence);
  });

  it('re-applies a page repeated after a crash without changing the result', async () => {
    const holder = await certifiedHolder(stack);
    const saved = await cursor();
    const revoked = await stack.query(contractOperation('RevokeCertificate'), { number: holder.number, reason: '已就业' }, 'labor');
    expect(revoked.errors).toBeUndefined();
    await certifiedHolder(stack);
    const after = await rows();
    expect(after.find((r) => r.number === holder.number)?.status).toBe('REVOKED');
    const latest = (await cursor()).lastSequence;

    // A crash between applying and recording the page: the cursor is where it was before.
    await finance()
      .db.getRepository(FeedCursor)
      .update({ feed: FEED_NAME }, { lastSequence: saved.lastSequence, lastCursor: saved.lastCursor });
    expect(await finance().feed!.syncOnce()).toBe(2);
    expect(await rows()).toEqual(after);
    expect((await status()).lastSequence).toBe(latest);
  });

  it('stops a new loan once the feed has carried a revocation', async () => {
    const refused = await applyForLoan(stack, await revokedHolder());
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
    expect(refused.errors?.[0].message).toMatch(/REVOKED/);
  });

  it('resumes from its cursor when a new worker starts on the same database', async () => {
    const registered = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '陈玉梅', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_UNEMPLOYED', registeredOn: '2003-07-01' },
      },
      'labor',
    );
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId: registered.data!.registerPerson.id },
      'labor',
    );
    const number = issued.data!.issueCertificate.number;
    expect((await rows()).some((r) => r.number === number)).toBe(false);

    const restarted = new CertificateFeedSync({
      db: finance().db,
      laborUrl: stack.subgraphs.labor.url,
      logger: createLogger('finance', 'silent'),
      pageSize: 1,
      headers: async () => ({
        authorization: `Bearer ${await tokenFor({ sub: 'finance-certificate-sync', dept: 'finance', scope: 'feed:read' })}`,
      }),
    });
    // Only the one change since the cursor, not the whole feed again.
    expect(await restarted.syncOnce()).toBe(1);
    expect((await rows()).find((r) => r.number === number)).toMatchObject({
      status: 'VALID',
      holderId: Number(registered.data!.registerPerson.id),
    });
    expect(await restarted.syncOnce()).toBe(0);
  });
});

/** Labor stopped for good: its own stack, so no other test runs without labor. */
describe('finance: certificate replica while labor is down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const status = () => replicaStatus(stack);

  it('keeps taking loan applications on its replica while labor is down, and says why it is stale', async () => {
    const revoked = await revokedHolderOn(stack);
    const holder = await certifiedHolder(stack);
    const synced = await status();
    expect(synced.lastError).toBeNull();

    await stack.subgraphs.labor.stop();
    await expect(stack.syncFeeds()).rejects.toThrow();
    const stale = await status();
    expect(stale.lastError).toEqual(expect.stringMatching(/\S/));
    expect(stale).toMatchObject({
      lastSequence: synced.lastSequence,
      lastSyncedAt: synced.lastSyncedAt,
      certificates: synced.certificates,
    });
    expect(stale.lagSeconds).toBeGreaterThanOrEqual(synced.lagSeconds ?? 0);

    const loan = await applyForLoan(stack, holder, { amount: '8000.00' });
    expect(loan.errors).toBeUndefined();
    expect(loan.data!.applyForLoan).toMatchObject({ status: 'APPLIED', amount: '8000.00', applicant: { id: holder.personId } });
    // The replica still knows the revocation labor sent before it went down.
    expect((await applyForLoan(stack, revoked)).errors?.[0].message).toMatch(/REVOKED/);
  });
});
