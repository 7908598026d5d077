import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns persons; commerce adds the businesses they own. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;
}
