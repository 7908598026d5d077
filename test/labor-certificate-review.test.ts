import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

const REVIEW =
  'mutation($n: ID!, $y: Int!) { reviewCertificate(number: $n, year: $y) { number status reviewedYear reviews { year reviewedOn } } }';
const EXPIRE = 'mutation($y: Int!, $c: ID) { expireUnreviewedCertificates(year: $y, countyCode: $c) { year countyCode expired } }';
const STATS = 'query($y: Int!, $m: Int!) { counties { code certificateStats(year: $y, month: $m) { issuedYearToDate valid } } }';
const PERSONS = 'query($c: ID!) { persons(countyCode: $c, first: 100) { edges { node { certificate { number status } } } } }';

/** 年检: the yearly review from the year after issue, and expiry of the cards that missed it. */
describe('labor certificates: yearly review and expiry', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ businessDate: '2004-05-10' });
  });
  afterAll(() => stack?.stop());

  async function certificates(county: string): Promise<{ number: string; status: string }[]> {
    const res = await stack.query<{ persons: { edges: { node: { certificate: { number: string; status: string } | null } }[] } }>(PERSONS, {
      c: county,
    });
    return res.data!.persons.edges.flatMap((e) => (e.node.certificate ? [e.node.certificate] : []));
  }
  /** December 2003 unless asked otherwise. */
  async function stats(y = 2003, m = 12): Promise<Map<string, { issuedYearToDate: number; valid: number }>> {
    const res = await stack.query<{ counties: { code: string; certificateStats: { issuedYearToDate: number; valid: number } }[] }>(STATS, {
      y,
      m,
    });
    return new Map(res.data!.counties.map((c) => [c.code, c.certificateStats]));
  }

  it('records the review of the current year once, from the year after issue', async () => {
    const [first] = await certificates('320802');
    const { data, errors } = await stack.query(REVIEW, { n: first.number, y: 2004 }, 'labor');
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      reviewCertificate: { number: first.number, status: 'VALID', reviewedYear: 2004, reviews: [{ year: 2004, reviewedOn: '2004-05-10' }] },
    });
    expect((await stack.query(REVIEW, { n: first.number, y: 2004 }, 'labor')).errors?.[0].extensions?.code).toBe('CONFLICT');
    for (const y of [2003, 2005]) {
      expect((await stack.query(REVIEW, { n: first.number, y }, 'labor')).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'year',
      });
    }
    const input = { name: '吴春梅', idNumber: freshIdNumber(), countyCode: '320802', category: 'SOE_LAID_OFF', registeredOn: '2004-05-01' };
    const personId = (await stack.query<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input }, 'labor')).data!
      .registerPerson.id;
    const fresh = await stack.query<{ issueCertificate: { number: string } }>(contractOperation('IssueCertificate'), { personId }, 'labor');
    expect(fresh.data!.issueCertificate.number).toMatch(/^3208022004\d{6}$/);
    const early = await stack.query(REVIEW, { n: fresh.data!.issueCertificate.number, y: 2004 }, 'labor');
    expect(early.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'year' },
      message: expect.stringMatching(/due in 2005/),
    });
  });

  it('refuses to close a review that is still open or before the first review year', async () => {
    for (const y of [2005, 2003]) {
      expect((await stack.query(EXPIRE, { y, c: null }, 'labor')).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'year',
      });
    }
    const limited = { sub: 'qinghe', dept: 'labor' as const, scope: 'labor:write', county: '320802' };
    expect((await stack.query(EXPIRE, { y: 2004, c: null }, limited)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(EXPIRE, { y: 2004, c: '320803' }, limited)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(EXPIRE, { y: 2004, c: '320899' }, 'labor')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'countyCode',
    });
  });

  it('expires the unreviewed certificates of a county, then of the city, once, each change on the feed', async () => {
    const before = await stats();
    const [reviewed, suspended] = await certificates('320802');
    expect(reviewed.status).toBe('VALID');
    expect(
      (
        await stack.query(
          'mutation($n: ID!) { suspendCertificate(number: $n, reason: "核查") { status } }',
          { n: suspended.number },
          'labor',
        )
      ).errors,
    ).toBeUndefined();
    const head = (await stack.query<{ certificateChanges: { edges: unknown[] } }>(contractOperation('CertificateChanges'), { first: 500 }))
      .data!.certificateChanges.edges.length;

    const limited = { sub: 'qinghe', dept: 'labor' as const, scope: 'labor:write', county: '320802' };
    const county = await stack.query<{ expireUnreviewedCertificates: { expired: number } }>(EXPIRE, { y: 2004, c: '320802' }, limited);
    expect(county.errors).toBeUndefined();
    // Every 2003 certificate of the county but the reviewed one (the suspended one too).
    expect(county.data!.expireUnreviewedCertificates).toEqual({
      year: 2004,
      countyCode: '320802',
      expired: before.get('320802')!.issuedYearToDate - 1,
    });
    expect((await certificates('320802')).map((c) => c.status).filter((s) => s !== 'EXPIRED')).toEqual(['VALID', 'VALID']);

    const city = await stack.query<{ expireUnreviewedCertificates: { expired: number } }>(EXPIRE, { y: 2004, c: null }, 'labor');
    const othersIssued = [...before].filter(([code]) => code !== '320802').reduce((sum, [, s]) => sum + s.issuedYearToDate, 0);
    expect(city.data!.expireUnreviewedCertificates.expired).toBe(othersIssued);
    expect(
      (await stack.query<{ expireUnreviewedCertificates: { expired: number } }>(EXPIRE, { y: 2004, c: null }, 'labor')).data!
        .expireUnreviewedCertificates.expired,
    ).toBe(0);

    // December 2003 ended before the expiry: its figures stay as they were at its end.
    expect(await stats()).toEqual(before);
    // Now (May 2004): the reviewed card and the one issued in 2004 in Qinghe, none in Chuzhou.
    const after = await stats(2004, 5);
    expect(after.get('320802')!.valid).toBe(2);
    expect(after.get('320803')!.valid).toBe(0);
    type Change = { node: { sequence: number; number: string; status: string } };
    const feed = (
      await stack.query<{ certificateChanges: { edges: Change[] } }>(contractOperation('CertificateChanges'), { first: 500, after: null })
    ).data!.certificateChanges.edges;
    const expiries = feed.slice(head);
    expect(expiries).toHaveLength(county.data!.expireUnreviewedCertificates.expired + othersIssued);
    expect(expiries.every((e) => e.node.status === 'EXPIRED')).toBe(true);
    expect(expiries.map((e) => e.node.sequence)).toEqual(expiries.map((_e, i) => head + i + 1));
    expect(expiries.map((e) => e.node.number)).toContain(suspended.number);
    expect((await stack.query(REVIEW, { n: suspended.number, y: 2004 }, 'labor')).errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
