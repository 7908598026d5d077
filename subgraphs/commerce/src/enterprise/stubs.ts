import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns persons; commerce adds the businesses they own. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}

/** Labor owns counties; commerce refers to them by code. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Field(() => ID)
  code!: string;
}
