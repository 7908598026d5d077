import { countyClerk, expectOk, expectRefused } from './helpers/expect';
import { freshIdNumber } from './helpers/fixtures';
import { contractOperation } from './helpers/operations';
import { postGraphQL, type Stack, startStack } from './helpers/stack';
import type { Caller } from './helpers/tokens';

/**
 * Training institutions (培训机构), certification (资质认定), courses and trainees, through
 * the gateway on an empty world whose business date is 2003-08-15.
 */
const REGISTER = `mutation($input: RegisterTrainingInstitutionInput!) { registerTrainingInstitution(input: $input) { id name certified county { code } } }`;
const CERTIFY = `mutation($input: CertifyTrainingInstitutionInput!) { certifyTrainingInstitution(input: $input) { id certified certifiedOn certificationNumber } }`;
const OPEN = `mutation($input: OpenTrainingCourseInput!) { openTrainingCourse(input: $input) { id kind subsidyEligible institution { id } } }`;
const ENROLL = `mutation($input: EnrollTraineeInput!) { enrollTrainee(input: $input) { id enrolledOn status course { id } person { id } } }`;
const RESULT = `mutation($input: RecordTrainingResultInput!) { recordTrainingResult(input: $input) { id status resultOn } }`;
const INSTITUTIONS = `query($county: ID!, $first: Int!, $after: String) {
  trainingInstitutions(countyCode: $county, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const ROLL = `query($course: ID!, $first: Int!, $after: String) {
  trainingEnrollments(courseId: $course, first: $first, after: $after) { edges { node { id person { id } } } pageInfo { hasNextPage endCursor } } }`;

const RECORD_JOB = `mutation($input: RecordEmploymentInput!) { recordEmployment(input: $input) { id } }`;
const END_JOB = `mutation($id: ID!, $endedOn: Date!) { endEmployment(recordId: $id, endedOn: $endedOn) { id } }`;

describe('labor duties: training institutions, courses and trainees', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ demoData: false });
  });
  afterAll(() => stack?.stop());

  const ok = <T>(query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectOk<T>(stack, query, variables, caller);
  const refused = (query: string, variables: Record<string, unknown>, caller: Caller = 'labor') =>
    expectRefused(stack, query, variables, caller);
  const institution = async (name: string, countyCode = '320803') =>
    (await ok<{ registerTrainingInstitution: { id: string } }>(REGISTER, { input: { name, countyCode } })).registerTrainingInstitution.id;
  const course = async (institutionId: string, startsOn: string, endsOn: string, kind = 'REEMPLOYMENT') =>
    (
      await ok<{ openTrainingCourse: { id: string; subsidyEligible: boolean } }>(OPEN, {
        input: { institutionId, title: '家政服务员', kind, startsOn, endsOn },
      })
    ).openTrainingCourse;
  const person = async (registeredOn = '2003-03-01') =>
    (
      await ok<{ registerPerson: { id: string } }>(contractOperation('RegisterPerson'), {
        input: { name: '陈桂芳', idNumber: freshIdNumber(), countyCode: '320803', category: 'SOE_LAID_OFF', registeredOn },
      })
    ).registerPerson.id;
  async function job(personId: string, startedOn: string, endedOn?: string): Promise<void> {
    const { recordEmployment } = await ok<{ recordEmployment: { id: string } }>(RECORD_JOB, {
      input: { personId, kind: 'FLEXIBLE', startedOn },
    });
    if (endedOn) await ok(END_JOB, { id: recordEmployment.id, endedOn });
  }

  it('records an institution once per county and name, only in the city and by labor of that county', async () => {
    const data = await ok<{ registerTrainingInstitution: Record<string, unknown> }>(REGISTER, {
      input: { name: ' 楚州区职业培训中心 ', countyCode: '320803' },
    });
    expect(data.registerTrainingInstitution).toMatchObject({ name: '楚州区职业培训中心', certified: false, county: { code: '320803' } });

    expect(await refused(REGISTER, { input: { name: '楚州区职业培训中心', countyCode: '320803' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(REGISTER, { input: { name: '外市培训学校', countyCode: '320900' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.countyCode',
    });
    expect(await refused(REGISTER, { input: { name: '', countyCode: '320803' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(await refused(REGISTER, { input: { name: '财政培训班', countyCode: '320803' } }, 'finance')).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refused(REGISTER, { input: { name: '涟水代办', countyCode: '320803' } }, countyClerk('320826'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    await ok(REGISTER, { input: { name: '涟水县技工学校', countyCode: '320826' } }, countyClerk('320826'));

    const list = await ok<{ trainingInstitutions: { edges: { node: { name: string } }[] } }>(INSTITUTIONS, { county: '320803', first: 10 });
    expect(list.trainingInstitutions.edges.map((e) => e.node.name)).toEqual(['楚州区职业培训中心']);
    expect(await refused(INSTITUTIONS, { county: '320803', first: 10 }, countyClerk('320826'))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('certifies an institution once, on a date not after the business date', async () => {
    const id = await institution('清河区再就业培训学校');
    const input = { institutionId: id, certifiedOn: '2003-08-16', certificationNumber: '淮劳培字[2003]第7号' };
    expect(await refused(CERTIFY, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.certifiedOn' });
    expect(await refused(CERTIFY, { input: { ...input, certifiedOn: '2003-08-15', certificationNumber: ' ' } })).toMatchObject({
      field: 'input.certificationNumber',
    });
    const data = await ok<{ certifyTrainingInstitution: Record<string, unknown> }>(CERTIFY, {
      input: { ...input, certifiedOn: '2003-08-15' },
    });
    expect(data.certifyTrainingInstitution).toMatchObject({
      certified: true,
      certifiedOn: '2003-08-15',
      certificationNumber: '淮劳培字[2003]第7号',
    });
    expect(await refused(CERTIFY, { input: { ...input, certifiedOn: '2003-08-01' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(CERTIFY, { input: { ...input, institutionId: '999999', certifiedOn: '2003-08-01' } })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('makes a course subsidy-eligible only if the institution was certified by its start', async () => {
    const id = await institution('淮安创业培训中心');
    const uncertified = await institution('未认定培训部');
    await ok(CERTIFY, { input: { institutionId: id, certifiedOn: '2003-03-01', certificationNumber: 'C-1' } });
    expect((await course(id, '2003-03-01', '2003-03-31', 'ENTREPRENEURSHIP')).subsidyEligible).toBe(true);
    expect((await course(id, '2003-02-28', '2003-03-31')).subsidyEligible).toBe(false);
    expect((await course(uncertified, '2003-06-01', '2003-06-30')).subsidyEligible).toBe(false);

    const input = { institutionId: id, title: '电脑培训', kind: 'REEMPLOYMENT', startsOn: '2003-05-01', endsOn: '2003-04-30' };
    expect(await refused(OPEN, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect(await refused(OPEN, { input: { ...input, endsOn: '2004-05-01' } })).toMatchObject({ field: 'input.endsOn' });
    await ok(OPEN, { input: { ...input, endsOn: '2004-04-30' } });
    await ok(OPEN, { input: { ...input, endsOn: '2003-05-01' } });
    expect(await refused(OPEN, { input: { ...input, endsOn: '2003-05-01' } }, countyClerk('320826'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('enrolls a registered person once, within the course and while without work', async () => {
    const c = await course(await institution('烹饪培训学校'), '2003-03-10', '2003-04-30');
    const [a, b, employed, formerlyEmployed] = [await person(), await person(), await person(), await person()];
    const enroll = (personId: string, enrolledOn?: string) => ({
      input: { courseId: c.id, personId, ...(enrolledOn ? { enrolledOn } : {}) },
    });

    expect(await refused(ENROLL, enroll(a, '2003-05-01'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enrolledOn' });
    expect((await ok<{ enrollTrainee: Record<string, unknown> }>(ENROLL, enroll(a, '2003-04-30'))).enrollTrainee).toMatchObject({
      enrolledOn: '2003-04-30',
      status: 'ENROLLED',
      course: { id: c.id },
      person: { id: a },
    });
    expect(await refused(ENROLL, enroll(a, '2003-04-01'))).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(ENROLL, enroll(b, '2003-02-28'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enrolledOn' });
    await ok(ENROLL, enroll(b, '2003-03-01'));

    await job(employed, '2003-03-05');
    await job(formerlyEmployed, '2003-03-02', '2003-03-09');
    expect(await refused(ENROLL, enroll(employed, '2003-03-10'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
    expect(await refused(ENROLL, enroll(formerlyEmployed, '2003-03-09'))).toMatchObject({ field: 'input.personId' });
    await ok(ENROLL, enroll(formerlyEmployed, '2003-03-10'));
    expect(await refused(ENROLL, enroll('999999', '2003-03-10'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(ENROLL, enroll(employed, '2003-03-10'), 'tax')).toMatchObject({ code: 'FORBIDDEN' });

    const page1 = await ok<{
      trainingEnrollments: { edges: { node: { person: { id: string } } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(ROLL, { course: c.id, first: 2 });
    expect(page1.trainingEnrollments.edges.map((e) => e.node.person.id)).toEqual([a, b]);
    expect(page1.trainingEnrollments.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok<typeof page1>(ROLL, { course: c.id, first: 2, after: page1.trainingEnrollments.pageInfo.endCursor });
    expect(page2.trainingEnrollments.edges.map((e) => e.node.person.id)).toEqual([formerlyEmployed]);
    expect(page2.trainingEnrollments.pageInfo.hasNextPage).toBe(false);
    expect(await refused(ROLL, { course: c.id, first: 101 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const dossier = await ok<{ person: { trainingEnrollments: { course: { id: string } }[] } }>(
      `query($id: ID!) { person(id: $id) { trainingEnrollments { course { id } } } }`,
      { id: a },
      'jointOffice',
    );
    expect(dossier.person.trainingEnrollments).toEqual([{ course: { id: c.id } }]);
  });

  it("resolves institutions as federation entities, for finance's subsidies to refer to", async () => {
    const [a, b] = [await institution('淮阴区技工学校', '320804'), await institution('洪泽县培训站', '320829')];
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingInstitution { id name } } }`;
    const representations = [a, b, '999999'].map((id) => ({ __typename: 'TrainingInstitution', id }));
    const call = async (caller: Caller) =>
      postGraphQL<{ _entities: unknown[] }>(
        stack.subgraphs.labor.url,
        query,
        { r: representations },
        { authorization: `Bearer ${await stack.token(caller)}` },
      );
    expect((await call('finance')).data?._entities).toEqual([{ id: a, name: '淮阴区技工学校' }, { id: b, name: '洪泽县培训站' }, null]);
    const limited = await call({ sub: 'huaiyin', dept: 'labor', scope: 'labor:read', county: '320804' });
    expect(limited.errors?.[0]).toMatchObject({ path: ['_entities', 1, 'name'], extensions: { code: 'FORBIDDEN' } });
  });

  it('records completion only from the course end, a drop-out at any time, and each result once', async () => {
    const inst = await institution('育婴师培训站');
    const [ended, endsToday, running] = [
      await course(inst, '2003-04-01', '2003-04-30'),
      await course(inst, '2003-08-01', '2003-08-15'),
      await course(inst, '2003-08-01', '2003-08-16'),
    ];
    const enroll = async (courseId: string) =>
      (await ok<{ enrollTrainee: { id: string } }>(ENROLL, { input: { courseId, personId: await person(), enrolledOn: '2003-04-01' } }))
        .enrollTrainee.id;
    const [e1, e2, e3, e4] = [await enroll(ended.id), await enroll(endsToday.id), await enroll(running.id), await enroll(running.id)];

    expect(await refused(RESULT, { input: { enrollmentId: e3, completed: true } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.completed',
    });
    expect(
      (await ok<{ recordTrainingResult: unknown }>(RESULT, { input: { enrollmentId: e4, completed: false } })).recordTrainingResult,
    ).toMatchObject({ status: 'DROPPED_OUT', resultOn: '2003-08-15' });
    expect(
      (await ok<{ recordTrainingResult: unknown }>(RESULT, { input: { enrollmentId: e2, completed: true } })).recordTrainingResult,
    ).toMatchObject({ status: 'COMPLETED', resultOn: '2003-08-15' });
    expect(
      (await ok<{ recordTrainingResult: unknown }>(RESULT, { input: { enrollmentId: e1, completed: true } })).recordTrainingResult,
    ).toMatchObject({ status: 'COMPLETED', resultOn: '2003-04-30' });
    expect(await refused(RESULT, { input: { enrollmentId: e1, completed: false } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(RESULT, { input: { enrollmentId: e3, completed: false } }, countyClerk('320826'))).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
