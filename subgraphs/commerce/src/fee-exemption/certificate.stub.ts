import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns certificates; commerce records the fee exemptions granted on them. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Field(() => ID)
  number!: string;
}
