import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { DateScalar } from '../../../../shared/scalars';

export enum DutyState {
  /** Not done, deadline not yet passed. */
  OPEN = 'OPEN',
  /** Deadline passed at the business date and not done. */
  LATE = 'LATE',
  DONE = 'DONE',
  DONE_LATE = 'DONE_LATE',
}

registerEnumType(DutyState, { name: 'DutyState', description: 'Where a duty of the notice stands at the business date.' });

@ObjectType({ description: '责任分工 — a dated duty of the notice, with the department and county that answer for it.' })
export class Duty {
  @Access({ scopes: [] }) @Field(() => ID) id!: string;
  @Access({ scopes: [] }) @Field(() => String, { description: 'What the duty is, e.g. GUARANTEE_COMPANY.' }) code!: string;
  @Access({ scopes: [] }) @Field(() => String, { description: 'labor, finance, tax or commerce.' }) department!: string;
  @Access({ scopes: [] })
  @Field(() => ID, { nullable: true, description: 'The county that answers for it; null for a city department.' })
  countyCode!: string | null;
  @Access({ scopes: [] }) @Field(() => String) title!: string;
  @Access({ scopes: [] }) @Field(() => String, { description: 'Who answers for it (责任单位).' }) answerer!: string;
  @Access({ scopes: [] }) @Field(() => DateScalar) deadline!: string;
  @Access({ scopes: [] }) @Field(() => DateScalar, { nullable: true }) doneOn!: string | null;
  @Access({ scopes: [] })
  @Field(() => String, {
    nullable: true,
    description: 'Where a department tracks the duty itself (its state is read from there, not marked here).',
  })
  trackedBy!: string | null;
  @Access({ scopes: [] })
  @Field(() => DutyState, { nullable: true, description: 'Null when the department that tracks it cannot be read.' })
  state!: DutyState | null;
}
