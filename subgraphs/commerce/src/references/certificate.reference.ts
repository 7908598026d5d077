import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns certificates; commerce records the fee exemptions granted on them. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Access({ scopes: [] })
  @Field(() => ID)
  number!: string;
}
