import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '户 — a household as the registry knows it: its registered members.' })
export class Household {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;

  countyCode!: string;
}

@ObjectType({ description: 'A page of households, ordered by household id.' })
export class HouseholdConnection extends connectionType(Household, 'Household') {}
