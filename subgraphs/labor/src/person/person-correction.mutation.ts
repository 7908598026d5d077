import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { isUniqueViolation } from '../../../../shared/database';
import { positiveId, requiredText } from '../../../../shared/validate';
import type { LaborContext } from '../context';
import { CorrectPersonInput, validateCorrection } from './person-correction.inputs';
import { correctPerson, withdrawPersonRegistration } from './person-correction.service';
import { Person } from './person.entity';
import { duplicatePerson } from './person.service';

/** Corrections and withdrawals of registrations; each goes on the person feed. */
@Resolver(() => Person)
export class PersonCorrectionMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => Person, {
    description:
      '登记更正 — correct a registration: name, ID number (and so gender and birth date, checked as at registration) or community; published as CORRECTED on `personChanges`.',
  })
  async correctPerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CorrectPersonInput) input: CorrectPersonInput,
    @Ctx() ctx: LaborContext,
  ): Promise<Person> {
    const personId = positiveId('id', id);
    const valid = validateCorrection(input, ctx.today());
    try {
      return await auditedWrite(
        ctx,
        { operation: 'correctPerson', entity: 'Person' },
        (tx) => correctPerson(tx, ctx.viewer, personId, valid, ctx.today()),
        (person) => [person.id],
      );
    } catch (error) {
      // A concurrent registration of the same number won the unique index.
      if (isUniqueViolation(error)) throw duplicatePerson();
      throw error;
    }
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => Person, {
    description:
      '撤销登记 — withdraw a registration made in error, while no certificate, employment record, business or training rests on the person; published as DELETED on `personChanges`. Returns the registration withdrawn.',
  })
  withdrawPersonRegistration(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: LaborContext,
  ): Promise<Person> {
    const personId = positiveId('id', id);
    const why = requiredText('reason', reason, 200);
    return auditedWrite(
      ctx,
      { operation: 'withdrawPersonRegistration', entity: 'Person' },
      (tx) => withdrawPersonRegistration(tx, ctx.viewer, personId, why, ctx.today()),
      (person) => [person.id],
    );
  }
}
