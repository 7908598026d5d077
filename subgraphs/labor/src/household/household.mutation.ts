import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { Access } from '../../../../shared/auth/access';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import { positiveId, requiredText } from '../../../../shared/validate';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { HouseholdMember } from './household-member.entity';
import {
  AddHouseholdMemberInput,
  CorrectHouseholdInput,
  UpdateHouseholdMemberInput,
  validateHouseholdCorrection,
  validateMember,
  validateMemberUpdate,
} from './household.inputs';
import { addHouseholdMember, correctHousehold, removeHouseholdMember, updateHouseholdMember } from './household.service';

/** A concurrent write of the same ID number lost the race to the roster's unique index. */
async function uniqueIdNumber<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('this ID number is already on a roster', { field: 'input.idNumber' });
    throw error;
  }
}

/** The household roster (members who are not registered) and corrections of households; each change goes into the household's history. */
@Resolver(() => HouseholdMember)
export class HouseholdMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => HouseholdMember, {
    description:
      "户内成员登记 — add a member who is not registered to a household of the token's county (a working spouse, a student child); the household's flags are recomputed.",
  })
  addHouseholdMember(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('input', () => AddHouseholdMemberInput) input: AddHouseholdMemberInput,
    @Ctx() ctx: LaborContext,
  ): Promise<HouseholdMember> {
    const id = requiredText('householdId', householdId, 32);
    const valid = validateMember(input, ctx.today());
    const at = { viewer: ctx.viewer, today: ctx.today() };
    return uniqueIdNumber(
      auditedWrite(
        ctx,
        { operation: 'addHouseholdMember', entity: 'HouseholdMember' },
        (tx) => addHouseholdMember(tx, at, id, valid),
        (member) => [member.id],
      ),
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => HouseholdMember, {
    description:
      'Correct a roster member: identity, situation (re-confirmed), or role (with a reason, kept in the history); flags recomputed.',
  })
  updateHouseholdMember(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateHouseholdMemberInput) input: UpdateHouseholdMemberInput,
    @Ctx() ctx: LaborContext,
  ): Promise<HouseholdMember> {
    const memberId = positiveId('id', id);
    const valid = validateMemberUpdate(input, ctx.today());
    const at = { viewer: ctx.viewer, today: ctx.today() };
    return uniqueIdNumber(
      auditedWrite(
        ctx,
        { operation: 'updateHouseholdMember', entity: 'HouseholdMember' },
        (tx) => updateHouseholdMember(tx, at, memberId, valid),
        (member) => [member.id],
      ),
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => HouseholdMember, {
    description:
      'Take a member off the roster (moved away, recorded in error), with the reason kept in the history; returns the member removed.',
  })
  removeHouseholdMember(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: LaborContext,
  ): Promise<HouseholdMember> {
    const memberId = positiveId('id', id);
    const why = requiredText('reason', reason, 200);
    const at = { viewer: ctx.viewer, today: ctx.today() };
    return auditedWrite(
      ctx,
      { operation: 'removeHouseholdMember', entity: 'HouseholdMember' },
      (tx) => removeHouseholdMember(tx, at, memberId, why),
      (member) => [member.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => Person, {
    description:
      "户籍更正 — correct a registered person's household or role: both households' flags are recomputed, the change goes into each household's history and on `personChanges` as CORRECTED (with the reason).",
  })
  correctHousehold(
    @Arg('personId', () => ID) personId: string,
    @Arg('input', () => CorrectHouseholdInput) input: CorrectHouseholdInput,
    @Ctx() ctx: LaborContext,
  ): Promise<Person> {
    const id = positiveId('personId', personId);
    const valid = validateHouseholdCorrection(input);
    const at = { viewer: ctx.viewer, today: ctx.today() };
    return auditedWrite(
      ctx,
      { operation: 'correctHousehold', entity: 'Person' },
      (tx) => correctHousehold(tx, at, id, valid),
      (person) => [person.id],
    );
  }
}
