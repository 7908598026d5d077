import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { Viewer } from '../../../../shared/auth/viewer';
import { isUniqueViolation } from '../../../../shared/database';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { lockHousehold, MAX_HOUSEHOLD_MEMBERS, refreshHardship } from './household';
import { Person } from './person.entity';
import { EmploymentStatus, HouseholdRole } from './person.enums';
import { RegisterPersonInput, validateRegistration, type ValidRegistration } from './person.inputs';
import { Access } from '../../../../shared/auth/access';
import { insertAndFetch } from '../../../../shared/records';

const duplicate = () => conflict('a person with this ID number is already registered', { field: 'input.idNumber' });

/**
 * A household lives in one county, has a bounded size and at most one head and one spouse.
 * Household ids are city-wide, so an id taken in another county is refused; a
 * county-limited token learns no more than that (not which county, nor who lives there).
 */
async function checkHousehold(tx: EntityManager, valid: ValidRegistration, viewer: Viewer): Promise<void> {
  if (!valid.householdId) return;
  const members = await lockHousehold(tx, valid.householdId);
  const elsewhere = members.find((m) => m.countyCode !== valid.countyCode);
  if (elsewhere) {
    const where = viewer.county === null ? `county ${elsewhere.countyCode}` : 'another county';
    throw badUserInput('input.householdId', `household ${valid.householdId} is registered in ${where}`);
  }
  if (members.length >= MAX_HOUSEHOLD_MEMBERS) throw badUserInput('input.householdId', `household ${valid.householdId} already has ${members.length} members`);
  const role = valid.householdRole;
  const taken = role === HouseholdRole.OTHER ? undefined : members.find((m) => m.householdRole === role);
  if (taken) throw conflict(`household ${valid.householdId} already has a ${role} (person ${taken.id})`, { field: 'input.householdRole' });
}

@Resolver(() => Person)
export class PersonMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => Person, {
    description: '下岗失业人员登记 — register a laid-off or unemployed person; gender and birth date come from the ID number, hardship flags are derived for the whole household.',
  })
  async registerPerson(@Arg('input', () => RegisterPersonInput) input: RegisterPersonInput, @Ctx() ctx: LaborContext): Promise<Person> {
    const valid = validateRegistration(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'registerPerson', entity: 'Person' },
        async (tx) => {
          await checkHousehold(tx, valid, ctx.viewer);
          if (await tx.existsBy(Person, { idNumber: valid.idNumber })) throw duplicate();
          const person = await insertAndFetch(tx, Person, { ...valid, employmentStatus: EmploymentStatus.UNEMPLOYED });
          await refreshHardship(tx, person);
          return tx.findOneByOrFail(Person, { id: person.id });
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
