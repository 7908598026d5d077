import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Commerce owns enterprises; finance adds the subsidies paid to them. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Access({ scopes: [] })
  @Field(() => ID)
  creditCode!: string;
}
