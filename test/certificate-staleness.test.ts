import { FeedCursor } from '../shared/certificate-replica/replica.entity';
import { FEED_NAME } from '../shared/certificate-replica/sync';
import { certifiedHolder, type Holder } from './finance-fixtures';
import { commerceBusiness, commerceEnterprise } from './helpers/commerce-register';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const BOUND = 600;
const CONSUMERS = ['finance', 'tax', 'commerce'] as const;

/**
 * Benefits resting on a certificate are refused once a department's copy of labor's
 * certificates is older than CERTIFICATE_MAX_LAG_SECONDS; reads go on and say how old
 * the copy is. The fault suite reaches the same state by stopping labor for real.
 */
describe('bounded staleness of the certificate replicas', () => {
  let stack: Stack;
  let holder: Holder;
  let taxpayer: string;

  /** As if each replica's last successful sync were an hour ago (labor unreachable since). */
  async function ageReplicas(seconds: number): Promise<void> {
    for (const name of CONSUMERS) {
      await stack.subgraphs[name].db
        .getRepository(FeedCursor)
        .update({ feed: FEED_NAME }, { lastSyncedAt: new Date(Date.now() - seconds * 1000) });
    }
  }

  const replica = async (name: string) =>
    (
      await stack.query<Record<string, { stale: boolean; lagSeconds: number; maxLagSeconds: number }>>(
        `{ ${name}CertificateReplica { stale lagSeconds maxLagSeconds } }`,
        {},
        'auditor',
      )
    ).data![`${name}CertificateReplica`];

  const loan = () =>
    stack.query(
      contractOperation('ApplyForLoan'),
      {
        input: {
          applicantId: holder.personId,
          certificateNumber: holder.number,
          amount: '10000.00',
          termMonths: 12,
          purpose: '早点铺',
          lowProfitProject: true,
        },
      },
      'finance',
    );
  const relief = () =>
    stack.query(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber: holder.number,
          taxType: 'BUSINESS_TAX',
          amount: '300.00',
          periodStart: '2003-08-15',
          periodEnd: '2003-12-31',
        },
      },
      'tax',
    );
  const business = () =>
    stack.query(
      contractOperation('RegisterIndividualBusiness'),
      {
        input: {
          ownerId: holder.personId,
          certificateNumber: holder.number,
          name: '刘记洗衣',
          industry: 'LAUNDRY_TAILORING',
          countyCode: '320803',
          registeredOn: '2003-08-15',
        },
      },
      'commerce',
    );

  let employer: string;
  /** Tax's enterprise relief rests on the hires' certificates too (认定). */
  const assessment = () =>
    stack.query(
      'mutation A($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { id } }',
      {
        input: {
          enterpriseCreditCode: employer,
          kind: 'NEW_SERVICE_ENTERPRISE',
          staffCount: 3,
          hiredCertificateNumbers: [holder.number],
          overrideReason: '认定材料',
          effectiveFrom: '2003-08-01',
        },
      },
      'tax',
    );

  beforeAll(async () => {
    stack = await startStack({ demoData: false, certificateMaxLagSeconds: BOUND });
    holder = await certifiedHolder(stack);
    const register = 'mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }';
    // Tax registers the business only as commerce registered it (before the copies go stale).
    taxpayer = await commerceBusiness(stack, holder.personId, { registeredOn: '2003-08-01' });
    employer = await commerceEnterprise(stack, { industry: 'CATERING', registeredOn: '2003-02-01', taxOffices: ['STATE'] });
    for (const input of [
      {
        creditCode: taxpayer,
        office: 'LOCAL',
        kind: 'INDIVIDUAL_BUSINESS',
        industry: 'CATERING',
        registeredOn: '2003-08-01',
        countyCode: '320803',
        ownerCertificateNumber: holder.number,
      },
    ]) {
      expect((await stack.query(register, { input }, 'tax')).errors).toBeUndefined();
    }
  });
  afterAll(() => stack?.stop());

  it('reports a fresh copy within the bound', async () => {
    for (const name of CONSUMERS)
      expect(await replica(name)).toMatchObject({ stale: false, maxLagSeconds: BOUND, lagSeconds: expect.any(Number) });
  });

  it('refuses loans, tax relief, relief assessments and fee exemptions on a stale copy, naming the lag, and writes nothing', async () => {
    await ageReplicas(3600);
    for (const [name, attempt] of [
      ['finance', loan],
      ['tax', relief],
      ['tax', assessment],
      ['commerce', business],
    ] as const) {
      const { data, errors } = await attempt();
      expect([name, data]).toEqual([name, null]);
      expect(errors?.[0].extensions).toMatchObject({
        code: 'CERTIFICATE_REPLICA_STALE',
        maxLagSeconds: BOUND,
        lagSeconds: expect.any(Number),
        serviceName: name,
      });
      expect(Number(errors?.[0].extensions?.lagSeconds)).toBeGreaterThanOrEqual(3600);
      expect(errors?.[0].message).toMatch(
        new RegExp(`^${name}'s copy of labor's certificates was last synced 36\\d\\d s ago \\(the bound is ${BOUND} s\\)`),
      );
    }
    const dossier = await stack.query<{ person: { loans: unknown[]; taxReliefs: unknown[]; businesses: { creditCode: string }[] } }>(
      contractOperation('PersonDossier'),
      { id: holder.personId },
    );
    expect(dossier.errors).toBeUndefined();
    expect(dossier.data!.person).toMatchObject({ loans: [], taxReliefs: [] });
    // Only the business registered while the copies were fresh.
    expect(dossier.data!.person.businesses.map((b) => b.creditCode)).toEqual([taxpayer]);
  });

  it('keeps reads working and says how stale the copy is (GraphQL and /ready)', async () => {
    for (const name of CONSUMERS) {
      const status = await replica(name);
      expect(status).toMatchObject({ stale: true, maxLagSeconds: BOUND });
      expect(status.lagSeconds).toBeGreaterThanOrEqual(3600);
      const ready = await fetch(stack.subgraphs[name].url.replace(/graphql$/, 'ready'));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        checks: { database: 'ok', migrations: 'applied', certificateReplica: { stale: true, maxLagSeconds: BOUND } },
      });
    }
  });

  it("grants again once the copy has caught up with labor's feed", async () => {
    await stack.syncFeeds();
    for (const attempt of [loan, relief, assessment, business]) expect((await attempt()).errors).toBeUndefined();
    expect(await replica('finance')).toMatchObject({ stale: false });
  });

  it('refuses benefits on a copy that has never synced', async () => {
    await stack.subgraphs.finance.db.getRepository(FeedCursor).update({ feed: FEED_NAME }, { lastSyncedAt: null });
    const { errors } = await loan();
    expect(errors?.[0].extensions).toMatchObject({ code: 'CERTIFICATE_REPLICA_STALE', lagSeconds: null });
    expect(errors?.[0].message).toMatch(/^finance's copy of labor's certificates has never synced/);
  });
});
