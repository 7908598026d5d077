import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns certificates; a loan rests on one. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Access({ scopes: [] })
  @Field(() => ID)
  number!: string;
}
