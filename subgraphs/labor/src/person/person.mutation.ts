import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { Person } from './person.entity';
import { EmploymentStatus } from './person.enums';
import { RegisterPersonInput, validateRegistration } from './person.inputs';

const duplicate = () => conflict('a person with this ID number is already registered', { field: 'input.idNumber' });

@Resolver(() => Person)
export class PersonMutationResolver {
  @Authorized('labor:write')
  @Mutation(() => Person, { description: '下岗失业人员登记 — register a laid-off or unemployed person.' })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: LaborContext): Promise<Person> {
    const valid = validateRegistration(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'registerPerson', entity: 'Person' },
        async (tx) => {
          if (await tx.existsBy(Person, { idNumber: valid.idNumber })) throw duplicate();
          const { identifiers } = await tx.insert(Person, { ...valid, employmentStatus: EmploymentStatus.UNEMPLOYED });
          return tx.findOneByOrFail(Person, { id: Number(identifiers[0].id) });
        },
        (person) => [person.id],
      );
    } catch (error) {
      // A concurrent registration of the same number lost the race to the unique index.
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }
}
