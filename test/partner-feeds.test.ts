import { readFileSync } from 'node:fs';
import type { TokenClaims } from '../shared/auth/tokens';
import type { buildManifest } from '../gateway/src/trusted-documents/manifest';
import { MANIFEST_FILE } from '../gateway/src/trusted-documents/sources';
import { advance, applyForLoan, certifiedHolder } from './finance-fixtures';
import { commerceBusiness } from './helpers/commerce-register';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

const HOME = '320803';
const OTHER = '320804';

/** Partner tokens as a data-integration partner holds them: the feeds, with or without personal data, city-wide or one county. */
const PARTNER: TokenClaims = { sub: 'partner-bank', dept: 'partner', scope: 'feed:read' };
const PARTNER_PII: TokenClaims = { sub: 'partner-bank-pii', dept: 'partner', scope: 'feed:read pii:read' };
const PARTNER_OTHER: TokenClaims = { sub: 'partner-county', dept: 'partner', scope: 'feed:read pii:read', county: OTHER };
const HOME_CLERK: TokenClaims = { sub: 'labor-home', dept: 'labor', scope: 'labor:write pii:read', county: HOME };
const OTHER_CLERK: TokenClaims = { sub: 'labor-other', dept: 'labor', scope: 'labor:write', county: OTHER };

type Node = Record<string, unknown> & { sequence: number; event: string };
interface Connection {
  edges: { cursor: string; node: Node | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface Feed {
  operation: string;
  field: string;
  key: string;
}

const FEEDS = {
  person: { operation: 'PersonChanges', field: 'personChanges', key: 'personId' },
  loan: { operation: 'LoanChanges', field: 'loanChanges', key: 'loanId' },
  relief: { operation: 'TaxReliefChanges', field: 'taxReliefChanges', key: 'reliefId' },
  register: { operation: 'RegisterChanges', field: 'registerChanges', key: 'creditCode' },
} satisfies Record<string, Feed>;

const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as ReturnType<typeof buildManifest>;
/** The document registered for partners: the only one a partner token may send. */
const registered = (name: string): string => {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`${name} is not in the persisted query manifest`);
  return operation.body;
};

const CORRECT = `mutation Correct($id: ID!, $input: CorrectPersonInput!) {
  correctPerson(id: $id, input: $input) { id name gender birthDate idNumber community hardship { fortyFifty } }
}`;
const WITHDRAW = 'mutation Withdraw($id: ID!, $reason: String!) { withdrawPersonRegistration(id: $id, reason: $reason) { id name } }';

/**
 * The department feeds partners page through (issue 15): persons, loans, tax reliefs and
 * the commerce register, through the gateway with trusted documents on, as deployed.
 */
describe('partner feeds', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ trustedDocuments: true });
  }, 120_000);
  afterAll(() => stack?.stop());

  // Pages of 100, not the 500 allowed: a page of 500 persons with every field audited can pass
  // the gateway's 5 s subgraph timeout when the whole suite shares two cores (speed is the bench's).
  async function page(feed: Feed, caller: Caller, after: string | null, first = 100): Promise<GraphQLResponse<Record<string, Connection>>> {
    return stack.query<Record<string, Connection>>(registered(feed.operation), { after, first }, caller);
  }

  /** Every change after `after`, `first` at a time, following the cursors; and the last cursor. */
  async function readFrom(feed: Feed, caller: Caller, after: string | null, first = 100): Promise<{ nodes: Node[]; end: string | null }> {
    const nodes: Node[] = [];
    let cursor = after;
    for (;;) {
      const res = await page(feed, caller, cursor, first);
      expect(res.errors).toBeUndefined();
      const connection = res.data![feed.field];
      nodes.push(...connection.edges.map((e) => e.node!));
      cursor = connection.pageInfo.endCursor ?? cursor;
      if (!connection.pageInfo.hasNextPage) return { nodes, end: cursor };
    }
  }

  /** Where the feed ends now: later changes are read from here. */
  const endOf = async (feed: Feed, caller: Caller = PARTNER_PII) => (await readFrom(feed, caller, null)).end;

  const ascending = (nodes: Node[]) => nodes.every((n, i) => i === 0 || n.sequence > nodes[i - 1].sequence);

  /** Where the certificate feed ends now (the contract's CertificateChanges, as the office reads it). */
  async function certificateFeedEnd(): Promise<string | null> {
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<{ certificateChanges: Connection }> = await stack.query(
        contractOperation('CertificateChanges'),
        { after, first: 500 },
        'jointOffice',
      );
      const { pageInfo } = res.data!.certificateChanges;
      after = pageInfo.endCursor ?? after;
      if (!pageInfo.hasNextPage) return after;
    }
  }

  async function register(caller: Caller = HOME_CLERK, countyCode = HOME): Promise<{ id: string; idNumber: string }> {
    const idNumber = freshIdNumber('1965-05-05', 'MALE');
    const res = await stack.query<{ registerPerson: { id: string } }>(
      contractOperation('RegisterPerson'),
      { input: { name: '王建国', idNumber, countyCode, category: 'SOE_LAID_OFF', registeredOn: '2003-07-01', community: '清河街道' } },
      caller,
    );
    expect(res.errors).toBeUndefined();
    return { id: res.data!.registerPerson.id, idNumber };
  }

  describe('personChanges', () => {
    it('carries every person of before the feed once, as CREATED in id order', async () => {
      const { nodes } = await readFrom(FEEDS.person, PARTNER_PII, null);
      const backfilled = nodes.filter((n) => n.event === 'CREATED');
      const ids = backfilled.map((n) => Number(n.personId));
      expect(ids.length).toBeGreaterThan(50);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
      const persons = await stack.query<{ persons: { edges: { node: { id: string } }[] } }>(
        `{ persons(countyCode: "${HOME}", first: 5) { edges { node { id } } } }`,
        {},
        'labor',
      );
      for (const { node } of persons.data!.persons.edges) expect(ids).toContain(Number(node.id));
    });

    it('publishes a registration as CREATED and a correction as CORRECTED, with the corrected state', async () => {
      const from = await endOf(FEEDS.person);
      const person = await register();
      const newId = freshIdNumber('1958-02-02', 'FEMALE');
      const corrected = await stack.query<{ correctPerson: Record<string, unknown> }>(
        CORRECT,
        { id: person.id, input: { name: ' 王建华 ', idNumber: newId, community: '' } },
        HOME_CLERK,
      );
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!.correctPerson).toMatchObject({
        name: '王建华',
        gender: 'FEMALE',
        birthDate: '1958-02-02',
        idNumber: newId,
        community: null,
        // A woman of 45 at registration, where a man of 38 was registered: 4050 from the corrected number.
        hardship: { fortyFifty: true },
      });
      const { nodes } = await readFrom(FEEDS.person, PARTNER_PII, from);
      expect(nodes.map((n) => [n.personId, n.event])).toEqual([
        [person.id, 'CREATED'],
        [person.id, 'CORRECTED'],
      ]);
      expect(nodes[0]).toMatchObject({
        name: '王建国',
        idNumber: person.idNumber,
        gender: 'MALE',
        birthDate: '1965-05-05',
        community: '清河街道',
      });
      expect(nodes[1]).toMatchObject({
        name: '王建华',
        idNumber: newId,
        gender: 'FEMALE',
        birthDate: '1958-02-02',
        community: null,
        countyCode: HOME,
        category: 'SOE_LAID_OFF',
        registeredOn: '2003-07-01',
        reason: null,
      });
    });

    it('refuses a bad correction naming the field, and writes nothing: no change, no event', async () => {
      const person = await register();
      const from = await endOf(FEEDS.person);
      const wrongCheck = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
      const cases: [Record<string, unknown>, string][] = [
        [{ idNumber: wrongCheck }, 'input.idNumber'],
        // Born 1990: not 16 on the registration date of 2003-07-01.
        [{ idNumber: freshIdNumber('1990-01-01') }, 'input.idNumber'],
        [{ name: '   ' }, 'input.name'],
        [{ community: 'x'.repeat(51) }, 'input.community'],
        // As registered already: nothing to correct.
        [{ name: '王建国' }, 'input'],
        [{}, 'input'],
      ];
      for (const [input, field] of cases) {
        const res = await stack.query(CORRECT, { id: person.id, input }, HOME_CLERK);
        expect([input, res.errors?.[0].extensions]).toEqual([input, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
      }
      // Another registered person's number: a duplicate, refused on the field.
      const other = await register();
      const duplicate = await stack.query(CORRECT, { id: person.id, input: { idNumber: other.idNumber } }, HOME_CLERK);
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idNumber' });
      const stored = await stack.query<{ person: Record<string, unknown> }>(
        'query($id: ID!) { person(id: $id) { name idNumber birthDate } }',
        { id: person.id },
        'labor',
      );
      expect(stored.data!.person).toEqual({ name: '王建国', idNumber: person.idNumber, birthDate: '1965-05-05' });
      const { nodes } = await readFrom(FEEDS.person, PARTNER_PII, from);
      expect(nodes.map((n) => [n.personId, n.event])).toEqual([[other.id, 'CREATED']]);
    });

    it("corrects a certificate holder's birth date on the certificate feed too, where finance's age limit reads it", async () => {
      const holder = await certifiedHolder(stack);
      const from = await certificateFeedEnd();
      const newId = freshIdNumber('1960-10-10');
      const corrected = await stack.query(CORRECT, { id: holder.personId, input: { idNumber: newId } }, 'labor');
      expect(corrected.errors).toBeUndefined();
      const after = await stack.query<{ certificateChanges: Connection }>(
        'query($after: String, $first: Int!) { certificateChanges(after: $after, first: $first) { edges { node { number status holderBirthDate } } } }',
        { after: from, first: 10 },
        'jointOffice',
      );
      expect(after.data!.certificateChanges.edges.map((e) => e.node)).toEqual([
        { number: holder.number, status: 'VALID', holderBirthDate: '1960-10-10' },
      ]);
    });

    it('limits corrections and withdrawals to the clerk’s county', async () => {
      const person = await register();
      const from = await endOf(FEEDS.person);
      const correct = await stack.query(CORRECT, { id: person.id, input: { name: '李四' } }, OTHER_CLERK);
      expect(correct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const withdraw = await stack.query(WITHDRAW, { id: person.id, reason: '重复登记' }, OTHER_CLERK);
      expect(withdraw.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await readFrom(FEEDS.person, PARTNER_PII, from)).nodes).toEqual([]);
    });

    it('publishes a withdrawal as DELETED with its reason; a person with a certificate is refused on `id`', async () => {
      const from = await endOf(FEEDS.person);
      const person = await register();
      const withdrawn = await stack.query<{ withdrawPersonRegistration: { id: string } }>(
        WITHDRAW,
        { id: person.id, reason: ' 登记错误 ' },
        HOME_CLERK,
      );
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.withdrawPersonRegistration.id).toBe(person.id);
      const gone = await stack.query<{ person: unknown }>('query($id: ID!) { person(id: $id) { id } }', { id: person.id }, 'labor');
      expect(gone.data?.person ?? null).toBeNull();
      // The number may be registered again, rightly this time.
      const again = await stack.query(
        contractOperation('RegisterPerson'),
        { input: { name: '王建国', idNumber: person.idNumber, countyCode: HOME, category: 'SOE_LAID_OFF', registeredOn: '2003-07-02' } },
        HOME_CLERK,
      );
      expect(again.errors).toBeUndefined();

      const holder = await certifiedHolder(stack);
      const refused = await stack.query(WITHDRAW, { id: holder.personId, reason: '登记错误' }, HOME_CLERK);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toMatch(holder.number);

      const { nodes } = await readFrom(FEEDS.person, PARTNER_PII, from);
      const mine = nodes.filter((n) => n.personId === person.id);
      expect(mine.map((n) => n.event)).toEqual(['CREATED', 'DELETED']);
      expect(mine[1]).toMatchObject({ name: '王建国', idNumber: person.idNumber, reason: '登记错误', countyCode: HOME });
      expect(nodes.filter((n) => n.personId === holder.personId).map((n) => n.event)).toEqual(['CREATED']);
    });
    it("recomputes the household's hardship flags when a member's registration is withdrawn", async () => {
      const household = `PF-${Date.now()}`;
      const member = async (householdRole: string) => {
        const res = await stack.query<{ registerPerson: { id: string } }>(
          contractOperation('RegisterPerson'),
          {
            input: {
              name: '赵家',
              idNumber: freshIdNumber('1970-01-01', householdRole === 'HEAD' ? 'MALE' : 'FEMALE'),
              countyCode: HOME,
              category: 'SOE_LAID_OFF',
              registeredOn: '2003-07-01',
              householdId: household,
              householdRole,
            },
          },
          HOME_CLERK,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.registerPerson.id;
      };
      const head = await member('HEAD');
      const spouse = await member('SPOUSE');
      const flags = async () =>
        (
          await stack.query<{ person: { hardship: { doubleLaidOff: boolean } } }>(
            'query($id: ID!) { person(id: $id) { hardship { doubleLaidOff } } }',
            { id: head },
            'labor',
          )
        ).data!.person.hardship;
      expect(await flags()).toEqual({ doubleLaidOff: true });
      const withdrawn = await stack.query(WITHDRAW, { id: spouse, reason: '非本户成员' }, HOME_CLERK);
      expect(withdrawn.errors).toBeUndefined();
      expect(await flags()).toEqual({ doubleLaidOff: false });
    });
  });

  describe('loanChanges', () => {
    it('carries every loan of before the feed once, as CREATED in id order without a transition', async () => {
      const { nodes } = await readFrom(FEEDS.loan, PARTNER_PII, null);
      const backfilled = nodes.filter((n) => n.transition === null);
      expect(backfilled.length).toBeGreaterThan(5);
      expect(backfilled.every((n) => n.event === 'CREATED')).toBe(true);
      const ids = backfilled.map((n) => Number(n.loanId));
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
      expect(new Set(backfilled.map((n) => n.status)).size).toBeGreaterThan(1);
    });

    it('publishes the application as CREATED and each step as CHANGED with its transition and the loan after it', async () => {
      const holder = await certifiedHolder(stack);
      const from = await endOf(FEEDS.loan);
      const applied = await applyForLoan(stack, holder, { amount: '18000.00' });
      expect(applied.errors).toBeUndefined();
      const loanId = applied.data!.applyForLoan.id;
      await advance(stack, loanId, 4);
      const { nodes } = await readFrom(FEEDS.loan, PARTNER_PII, from, 2);
      expect(ascending(nodes)).toBe(true);
      expect(nodes.map((n) => [n.loanId, n.event, n.transition, n.status])).toEqual([
        [loanId, 'CREATED', 'APPLIED', 'APPLIED'],
        [loanId, 'CHANGED', 'RECOMMENDED', 'RECOMMENDED'],
        [loanId, 'CHANGED', 'REVIEWED', 'REVIEWED'],
        [loanId, 'CHANGED', 'APPROVED', 'APPROVED'],
        [loanId, 'CHANGED', 'DISBURSED', 'DISBURSED'],
      ]);
      expect(nodes[0]).toMatchObject({
        applicantId: holder.personId,
        certificateNumber: holder.number,
        amount: '18000.00',
        countyCode: HOME,
      });
      expect(nodes[0].recommendedOn).toBeNull();
      expect(nodes[1].recommendedOn).toBe('2003-08-15');
      expect(nodes[3].guaranteeFundId).not.toBeNull();
      expect(nodes[4]).toMatchObject({ disbursedOn: '2003-08-15', dueOn: '2004-08-15' });
    });

    it('writes no change for a refused step', async () => {
      const holder = await certifiedHolder(stack);
      const applied = await applyForLoan(stack, holder);
      const loanId = applied.data!.applyForLoan.id;
      const from = await endOf(FEEDS.loan);
      // Review before recommendation: CONFLICT, and nothing on the feed.
      const res = await stack.query('mutation($id: ID!) { reviewLoan(id: $id) { id } }', { id: loanId }, 'finance');
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await readFrom(FEEDS.loan, PARTNER_PII, from)).nodes).toEqual([]);
    });
  });

  describe('taxReliefChanges', () => {
    it('carries the reliefs of before the feed, individual and enterprise, once each as CREATED in id order', async () => {
      const { nodes } = await readFrom(FEEDS.relief, PARTNER_PII, null);
      const ids = nodes.map((n) => Number(n.reliefId));
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
      expect(nodes.every((n) => n.event === 'CREATED')).toBe(true);
      expect(nodes.some((n) => n.personId !== null && n.enterpriseCreditCode === null)).toBe(true);
      expect(nodes.some((n) => n.personId === null && n.enterpriseCreditCode !== null)).toBe(true);
    });

    it('publishes a grant as CREATED with the relief granted', async () => {
      const holder = await certifiedHolder(stack);
      // Tax registers an individual business only as commerce registered it.
      const creditCode = await commerceBusiness(stack, holder.personId, { registeredOn: '2003-08-15', countyCode: HOME });
      const taxpayer = await stack.query(
        'mutation($input: RegisterTaxpayerInput!) { registerTaxpayer(input: $input) { creditCode } }',
        {
          input: {
            creditCode,
            office: 'LOCAL',
            kind: 'INDIVIDUAL_BUSINESS',
            industry: 'CATERING',
            registeredOn: '2003-08-15',
            countyCode: HOME,
            ownerCertificateNumber: holder.number,
          },
        },
        'tax',
      );
      expect(taxpayer.errors).toBeUndefined();
      const from = await endOf(FEEDS.relief);
      const granted = await stack.query<{ grantTaxRelief: { id: string } }>(
        contractOperation('GrantTaxRelief'),
        {
          input: {
            certificateNumber: holder.number,
            taxType: 'BUSINESS_TAX',
            amount: '450.00',
            periodStart: '2003-09-01',
            periodEnd: '2003-12-31',
          },
        },
        'tax',
      );
      expect(granted.errors).toBeUndefined();
      const { nodes } = await readFrom(FEEDS.relief, PARTNER_PII, from);
      expect(nodes).toHaveLength(1);
      expect(nodes[0]).toMatchObject({
        event: 'CREATED',
        reliefId: granted.data!.grantTaxRelief.id,
        personId: holder.personId,
        certificateNumber: holder.number,
        taxpayerCreditCode: creditCode,
        enterpriseCreditCode: null,
        taxType: 'BUSINESS_TAX',
        amount: '450.00',
        periodStart: '2003-09-01',
        periodEnd: '2003-12-31',
        countyCode: HOME,
      });
    });
  });

  describe('registerChanges', () => {
    it('carries an individual business with the certificate of its fee exemption', async () => {
      const holder = await certifiedHolder(stack);
      const from = await endOf(FEEDS.register);
      const res = await stack.query<{ registerIndividualBusiness: { creditCode: string } }>(
        contractOperation('RegisterIndividualBusiness'),
        {
          input: {
            ownerId: holder.personId,
            certificateNumber: holder.number,
            name: '海燕早点铺',
            industry: 'CATERING',
            countyCode: HOME,
            registeredOn: '2003-08-15',
          },
        },
        'commerce',
      );
      expect(res.errors).toBeUndefined();
      const { nodes } = await readFrom(FEEDS.register, PARTNER_PII, from);
      expect(nodes.map((n) => [n.creditCode, n.event, n.ownerId, n.ownerCertificateNumber])).toEqual([
        [res.data!.registerIndividualBusiness.creditCode, 'CREATED', holder.personId, holder.number],
      ]);
    });
  });

  describe('for every feed', () => {
    it.each(Object.entries(FEEDS))('%s: paging with `after` resumes without gaps or repeats', async (_name, feed) => {
      const whole = await readFrom(feed, PARTNER_PII, null, 500);
      const paged = await readFrom(feed, PARTNER_PII, null, 7);
      expect(whole.nodes.length).toBeGreaterThan(7);
      expect(ascending(paged.nodes)).toBe(true);
      expect(paged.nodes.map((n) => n.sequence)).toEqual(whole.nodes.map((n) => n.sequence));
      expect(paged.end).toBe(whole.end);
    });

    it.each(Object.entries(FEEDS))(
      '%s: a partner without pii:read gets the sequence and event, personal fields null and FORBIDDEN',
      async (_name, feed) => {
        const personal = {
          person: ['personId', 'name', 'idNumber', 'birthDate'],
          loan: ['applicantId', 'amount'],
          relief: ['certificateNumber', 'amount'],
          register: ['ownerCertificateNumber'],
        }[_name as keyof typeof FEEDS];
        const res = await page(feed, PARTNER, null, 20);
        const nodes = res.data![feed.field].edges.map((e) => e.node!);
        expect(nodes.length).toBeGreaterThan(0);
        for (const node of nodes) {
          expect(typeof node.sequence).toBe('number');
          expect(node.event).toBe('CREATED');
          expect(node[feed.key]).not.toBeUndefined();
          for (const field of personal) expect([field, node[field]]).toEqual([field, null]);
        }
        const refused = new Set((res.errors ?? []).map((e) => `${String(e.extensions?.code)} ${String(e.path?.[e.path.length - 1])}`));
        for (const field of personal) expect(refused).toContain(`FORBIDDEN ${field}`);
        // With pii:read besides, the same document answers them.
        const full = await readFrom(feed, PARTNER_PII, null);
        expect(full.nodes.some((n) => personal.every((f) => n[f] !== null))).toBe(true);
      },
    );

    it.each(Object.entries(FEEDS))("%s: a county-limited token sees its county's changes only", async (_name, feed) => {
      const city = await readFrom(feed, PARTNER_PII, null);
      const county = await readFrom(feed, PARTNER_OTHER, null, 50);
      expect(county.nodes.length).toBeGreaterThan(0);
      expect(county.nodes.every((n) => n.countyCode === OTHER)).toBe(true);
      expect(county.nodes.map((n) => n.sequence)).toEqual(city.nodes.filter((n) => n.countyCode === OTHER).map((n) => n.sequence));
    });
  });

  it('runs only the registered feed documents for partners: a free-form query is refused', async () => {
    const res = await stack.query('{ personChanges(first: 1) { edges { node { sequence } } } }', {}, PARTNER);
    expect(res.errors?.[0].extensions?.code).toBe('OPERATION_NOT_REGISTERED');
  });
});
