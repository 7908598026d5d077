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

/** The gateway's areas list the counties; commerce refers to them by code. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Access({ scopes: [] })
  @Field(() => ID)
  code!: string;
}
