import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { Person } from './person.entity';
import { EmploymentStatus } from './person.enums';
import { RegisterPersonInput, validateRegistration } from './person.inputs';

@Resolver(() => Person)
export class PersonMutationResolver {
  @Mutation(() => Person, { description: '下岗失业人员登记 — register a laid-off or unemployed person.' })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() { db, today }: LaborContext): Promise<Person> {
    const valid = validateRegistration(input, today());
    const persons = db.getRepository(Person);
    const duplicateOf = await persons.findOne({ where: { idNumber: valid.idNumber }, select: { id: true } });
    if (duplicateOf) throw conflict(`a person with this ID number is already registered (id ${duplicateOf.id})`, { field: 'input.idNumber' });
    try {
      const { identifiers } = await persons.insert({ ...valid, employmentStatus: EmploymentStatus.UNEMPLOYED });
      return await persons.findOneByOrFail({ id: Number(identifiers[0].id) });
    } catch (error) {
      // A concurrent registration of the same number lost the race to the unique index.
      if (isUniqueViolation(error)) throw conflict('a person with this ID number is already registered', { field: 'input.idNumber' });
      throw error;
    }
  }
}
