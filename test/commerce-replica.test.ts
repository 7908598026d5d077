import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

/**
 * Commerce checks the fee exemption against its own replica of labor's certificate feed:
 * a revocation counts once the feed has carried it (not before), and registration with
 * the exemption goes on while labor is down, the replica's lag showing.
 */
const REGISTER = `mutation Register($input: RegisterIndividualBusinessInput!) {
  registerIndividualBusiness(input: $input) { creditCode feeExemption { validFrom certificate { number } } }
}`;
const REPLICA = '{ commerceCertificateReplica { lastSequence certificates lastSyncedAt lagSeconds lastError } }';
const FEED = 'query Feed($after: String) { certificateChanges(after: $after, first: 500) { edges { node { sequence number status } } } }';

interface Replica {
  lastSequence: number;
  certificates: number;
  lastSyncedAt: string | null;
  lagSeconds: number | null;
  lastError: string | null;
}
interface Registered {
  registerIndividualBusiness: { creditCode: string; feeExemption: { certificate: { number: string } } | null };
}

describe('commerce: the certificate replica behind the fee exemption', () => {
  let stack: Stack;

  async function holder(): Promise<{ personId: string; number: string }> {
    const person = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      {
        input: {
          name: '孙卫东',
          idNumber: freshIdNumber('1955-02-03', 'MALE'),
          countyCode: '320803',
          category: 'SOE_CLOSURE_RESETTLED',
          registeredOn: '2003-07-01',
        },
      },
      'labor',
    );
    const personId = person.data!.registerPerson.id;
    const issued = await stack.query<{ issueCertificate: { number: string } }>(
      contractOperation('IssueCertificate'),
      { personId },
      'labor',
    );
    return { personId, number: issued.data!.issueCertificate.number };
  }

  const register = (ownerId: string, certificateNumber: string, name = '孙记修车铺') =>
    stack.query<Registered>(
      REGISTER,
      { input: { ownerId, certificateNumber, name, industry: 'REPAIR', countyCode: '320803', registeredOn: '2003-08-15' } },
      'commerce',
    );

  async function replica(): Promise<Replica> {
    const { data, errors } = await stack.query<{ commerceCertificateReplica: Replica }>(REPLICA);
    expect(errors).toBeUndefined();
    return data!.commerceCertificateReplica;
  }

  async function laborLastSequence(): Promise<number> {
    const { data } = await stack.query<{ certificateChanges: { edges: { node: { sequence: number } }[] } }>(FEED, {}, 'feedPartner');
    return Math.max(0, ...data!.certificateChanges.edges.map((e) => e.node.sequence));
  }

  describe('with every department up', () => {
    beforeAll(async () => {
      stack = await startStack({ demoData: false });
    });
    afterAll(() => stack?.stop());

    it('grants on a revoked certificate until the feed carries the revocation, then refuses', async () => {
      const early = await holder();
      const late = await holder();
      await stack.syncFeeds();
      for (const { number } of [early, late]) {
        const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');
        expect(revoked.data).toEqual({ revokeCertificate: { number, status: 'REVOKED' } });
      }

      // Not yet carried: the replica lags labor by the two revocations, and still says VALID.
      expect((await replica()).lastSequence).toBe((await laborLastSequence()) - 2);
      const before = await register(early.personId, early.number);
      expect(before.errors).toBeUndefined();
      expect(before.data!.registerIndividualBusiness.feeExemption).toMatchObject({ certificate: { number: early.number } });

      await stack.syncFeeds();
      expect((await replica()).lastSequence).toBe(await laborLastSequence());
      const after = await register(late.personId, late.number);
      expect(after.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
      expect(after.errors?.[0].message).toMatch(/REVOKED/);
      const owned = await stack.query<{ person: { businesses: unknown[] } }>(
        'query P($id: ID!) { person(id: $id) { businesses { creditCode } } }',
        { id: late.personId },
      );
      expect(owned.data!.person.businesses).toEqual([]);
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

    it("keeps registering with the exemption while labor is stopped, showing the replica's lag", async () => {
      const valid = await holder();
      const other = await holder();
      await stack.syncFeeds();
      const synced = await replica();
      expect(synced).toMatchObject({ lastError: null, lagSeconds: expect.any(Number) });

      await stack.subgraphs.labor.stop();
      await expect(stack.subgraphs.commerce.feed!.syncOnce()).rejects.toThrow();
      const stale = await replica();
      expect(stale).toMatchObject({
        lastSequence: synced.lastSequence,
        certificates: synced.certificates,
        lastSyncedAt: synced.lastSyncedAt,
      });
      expect(stale.lastError).toEqual(expect.any(String));

      const registered = await register(valid.personId, valid.number);
      expect(registered.errors).toBeUndefined();
      expect(registered.data!.registerIndividualBusiness).toMatchObject({
        creditCode: expect.stringMatching(/^92320803/),
        feeExemption: { certificate: { number: valid.number } },
      });
      // The replica still refuses what it knows to be wrong.
      const notHers = await register(valid.personId, other.number, '孙记二店');
      expect(notHers.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certificateNumber' });
      const unknown = await register(other.personId, '3208032003999999');
      expect(unknown.errors?.[0].message).toMatch(/unknown here/);
    });
  });
});
