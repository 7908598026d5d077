import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';

/** Labor owns persons; tax adds the reliefs granted to them. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;
}

/** Commerce owns enterprises; tax adds the reliefs granted to them. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Access({ scopes: [] })
  @Field(() => ID)
  creditCode!: string;
}

/** Labor owns certificates; every relief rests on one. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Access({ scopes: [] })
  @Field(() => ID)
  number!: string;
}

/** The gateway's areas list the counties (labor keeps their labour data); tax adds its relief figures per area. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Access({ scopes: [] })
  @Field(() => ID)
  code!: string;
}
