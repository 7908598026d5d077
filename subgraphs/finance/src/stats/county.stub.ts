import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns counties; finance adds its per-county loan, fund and subsidy figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Field(() => ID)
  code!: string;
}
