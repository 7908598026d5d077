import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns counties; tax adds its monthly relief figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Access({ scopes: [] })
  @Field(() => ID)
  code!: string;
}
