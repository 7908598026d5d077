import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../../../../shared/pagination';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '户 — a household: its registered members, and the members on its roster who are not registered.' })
export class Household {
  @Access({ scopes: [] })
  @Field(() => ID)
  id!: string;

  countyCode!: string;
}

@ObjectType({ description: 'A page of households, ordered by household id.' })
export class HouseholdConnection extends connectionType(Household, 'Household') {}
