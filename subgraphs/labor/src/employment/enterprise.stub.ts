import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Commerce owns enterprises; labor knows only the key and adds the hires it records. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}
