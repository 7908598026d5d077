import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Commerce owns enterprises; finance adds the subsidies paid to them. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}
