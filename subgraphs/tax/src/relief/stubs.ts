import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Labor owns persons; tax adds the reliefs granted to them. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Person {
  @Field(() => ID)
  id!: string;
}

/** Commerce owns enterprises; tax adds the reliefs granted to them. */
@Directive('@key(fields: "creditCode")')
@ObjectType()
export class Enterprise {
  @Field(() => ID)
  creditCode!: string;
}

/** Labor owns certificates; every relief rests on one. */
@Directive('@key(fields: "number")')
@ObjectType()
export class ReemploymentCertificate {
  @Field(() => ID)
  number!: string;
}

/** Labor owns counties; tax adds its monthly relief figures. */
@Directive('@key(fields: "code")')
@ObjectType()
export class County {
  @Field(() => ID)
  code!: string;
}
