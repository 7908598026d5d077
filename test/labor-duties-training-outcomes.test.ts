import { expectOk } from './helpers/expect';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/**
 * 按培训和再就业效果给予补贴: per course, trainees, completed, and completed trainees who
 * found work within N months of the course end, computed in SQL from labor's employment
 * records. Business date 2003-08-15.
 */
const OUTCOMES = `query($id: ID!, $months: Int, $first: Int!, $after: String) {
  trainingOutcomes(institutionId: $id, withinMonths: $months, first: $first, after: $after) {
    edges { node { course { id } trainees completed employedWithinMonths withinMonths windowEndsOn final subsidyEligible } }
    pageInfo { hasNextPage endCursor } } }`;

type Outcome = {
  course: { id: string };
  trainees: number;
  completed: number;
  employedWithinMonths: number;
  withinMonths: number;
  windowEndsOn: string;
  final: boolean;
  subsidyEligible: boolean;
};
type Outcomes = { trainingOutcomes: { edges: { node: Outcome }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe('labor duties: training outcomes for the subsidy by result', () => {
  let stack: Stack;
  let institution: string;
  const course: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };

  const ok = <T>(query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectOk<T>(stack, query, variables, caller);
  async function person(registeredOn: string): Promise<string> {
    const input = { name: '刘玉兰', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn };
    return (await ok<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), { input })).registerPerson.id;
  }
  async function job(personId: string, startedOn: string, endedOn?: string): Promise<void> {
    const { recordEmployment } = await ok<{ recordEmployment: { id: string } }>(
      `mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }`,
      { input: { personId, kind: 'FLEXIBLE', startedOn } },
    );
    if (endedOn)
      await ok(`mutation($id: ID!, $on: Date!) { endEmployment(recordId: $id, endedOn: $on) { id } }`, {
        id: recordEmployment.id,
        on: endedOn,
      });
  }
  async function trainee(courseId: string, personId: string, enrolledOn: string, completed: boolean): Promise<void> {
    const { enrollTrainee } = await ok<{ enrollTrainee: { id: string } }>(
      `mutation($input: EnrollTraineeInput!) { enrollTrainee(input: $input) { id } }`,
      { input: { courseId, personId, enrolledOn } },
    );
    await ok(`mutation($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { id } }`, {
      input: { enrollmentId: enrollTrainee.id, completed },
    });
  }
  async function open(startsOn: string, endsOn: string): Promise<string> {
    const input = { institutionId: institution, title: '家电维修', kind: 'REEMPLOYMENT', startsOn, endsOn };
    return (
      await ok<{ openTrainingCourse: { id: string } }>(
        `mutation($input: OpenTrainingCourseInput!) { openTrainingCourse(input: $input) { id } }`,
        { input },
      )
    ).openTrainingCourse.id;
  }

  beforeAll(async () => {
    stack = await startStack({ demoData: false });
    institution = (
      await ok<{ registerTrainingInstitution: { id: string } }>(
        `mutation { registerTrainingInstitution(input: { name: "淮安市再就业培训中心", countyCode: "320803" }) { id } }`,
        {},
      )
    ).registerTrainingInstitution.id;
    await ok(
      `mutation($id: ID!) { certifyTrainingInstitution(input: { institutionId: $id, certifiedOn: "2003-01-10", certificationNumber: "淮劳培[2003]1号" }) { id } }`,
      { id: institution },
    );

    // Course A, 13–31 January 2003: seven trainees, each a case of the rule.
    course.a = await open('2003-01-13', '2003-01-31');
    const trainees: string[] = [];
    for (let i = 0; i < 7; i += 1) trainees.push(await person('2003-01-02'));
    const [p1, p2, p3, p4, p5, p6, p7] = trainees;
    await job(p3, '2003-01-05', '2003-01-12'); // worked before the course only
    for (const p of [p1, p2, p3, p5, p6, p7]) await trainee(course.a, p, '2003-01-13', true);
    await trainee(course.a, p4, '2003-01-13', false);
    await job(p1, '2003-07-31'); // the last day of the 6-month window
    await job(p2, '2003-08-01'); // the day after it
    await job(p4, '2003-03-01'); // dropped out: never counts
    await job(p6, '2003-01-20'); // found work while on the course
    await job(p7, '2003-02-10', '2003-03-01');
    await job(p7, '2003-04-01'); // two jobs, one trainee

    // Course B, August 2002, before the certification: the window ends on 28 February.
    course.b = await open('2002-08-01', '2002-08-31');
    const [q1, q2] = [await person('2002-07-01'), await person('2002-07-01')];
    for (const q of [q1, q2]) await trainee(course.b, q, '2002-08-01', true);
    await job(q1, '2003-02-28');
    await job(q2, '2003-03-01');

    course.c = await open('2003-06-01', '2003-06-30');
  });
  afterAll(() => stack?.stop());

  it('counts completed trainees who found work from the course start to N months after its end', async () => {
    const six = await ok<Outcomes>(OUTCOMES, { id: institution, first: 10 });
    expect(six.trainingOutcomes.edges.map((e) => e.node)).toEqual([
      {
        course: { id: course.a },
        trainees: 7,
        completed: 6,
        employedWithinMonths: 3,
        withinMonths: 6,
        windowEndsOn: '2003-07-31',
        final: true,
        subsidyEligible: true,
      },
      {
        course: { id: course.b },
        trainees: 2,
        completed: 2,
        employedWithinMonths: 1,
        withinMonths: 6,
        windowEndsOn: '2003-02-28',
        final: true,
        subsidyEligible: false,
      },
      {
        course: { id: course.c },
        trainees: 0,
        completed: 0,
        employedWithinMonths: 0,
        withinMonths: 6,
        windowEndsOn: '2003-12-30',
        final: false,
        subsidyEligible: true,
      },
    ]);

    const seven = await ok<Outcomes>(OUTCOMES, { id: institution, months: 7, first: 1 });
    expect(seven.trainingOutcomes.edges[0].node).toMatchObject({ employedWithinMonths: 4, windowEndsOn: '2003-08-31', final: false });
    const five = await ok<Outcomes>(OUTCOMES, { id: institution, months: 5, first: 2 });
    expect(five.trainingOutcomes.edges.map((e) => e.node.employedWithinMonths)).toEqual([2, 0]);
  });

  it('takes N from 1 to 24 months', async () => {
    for (const months of [0, 25]) {
      const { errors } = await stack.query(OUTCOMES, { id: institution, months, first: 1 });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'withinMonths' });
    }
    expect((await ok<Outcomes>(OUTCOMES, { id: institution, months: 1, first: 1 })).trainingOutcomes.edges[0].node).toMatchObject({
      windowEndsOn: '2003-02-28',
      employedWithinMonths: 2,
    });
    expect((await ok<Outcomes>(OUTCOMES, { id: institution, months: 24, first: 1 })).trainingOutcomes.edges[0].node).toMatchObject({
      windowEndsOn: '2005-01-31',
      employedWithinMonths: 4,
    });
  });

  it('pages by course at a fixed cost in statements', async () => {
    stack.subgraphs.labor.queries.reset();
    const first = await ok<Outcomes>(OUTCOMES, { id: institution, first: 2 });
    const cost = stack.subgraphs.labor.queries.total;
    expect(first.trainingOutcomes.edges.map((e) => e.node.course.id)).toEqual([course.a, course.b]);
    expect(first.trainingOutcomes.pageInfo.hasNextPage).toBe(true);
    stack.subgraphs.labor.queries.reset();
    const rest = await ok<Outcomes>(OUTCOMES, { id: institution, first: 2, after: first.trainingOutcomes.pageInfo.endCursor });
    expect(rest.trainingOutcomes.edges.map((e) => e.node.course.id)).toEqual([course.c]);
    expect(rest.trainingOutcomes.pageInfo.hasNextPage).toBe(false);
    // institution, the GROUP BY page, one batch of courses
    expect(cost).toBe(3);
    expect(stack.subgraphs.labor.queries.total).toBe(cost);
  });

  it('serves the figures to report and labor readers of the county only', async () => {
    const reporter = await ok<Outcomes>(OUTCOMES, { id: institution, first: 1 }, 'reporter');
    expect(reporter.trainingOutcomes.edges[0].node.employedWithinMonths).toBe(3);
    await ok(OUTCOMES, { id: institution, first: 1 }, 'finance');
    const withoutScope = await stack.query(OUTCOMES, { id: institution, first: 1 }, { sub: 'tax-only', dept: 'tax', scope: 'tax:write' });
    expect(withoutScope.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    // Another county's institution is answered as one that does not exist.
    const otherCounty = await stack.query(
      OUTCOMES,
      { id: institution, first: 1 },
      { sub: 'lianshui', dept: 'labor', scope: 'labor:read', county: '320826' },
    );
    expect(otherCounty.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const missing = await stack.query(OUTCOMES, { id: '999999', first: 1 });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
