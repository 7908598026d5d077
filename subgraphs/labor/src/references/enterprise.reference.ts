import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Commerce owns enterprises; labor knows only the key and adds the hires it records. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Access({ scopes: [] })
  @Field(() => ID)
  creditCode!: string;
}
