import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns persons; finance adds their loans. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}
