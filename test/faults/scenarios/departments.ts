import type { SubgraphName } from '../../../gateway/src/config';
import { contractOperation } from '../../helpers/operations';
import { allComplete, askAll, type Context, type FaultContext, OPERATIONS } from '../helpers/context';
import { DEPARTMENTS, SETTINGS } from '../helpers/fault-stack';
import { partialAnswerProblems } from '../helpers/partial';
import { eventually } from '../helpers/processes';

/** Finance adds nothing to an enterprise's dossier; every other pairing has fields to lose. */
const contributes = (department: SubgraphName, operation: string) => !(department === 'finance' && operation === 'EnterpriseDossier');

async function expectPartialAnswers(ctx: FaultContext, department: SubgraphName, code: string): Promise<void> {
  const answers = await askAll(ctx);
  for (const name of OPERATIONS) {
    const answer = answers[name];
    expect([name, answer.status]).toEqual([name, 200]);
    expect([name, partialAnswerProblems(ctx.complete[name], answer, department, [code])]).toEqual([name, []]);
    if (contributes(department, name)) expect([name, (answer.errors ?? []).length > 0]).toEqual([name, true]);
    else expect([name, answer.errors]).toEqual([name, undefined]);
  }
}

async function expectGatewayNotReady(ctx: FaultContext, department: SubgraphName, code: string): Promise<void> {
  const { status, body } = await ctx.stack.ready('gateway');
  expect(status).toBe(503);
  expect(body).toMatchObject({
    status: 'unavailable',
    missing: [department],
    departments: { [department]: { status: 'unavailable', code } },
  });
}

/** Finance, tax and commerce grant nothing on a copy of labor's certificates older than the bound. */
async function expectStaleBenefitsRefused(ctx: FaultContext): Promise<void> {
  await eventually(
    "finance's replica stale",
    async () => {
      const { data } = await ctx.stack.query<{ financeCertificateReplica: { stale: boolean } }>(
        '{ financeCertificateReplica { stale } }',
        {},
        'auditor',
      );
      return data?.financeCertificateReplica.stale ? true : undefined;
    },
    (SETTINGS.maxLagSeconds + 10) * 1000,
  );
  const loan = await ctx.stack.query(
    contractOperation('ApplyForLoan'),
    {
      input: {
        applicantId: ctx.personId,
        certificateNumber: '3208032003000001',
        amount: '1000.00',
        termMonths: 12,
        purpose: '修车',
        lowProfitProject: false,
      },
    },
    'finance',
  );
  expect(loan.errors?.[0].extensions).toMatchObject({
    code: 'CERTIFICATE_REPLICA_STALE',
    serviceName: 'finance',
    maxLagSeconds: SETTINGS.maxLagSeconds,
  });
  // Reads resting on finance's own data go on.
  const read = await ctx.stack.query<{ loan: { id: string } }>(
    'query($id: ID!) { loan(id: $id) { id status } }',
    { id: ctx.loanId },
    'finance',
  );
  expect(read.data?.loan.id).toBe(ctx.loanId);
}

/**
 * Each department in turn stopped (SIGTERM: connections refused) and hung (SIGSTOP:
 * connections accepted, never answered): the dashboard's four operations answer with
 * every other department's data, null where the missing one's fields were, and an error
 * naming it; /ready tells; and the graph recovers by itself once the department is back.
 */
export function departmentScenarios(ctx: Context): void {
  describe.each(DEPARTMENTS)('%s down or hung', (department) => {
    it(`${department} stopped: partial answers naming ${department} (SUBGRAPH_UNAVAILABLE), /ready names it`, async () => {
      const service = ctx().stack.services[department];
      expect(await service.stop('SIGTERM')).toBe(0);
      await expectPartialAnswers(ctx(), department, 'SUBGRAPH_UNAVAILABLE');
      await expectGatewayNotReady(ctx(), department, 'SUBGRAPH_UNAVAILABLE');
      if (department === 'labor') await expectStaleBenefitsRefused(ctx());
    });

    it(`${department} restarted: complete answers again, without touching the gateway`, async () => {
      const gatewayPid = ctx().stack.gateway.pid;
      await ctx().stack.services[department].start();
      await eventually('complete answers', () => allComplete(ctx()));
      expect((await ctx().stack.ready('gateway')).status).toBe(200);
      expect(ctx().stack.gateway.pid).toBe(gatewayPid);
    });

    it(`${department} hung: partial answers naming ${department} (SUBGRAPH_TIMEOUT), and recovery on resume`, async () => {
      const service = ctx().stack.services[department];
      service.pause();
      try {
        await expectPartialAnswers(ctx(), department, 'SUBGRAPH_TIMEOUT');
        await expectGatewayNotReady(ctx(), department, 'SUBGRAPH_TIMEOUT');
      } finally {
        service.resume();
      }
      await eventually('complete answers after resume', () => allComplete(ctx()));
    });
  });
}
