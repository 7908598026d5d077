import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import type { LaborContext } from '../context';
import { Person } from './person.entity';
import { duplicatePerson, registerPerson } from './person.service';
import { RegisterPersonInput, validateRegistration } from './person.inputs';
import { Access } from '../../../../shared/auth/access';

@Resolver(() => Person)
export class PersonMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => Person, {
    description:
      '下岗失业人员登记 — register a laid-off or unemployed person; gender and birth date come from the ID number, hardship flags are derived for the whole household.',
  })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: LaborContext): Promise<Person> {
    const valid = validateRegistration(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'registerPerson', entity: 'Person' },
        (tx) => registerPerson(tx, ctx.viewer, valid, ctx.today()),
        (person) => [person.id],
      );
    } catch (error) {
      // A concurrent registration of the same number lost the race to the unique index.
      if (isUniqueViolation(error)) throw duplicatePerson();
      throw error;
    }
  }
}
