import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns persons; finance adds their loans. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;
}
