import { type Stack, startStack } from './helpers/stack';

interface Duty {
  id: string;
  code: string;
  department: string;
  countyCode: string | null;
  answerer: string;
  deadline: string;
  doneOn: string | null;
  trackedBy: string | null;
  state: string | null;
}

const DUTIES = `query($department: String, $countyCode: ID, $lateOnly: Boolean) {
  duties(department: $department, countyCode: $countyCode, lateOnly: $lateOnly) { id code department countyCode answerer deadline doneOn trackedBy state }
}`;
const MARK = 'mutation($id: ID!, $doneOn: Date) { markDutyDone(id: $id, doneOn: $doneOn) { id doneOn state } }';
const LATE_IN_CIRCULAR = 'query($id: ID!) { circular(id: $id) { lateDuties { id code department countyCode } } }';

describe("the notice's duties and deadlines", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(() => stack?.stop());

  const duties = async (variables: Record<string, unknown> = {}, caller: Parameters<Stack['query']>[2] = 'jointOffice') => {
    const res = await stack.query<{ duties: Duty[] }>(DUTIES, variables, caller);
    expect(res.errors).toBeUndefined();
    return res.data!.duties;
  };

  it('records every dated duty of the notice, per department and county, with who answers for it', async () => {
    const all = await duties();
    const perCounty = [
      'GUARANTEE_COMPANY',
      'GUARANTEE_FUNDS',
      'PLATFORMS_SIX_IN_PLACE',
      'CERTIFICATES_FOR_ALL_ELIGIBLE',
      'FUNDS_PAID_IN_FULL',
    ];
    for (const code of perCounty) expect(all.filter((d) => d.code === code)).toHaveLength(8);
    expect(
      all
        .filter((d) => d.code === 'IMPLEMENTING_RULES')
        .map((d) => d.department)
        .sort(),
    ).toEqual(['commerce', 'finance', 'labor', 'tax']);
    expect(all.find((d) => d.code === 'GUARANTEE_COMPANY' && d.countyCode === '320830')).toMatchObject({
      department: 'finance',
      deadline: '2003-07-31',
      answerer: expect.stringContaining('盱眙县'),
    });
    expect((await duties({ department: 'tax' })).every((d) => d.department === 'tax')).toBe(true);
    expect((await duties({ countyCode: '320831' })).every((d) => d.countyCode === '320831')).toBe(true);
  });

  it('lists late duties (deadline passed at the business date, not done), and year-end duties are not late in August', async () => {
    const late = await duties({ lateOnly: true });
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((d) => d.state === 'LATE' && d.deadline < '2003-08-15' && d.doneOn === null)).toBe(true);
    expect(late.find((d) => d.code === 'FUNDS_PAID_IN_FULL')).toBeUndefined();
    expect((await duties({ lateOnly: true, department: 'finance', countyCode: '320830' })).map((d) => d.code).sort()).toEqual([
      'GUARANTEE_COMPANY',
      'GUARANTEE_FUNDS',
    ]);
  });

  it("reads the six-in-place duty from labor's own platform tracking rather than keeping a copy", async () => {
    const platforms = await duties({ department: 'labor' });
    const tracked = platforms.filter((d) => d.code === 'PLATFORMS_SIX_IN_PLACE');
    expect(tracked.every((d) => d.trackedBy === 'labor: County.platformReadiness')).toBe(true);
    const readiness = await stack.query<{ counties: { code: string; platformReadiness: { late: number } }[] }>(
      '{ counties { code platformReadiness { late } } }',
    );
    for (const county of readiness.data!.counties) {
      const duty = tracked.find((d) => d.countyCode === county.code)!;
      if (county.platformReadiness.late > 0) expect(duty.state).toBe('LATE');
      else expect(duty.state).not.toBe('LATE');
    }
    const refused = await stack.query(MARK, { id: tracked[0].id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('marks a duty done (joint:write), late when after its deadline; the next circular no longer lists it', async () => {
    const [duty] = await duties({ lateOnly: true, department: 'finance', countyCode: '320830' });
    const published = await stack.query<{ publishCircular: { id: string } }>('mutation { publishCircular(year: 2003, month: 8) { id } }');
    const before = await stack.query<{ circular: { lateDuties: { id: string }[] } }>(LATE_IN_CIRCULAR, {
      id: published.data!.publishCircular.id,
    });
    expect(before.data!.circular.lateDuties.map((d) => d.id)).toContain(duty.id);

    expect((await stack.query(MARK, { id: duty.id }, 'finance')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(MARK, { id: duty.id, doneOn: '2003-09-01' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'doneOn',
    });
    const marked = await stack.query<{ markDutyDone: { doneOn: string; state: string } }>(MARK, { id: duty.id, doneOn: '2003-08-12' });
    expect(marked.data!.markDutyDone).toEqual({ id: duty.id, doneOn: '2003-08-12', state: 'DONE_LATE' });
    expect((await stack.query(MARK, { id: duty.id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    // The API's name of the entity, not the office's DutyRecord class.
    expect((await stack.query(MARK, { id: '99999' })).errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Duty',
      key: '99999',
    });

    const reissued = await stack.query<{ publishCircular: { id: string } }>('mutation { publishCircular(year: 2003, month: 8) { id } }');
    const after = await stack.query<{ circular: { lateDuties: { id: string }[] } }>(LATE_IN_CIRCULAR, {
      id: reissued.data!.publishCircular.id,
    });
    expect(after.data!.circular.lateDuties.map((d) => d.id)).not.toContain(duty.id);
    // The first version keeps the duty as late: it was, when it was published.
    const first = await stack.query<{ circular: { lateDuties: { id: string }[] } }>(LATE_IN_CIRCULAR, {
      id: published.data!.publishCircular.id,
    });
    expect(first.data!.circular.lateDuties.map((d) => d.id)).toContain(duty.id);
  });

  it('is readable with report:read', async () => {
    expect((await duties({ lateOnly: true }, 'reporter')).length).toBeGreaterThan(0);
  });
});
