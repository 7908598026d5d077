import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const CERT = 'query($n: ID!) { certificate(number: $n) { number status statusReason history { sequence status reason } } }';
const SUSPEND = 'mutation($n: ID!, $r: String!) { suspendCertificate(number: $n, reason: $r) { number status statusReason } }';
const REINSTATE = 'mutation($n: ID!) { reinstateCertificate(number: $n) { number status statusReason } }';
type Cert = {
  certificate: { status: string; statusReason: string | null; history: { sequence: number; status: string; reason: string | null }[] };
};

/** 再就业优惠证: who may get one, its number, and its lifecycle with a status history. */
describe('labor certificates: issue, suspend, reinstate, revoke', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  async function registerPerson(category = 'SOE_LAID_OFF', countyCode = '320826'): Promise<string> {
    const input = { name: '周建军', idNumber: freshIdNumber(), countyCode, category, registeredOn: '2003-07-01' };
    const res = await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor');
    expect(res.errors).toBeUndefined();
    return res.data!.registerPerson.id;
  }
  const issue = (personId: string, caller: Parameters<Stack['query']>[2] = 'labor') =>
    stack.query<{ issueCertificate: { number: string; status: string; issuedOn: string; holder: { id: string } } }>(
      contractOperation('IssueCertificate'),
      { personId },
      caller,
    );

  it.each(['SOE_LAID_OFF', 'SOE_UNEMPLOYED', 'SOE_CLOSURE_RESETTLED', 'LONG_TERM_UNEMPLOYED_ON_ALLOWANCE'])(
    'issues to a %s person, numbered county + year + 6 digits',
    async (category) => {
      const personId = await registerPerson(category);
      const { data, errors } = await issue(personId);
      expect(errors).toBeUndefined();
      expect(data!.issueCertificate).toMatchObject({
        status: 'VALID',
        issuedOn: '2003-08-15',
        holder: { id: personId },
        number: expect.stringMatching(/^3208262003\d{6}$/),
      });
    },
  );

  it("numbers each county's series consecutively", async () => {
    const a = (await issue(await registerPerson('SOE_LAID_OFF', '320829'))).data!.issueCertificate.number;
    const b = (await issue(await registerPerson('SOE_LAID_OFF', '320829'))).data!.issueCertificate.number;
    expect([a, b]).toEqual(['3208292003000001', '3208292003000002']);
  });

  it("refuses OTHER_UNEMPLOYED, a second certificate, an unknown person and another county's token", async () => {
    const other = await issue(await registerPerson('OTHER_UNEMPLOYED'));
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
    const personId = await registerPerson();
    const elsewhere = await issue(personId, { sub: 'hongze', dept: 'labor', scope: 'labor:write', county: '320829' });
    // Another county's person is answered as one that does not exist.
    expect(elsewhere.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Person' });
    expect((await issue(personId)).errors).toBeUndefined();
    expect((await issue(personId)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await issue('424242')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await issue('abc')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personId' });
  });

  it('suspends, reinstates and revokes, keeping every step in the history and the feed', async () => {
    const number = (await issue(await registerPerson())).data!.issueCertificate.number;
    const suspended = await stack.query(SUSPEND, { n: number, r: '核查中' }, 'labor');
    expect(suspended.data).toEqual({ suspendCertificate: { number, status: 'SUSPENDED', statusReason: '核查中' } });
    expect((await stack.query(SUSPEND, { n: number, r: '再次' }, 'labor')).errors?.[0].extensions?.code).toBe('CONFLICT');
    const reinstated = await stack.query(REINSTATE, { n: number }, 'labor');
    expect(reinstated.data).toEqual({ reinstateCertificate: { number, status: 'VALID', statusReason: null } });
    expect((await stack.query(REINSTATE, { n: number }, 'labor')).errors?.[0].extensions?.code).toBe('CONFLICT');
    const revoked = await stack.query(contractOperation('RevokeCertificate'), { number, reason: '已就业' }, 'labor');
    expect(revoked.data).toEqual({ revokeCertificate: { number, status: 'REVOKED' } });

    const { data } = await stack.query<Cert>(CERT, { n: number });
    expect(data!.certificate.history.map((h) => [h.status, h.reason])).toEqual([
      ['VALID', null],
      ['SUSPENDED', '核查中'],
      ['VALID', null],
      ['REVOKED', '已就业'],
    ]);
    const sequences = data!.certificate.history.map((h) => h.sequence);
    expect([...sequences].sort((x, y) => x - y)).toEqual(sequences);
    // A revoked certificate is final.
    for (const res of [
      await stack.query(REINSTATE, { n: number }, 'labor'),
      await stack.query(SUSPEND, { n: number, r: 'x' }, 'labor'),
      await stack.query(contractOperation('RevokeCertificate'), { number, reason: '又' }, 'labor'),
    ]) {
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    }
  });

  it('refuses an empty or over-long reason and an unknown number, writing nothing', async () => {
    const number = (await issue(await registerPerson())).data!.issueCertificate.number;
    for (const r of ['  ', 'x'.repeat(201)]) {
      const res = await stack.query(SUSPEND, { n: number, r }, 'labor');
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect((await stack.query(SUSPEND, { n: number, r: 'x'.repeat(200) }, 'labor')).errors).toBeUndefined();
    expect((await stack.query(SUSPEND, { n: '3208262003999999', r: 'x' }, 'labor')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { data } = await stack.query<Cert>(CERT, { n: number });
    expect(data!.certificate.history.map((h) => h.status)).toEqual(['VALID', 'SUSPENDED']);
  });

  it('lets only labor write certificates', async () => {
    const number = (await issue(await registerPerson())).data!.issueCertificate.number;
    for (const caller of ['finance', 'jointOffice'] as const) {
      expect((await stack.query(SUSPEND, { n: number, r: 'x' }, caller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
