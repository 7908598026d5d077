import { commerceBusiness, commerceEnterprise } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';

/**
 * Tax grants relief against its own replica of labor's certificate feed: a revocation
 * stops new relief once the feed has carried it, not before, and relief goes on while
 * labor is stopped, the replica's lag and last error showing.
 */
const REGISTER = 'mutation R($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }';
const ASSESS = 'mutation A($input: AssessEnterpriseReliefInput!) { assessEnterpriseRelief(input: $input) { id } }';
const REPLICA = '{ taxCertificateReplica { lastSequence certificates lastSyncedAt lagSeconds lastError } }';
const RELIEFS = 'query P($id: ID!) { person(id: $id) { taxReliefs { id } } }';

interface Replica {
  lastSequence: number;
  certificates: number;
  lastSyncedAt: string | null;
  lagSeconds: number | null;
  lastError: string | null;
}

describe('tax: the certificate replica behind relief', () => {
  let stack: Stack;

  /** A certified person with a repair business registered with 地税, carried to tax by the feed. */
  async function holder(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: { name: '赵桂兰', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn: '2003-06-01' },
      },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    const number = issued.data!.issueCertificate.number;
    await stack.syncFeeds();
    const registered = await stack.query(
      REGISTER,
      {
        input: {
          creditCode: await commerceBusiness(stack, personId, { industry: 'REPAIR', registeredOn: '2003-07-01' }),
          office: 'LOCAL',
          kind: 'INDIVIDUAL_BUSINESS',
          industry: 'REPAIR',
          registeredOn: '2003-07-01',
          countyCode: '320803',
          ownerCertificateNumber: number,
        },
      },
      'tax',
    );
    expect(registered.errors).toBeUndefined();
    return { personId, number };
  }

  const grant = (certificateNumber: string, extra: Record<string, unknown> = {}) =>
    stack.query(
      contractOperation('GrantTaxRelief'),
      {
        input: {
          certificateNumber,
          taxType: 'BUSINESS_TAX',
          amount: '200.00',
          periodStart: '2003-09-01',
          periodEnd: '2003-12-31',
          ...extra,
        },
      },
      'tax',
    );
  const revoke = (number: string) => stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');

  async function replica(): Promise<Replica> {
    const { data, errors } = await stack.query<{ taxCertificateReplica: Replica }>(REPLICA);
    expect(errors).toBeUndefined();
    return data!.taxCertificateReplica;
  }

  function expectRevoked(response: GraphQLResponse<unknown>, field: string): void {
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(/REVOKED, not VALID/);
  }

  describe('with every department up', () => {
    beforeAll(async () => {
      stack = await startStack({ demoData: false });
    });
    afterAll(() => stack?.stop());

    it('grants on a revoked certificate until the feed carries the revocation, then refuses, writing nothing', async () => {
      const early = await holder();
      const late = await holder();
      const before = await replica();
      for (const { number } of [early, late])
        expect((await revoke(number)).data).toEqual({ revokeCertificate: { number, status: 'REVOKED' } });

      // Not carried yet: tax still holds both VALID and relieves.
      expect((await replica()).lastSequence).toBe(before.lastSequence);
      expect((await grant(early.number)).errors).toBeUndefined();

      await stack.syncFeeds();
      expect((await replica()).lastSequence).toBe(before.lastSequence + 2);
      expectRevoked(await grant(late.number), 'input.certificateNumber');
      expectRevoked(await grant(early.number, { taxType: 'INDIVIDUAL_INCOME_TAX' }), 'input.certificateNumber');
      const reliefs = await stack.query<{ person: { taxReliefs: unknown[] } }>(RELIEFS, { id: late.personId });
      expect(reliefs.data!.person.taxReliefs).toEqual([]);
    });

    it('stops employer relief resting on a hire whose revocation the feed carried, and counts no revoked hire', async () => {
      const kept = await holder();
      const leaving = await holder();
      const code = await commerceEnterprise(stack, { industry: 'CATERING', registeredOn: '2003-05-01', taxOffices: ['LOCAL'] });
      const assessed = await stack.query(
        ASSESS,
        {
          input: {
            enterpriseCreditCode: code,
            kind: 'NEW_SERVICE_ENTERPRISE',
            staffCount: 6,
            overrideReason: '认定材料',
            hiredCertificateNumbers: [kept.number, leaving.number],
            effectiveFrom: '2003-07-01',
          },
        },
        'tax',
      );
      expect(assessed.errors).toBeUndefined();
      await revoke(leaving.number);
      await stack.syncFeeds();
      expectRevoked(await grant(leaving.number, { enterpriseCreditCode: code }), 'input.certificateNumber');
      expect((await grant(kept.number, { enterpriseCreditCode: code })).errors).toBeUndefined();
      const recount = await stack.query(
        ASSESS,
        {
          input: {
            enterpriseCreditCode: code,
            kind: 'NEW_SERVICE_ENTERPRISE',
            staffCount: 6,
            overrideReason: '认定材料',
            hiredCertificateNumbers: [kept.number, leaving.number],
            effectiveFrom: '2003-07-01',
          },
        },
        'tax',
      );
      expectRevoked(recount, 'input.hiredCertificateNumbers');
    });

    it('applies a repeated sync idempotently', async () => {
      const state = await replica();
      await stack.syncFeeds();
      await stack.syncFeeds();
      expect(await replica()).toMatchObject({ lastSequence: state.lastSequence, certificates: state.certificates, lastError: null });
    });
  });

  /** Labor stopped: its own stack, so no other test runs without it. */
  describe('labor stopped', () => {
    beforeAll(async () => {
      stack = await startStack({ demoData: false });
    });
    afterAll(() => stack?.stop());

    it("keeps granting relief while labor is stopped, showing the replica's lag", async () => {
      const valid = await holder();
      const revoked = await holder();
      await revoke(revoked.number);
      await stack.syncFeeds();
      const synced = await replica();
      expect(synced).toMatchObject({ lastError: null, lagSeconds: expect.any(Number) });

      await stack.subgraphs.labor.stop();
      await expect(stack.subgraphs.tax.feed!.syncOnce()).rejects.toThrow();
      const stale = await replica();
      expect(stale).toMatchObject({
        lastSequence: synced.lastSequence,
        certificates: synced.certificates,
        lastSyncedAt: synced.lastSyncedAt,
      });
      expect(stale.lastError).toEqual(expect.any(String));
      expect(stale.lagSeconds).toBeGreaterThanOrEqual(synced.lagSeconds ?? 0);

      const granted = await grant(valid.number);
      expect(granted.errors).toBeUndefined();
      expect(granted.data).toMatchObject({ grantTaxRelief: { taxType: 'BUSINESS_TAX', certificate: { number: valid.number } } });
      // What the replica knows still refuses.
      expectRevoked(await grant(revoked.number), 'input.certificateNumber');
      expect((await grant('3208032003999999')).errors?.[0].message).toMatch(/unknown here/);
    });
  });
});
