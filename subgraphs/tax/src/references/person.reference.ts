import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns persons; tax adds the reliefs granted to them. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;
}
