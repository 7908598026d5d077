import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** The gateway's areas list the counties (labor keeps their labour data); finance adds its per-area loan, fund and subsidy figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Access({ scopes: [] })
  @Field(() => ID)
  code!: string;
}
