import { contractOperation } from '../../helpers/operations';
import { allComplete, type Context } from '../helpers/context';
import { eventually } from '../helpers/processes';
import { applyForLoan, type Holder, loansOf, readFeed, registerHolder, replicaReaches } from '../helpers/records';

/**
 * The circuit per department: a department that keeps timing out is failed fast, probed
 * after the reset time and taken back by itself. Mutations are never retried by the
 * gateway: one that timed out is applied at most once, and the client's retry with the
 * same Idempotency-Key gets the first answer instead of a second loan.
 */
export function circuitScenarios(ctx: Context): void {
  describe('circuit breaker and mutations', () => {
    it("opens finance's circuit after repeated timeouts, fails fast, then probes and closes on recovery", async () => {
      const { stack, variables } = ctx();
      const finance = stack.services.finance;
      finance.pause();
      try {
        const burst = () =>
          Promise.all(Array.from({ length: 6 }, () => stack.query(contractOperation('PersonDossier'), variables.PersonDossier)));
        for (const answer of await burst()) expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_TIMEOUT']);
        // Earlier successes in the window may keep the failure rate under 50 % for a round.
        const open = await eventually(
          'an answer from the open circuit',
          async () => (await burst()).find((a) => a.errors?.[0].message.includes('repeatedly')),
          30_000,
          0,
        );
        expect(open.errors).toEqual([
          {
            message:
              'finance is unavailable (it failed repeatedly; the gateway tries it again shortly): its fields are null in this answer',
            path: ['person', 'loans'],
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'finance' },
          },
        ]);
        // Open, or already half-open when the reset time (1 s) passed on a loaded machine.
        const { body } = await stack.ready('gateway');
        expect(body).toMatchObject({
          missing: ['finance'],
          departments: { finance: { circuit: expect.stringMatching(/^(open|half-open)$/) }, labor: { circuit: 'closed' } },
        });
      } finally {
        finance.resume();
      }
      await eventually('complete answers after the probe', () => allComplete(ctx()));
      expect((await stack.ready('gateway')).body).toMatchObject({ status: 'ready', departments: { finance: { circuit: 'closed' } } });
    });

    describe('a mutation to a hung department', () => {
      let holder: Holder;
      beforeAll(async () => {
        holder = await registerHolder(ctx().stack);
        await replicaReaches(ctx().stack, 'finance', (await readFeed(ctx().stack)).lastSequence);
      });

      it('times out saying it may or may not have been applied, and is applied at most once: the gateway does not retry', async () => {
        const { stack } = ctx();
        stack.services.finance.pause();
        let answer;
        try {
          answer = await applyForLoan(stack, holder, '5000.00');
        } finally {
          stack.services.finance.resume();
        }
        expect(answer.data).toBeNull();
        expect(answer.errors).toEqual([
          {
            message:
              'finance did not answer within 2000 ms: the mutation may or may not have been applied; retry with the same Idempotency-Key',
            path: ['applyForLoan'],
            extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: 'finance' },
          },
        ]);
        // Finance reads what queued up while it was stopped before this later request: the
        // abandoned application ran or was dropped (its client had gone), but only once.
        await eventually('complete answers', () => allComplete(ctx()));
        const loans = await loansOf(stack, holder.personId);
        expect(loans.filter((l) => l.amount === '5000.00').length).toBeLessThanOrEqual(1);
      });

      it("with an Idempotency-Key, the client's retry gets the first answer instead of a second loan", async () => {
        const { stack } = ctx();
        const key = { 'idempotency-key': `fault-suite-${holder.personId}` };
        stack.services.finance.pause();
        let first;
        try {
          first = await applyForLoan(stack, holder, '4000.00', key);
        } finally {
          stack.services.finance.resume();
        }
        expect(first.errors?.[0].extensions).toEqual({ code: 'SUBGRAPH_TIMEOUT', serviceName: 'finance' });
        const retried = await eventually('the retry answered', async () => {
          const res = await applyForLoan(stack, holder, '4000.00', key);
          return res.data?.applyForLoan ? res.data.applyForLoan : undefined;
        });
        // Applied exactly once: by the abandoned request (the retry replays it) or by the retry.
        const loans = await loansOf(stack, holder.personId);
        expect(loans.filter((l) => l.amount === '4000.00').map((l) => l.id)).toEqual([retried.id]);
        expect((await applyForLoan(stack, holder, '4000.00', key)).data?.applyForLoan.id).toBe(retried.id);
      });
    });
  });
}
