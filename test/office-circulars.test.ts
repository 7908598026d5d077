import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';

interface Area {
  code: string;
  reemployedYearToDate: number;
  certificatesValid: number;
  loanAmountYearToDate: string;
  reliefAmountYearToDate: string;
}
interface CircularAnswer {
  id: string;
  year: number;
  month: number;
  version: number;
  publishedAt: string;
  countiesBehindSchedule: { code: string; name: string }[];
  areas: Area[];
}

const FULL = `query($id: ID!) { circular(id: $id) {
  id version businessDate
  areas { code name reemployedYearToDate certificatesValid certificatesIssuedYearToDate loanCountYearToDate loanAmountYearToDate reliefPersonsYearToDate reliefAmountYearToDate individualBusinessesYearToDate feeExemptionsYearToDate subsidyAmountYearToDate }
  countiesBehindSchedule { code indicators reemployedGap }
  lateDuties { code department countyCode deadline state }
} }`;

const LIVE = `query($year: Int!, $month: Int!) { counties { code
  employmentProgress(year: $year, month: $month) { yearToDate { reemployed } behindSchedule }
  certificateStats(year: $year, month: $month) { valid }
  loanStats(year: $year, month: $month) { yearToDate { amount } }
  taxReliefStats(year: $year, month: $month) { yearToDate { amount } }
} }`;

const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
const fen = (text: string) => BigInt(text.replace('.', ''));

describe("the joint office's circulars (通报)", () => {
  let stack: Stack;

  async function publish(year: number, month: number) {
    return stack.query<{ publishCircular: { id: string; year: number; month: number; version: number; publishedAt: string } }>(
      contractOperation('PublishCircular'),
      { year, month },
    );
  }
  async function read(id: string): Promise<CircularAnswer> {
    const res = await stack.query<{ circular: CircularAnswer }>(contractOperation('Circular'), { id });
    expect(res.errors).toBeUndefined();
    return res.data!.circular;
  }

  describe('with every department up', () => {
    beforeAll(async () => {
      stack = await startStack();
    }, 120_000);
    afterAll(() => stack?.stop());

    it('freezes every county as the gateway shows it, and the city as their sum', async () => {
      const live = await stack.query<{
        counties: {
          code: string;
          employmentProgress: { yearToDate: { reemployed: number }; behindSchedule: string[] };
          certificateStats: { valid: number };
          loanStats: { yearToDate: { amount: string } };
          taxReliefStats: { yearToDate: { amount: string } };
        }[];
      }>(LIVE, { year: 2003, month: 7 });
      const published = await publish(2003, 7);
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishCircular).toMatchObject({ year: 2003, month: 7, version: 1 });
      const circular = await read(published.data!.publishCircular.id);
      expect(circular.areas.map((a) => a.code)).toEqual(['320800', ...live.data!.counties.map((c) => c.code)]);
      for (const county of live.data!.counties) {
        expect(circular.areas.find((a) => a.code === county.code)).toEqual({
          code: county.code,
          reemployedYearToDate: county.employmentProgress.yearToDate.reemployed,
          certificatesValid: county.certificateStats.valid,
          loanAmountYearToDate: county.loanStats.yearToDate.amount,
          reliefAmountYearToDate: county.taxReliefStats.yearToDate.amount,
        });
      }
      const [city, ...counties] = circular.areas;
      expect(city.reemployedYearToDate).toBe(counties.reduce((sum, c) => sum + c.reemployedYearToDate, 0));
      expect(city.certificatesValid).toBe(counties.reduce((sum, c) => sum + c.certificatesValid, 0));
      expect(city.loanAmountYearToDate).toBe(yuan(counties.reduce((sum, c) => sum + fen(c.loanAmountYearToDate), 0n)));
      expect(city.reliefAmountYearToDate).toBe(yuan(counties.reduce((sum, c) => sum + fen(c.reliefAmountYearToDate), 0n)));
      expect(city.certificatesValid).toBeGreaterThan(0);
      const behind = live.data!.counties.filter((c) => c.employmentProgress.behindSchedule.length).map((c) => c.code);
      expect(circular.countiesBehindSchedule.map((c) => c.code)).toEqual(behind);
    });

    it('lists the duties late at the business date, by department and county', async () => {
      const published = await publish(2003, 8);
      const res = await stack.query<{
        circular: { lateDuties: { code: string; department: string; countyCode: string | null; state: string }[] };
      }>(FULL, { id: published.data!.publishCircular.id });
      const late = res.data!.circular.lateDuties;
      // The demo world: finance's loan rules and two counties' guarantee companies missed the end of July.
      expect(late).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: 'LOAN_RULES', department: 'finance', countyCode: null, state: 'LATE' }),
          expect.objectContaining({ code: 'GUARANTEE_COMPANY', countyCode: '320830' }),
          expect.objectContaining({ code: 'GUARANTEE_COMPANY', countyCode: '320831' }),
        ]),
      );
      expect(late.find((d) => d.code === 'IMPLEMENTING_RULES')).toBeUndefined();
      // Year-end duties are not late in August.
      expect(late.find((d) => d.code === 'FUNDS_PAID_IN_FULL')).toBeUndefined();
    });

    it('stays as published after a correction; publishing again is version 2, and both stay readable', async () => {
      const first = await publish(2003, 8);
      const before = await read(first.data!.publishCircular.id);
      const person = await stack.query<{ registerPerson: { id: string } }>(
        contractOperation('RegisterPerson'),
        {
          input: {
            name: '周红',
            idNumber: freshIdNumber('1961-05-06'),
            countyCode: '320803',
            category: 'SOE_LAID_OFF',
            registeredOn: '2003-08-01',
          },
        },
        'labor',
      );
      expect(person.errors).toBeUndefined();
      const issued = await stack.query(contractOperation('IssueCertificate'), { personId: person.data!.registerPerson.id }, 'labor');
      expect(issued.errors).toBeUndefined();

      expect(await read(first.data!.publishCircular.id)).toEqual(before);
      const again = await publish(2003, 8);
      expect(again.data!.publishCircular.version).toBe(first.data!.publishCircular.version + 1);
      const after = await read(again.data!.publishCircular.id);
      const valid = (c: CircularAnswer, code: string) => c.areas.find((a) => a.code === code)!.certificatesValid;
      expect(valid(after, '320803')).toBe(valid(before, '320803') + 1);
      expect(valid(after, '320800')).toBe(valid(before, '320800') + 1);
      // Every version of the month stays listed, however many other tests published before.
      const versions = await stack.query<{ circulars: { version: number }[] }>('{ circulars(year: 2003, month: 8) { version } }');
      const latest = again.data!.publishCircular.version;
      expect(versions.data!.circulars.map((c) => c.version)).toEqual(Array.from({ length: latest }, (_, i) => i + 1));
    });

    it.each([
      [2003, 9, 'month'],
      [2004, 1, 'year'],
      [2002, 12, 'year'],
      [2003, 13, 'month'],
    ])('refuses %i-%i naming %s, and publishes nothing', async (year, month, field) => {
      const res = await publish(year, month);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      const versions = await stack.query<{ circulars: unknown[] }>('query($y: Int!, $m: Int!) { circulars(year: $y, month: $m) { id } }', {
        y: year,
        m: month,
      });
      expect(versions.data!.circulars).toEqual([]);
    });

    it('publishes only for joint:write; reads with report:read', async () => {
      expect(
        (await stack.query(contractOperation('PublishCircular'), { year: 2003, month: 7 }, 'labor')).errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
      const published = await publish(2003, 6);
      expect(published.errors).toBeUndefined();
      const circular = await stack.query<{ circular: { month: number } }>(
        'query($id: ID!) { circular(id: $id) { month } }',
        { id: published.data!.publishCircular.id },
        'reporter',
      );
      expect(circular.data!.circular.month).toBe(6);
    });
  });

  /** Finance stopped: its own stack, so no other test runs without it. */
  describe('finance stopped', () => {
    beforeAll(async () => {
      stack = await startStack();
    }, 120_000);
    afterAll(() => stack?.stop());

    it('refuses to publish while a department is down (SNAPSHOT_INCOMPLETE), and published circulars stay readable', async () => {
      expect((await publish(2003, 8)).errors).toBeUndefined();
      await stack.subgraphs.finance.service.stop();
      const res = await publish(2003, 8);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'SNAPSHOT_INCOMPLETE', departments: ['finance'] });
      const versions = await stack.query<{ circulars: { areas: Area[] }[] }>(
        '{ circulars(year: 2003, month: 8) { areas { code loanAmountYearToDate } } }',
      );
      expect(versions.errors).toBeUndefined();
      expect(versions.data!.circulars).toHaveLength(1);
      expect(versions.data!.circulars[0].areas[0].loanAmountYearToDate).toMatch(/^\d+\.\d\d$/);
    });
  });
});
