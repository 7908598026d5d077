import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns counties; commerce refers to them by code. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Access({ scopes: [] })
  @Field(() => ID)
  code!: string;
}
