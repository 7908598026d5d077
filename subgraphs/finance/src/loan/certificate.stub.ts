import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns certificates; a loan rests on one. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Field(() => ID)
  number!: string;
}
