import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { notInFuture } from '../../../../shared/validate';
import { validateEmployeeCount } from '../enterprise/enterprise-registration.inputs';

@InputType({ description: '从业人员变更 — a register entry reports its number of employees.' })
export class UpdateEmployeeCountInput {
  @Field(() => ID)
  creditCode!: string;

  @Field(() => Int, { description: 'Employees from `effectiveOn` on, the owner of an individual business included.' })
  employeeCount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'From when the count holds; the business date if omitted.' })
  effectiveOn?: string | null;
}

export interface ValidEmployeeCountUpdate {
  creditCode: string;
  employeeCount: number;
  effectiveOn: string;
}

export function validateEmployeeCountUpdate(input: UpdateEmployeeCountInput, today: string): ValidEmployeeCountUpdate {
  const creditCode = input.creditCode.trim().toUpperCase();
  if (creditCode.length !== 18) throw badUserInput('input.creditCode', 'must be 18 characters (GB 32100-2015)');
  const employeeCount = validateEmployeeCount(input.employeeCount, 'input.employeeCount');
  const effectiveOn = notInFuture('input.effectiveOn', input.effectiveOn ?? today, today);
  return { creditCode, employeeCount, effectiveOn };
}
