import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { creditCode, notInFuture, requiredText } from '../../../../shared/validate';

@InputType({ description: '注销登记 — a register entry is closed (an individual business or an enterprise).' })
export class CloseBusinessInput {
  @Field(() => ID, { description: '统一社会信用代码 of the entry.' })
  creditCode!: string;

  @Field(() => DateScalar, {
    description: 'The last day of the business on the register: not before its registration, not after the business date.',
  })
  closedOn!: string;

  @Field(() => String, { description: '注销原因 — why it closes (up to 200 characters).' })
  reason!: string;
}

export interface ValidClosure {
  creditCode: string;
  closedOn: string;
  reason: string;
}

export function validateClosure(input: CloseBusinessInput, today: string): ValidClosure {
  return {
    creditCode: creditCode('input.creditCode', input.creditCode),
    closedOn: notInFuture('input.closedOn', input.closedOn, today),
    reason: requiredText('input.reason', input.reason, 200),
  };
}
