import { Field, ID, InputType } from 'type-graphql';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { intKey } from '../../../../shared/loaders';
import { DateScalar } from '../../../../shared/scalars';
import { Industry } from './enterprise.enums';

@InputType({ description: '个体工商户登记 — registration of an individual business.' })
export class RegisterIndividualBusinessInput {
  @Field(() => ID, { description: "Labor's person id of the owner." })
  ownerId!: string;

  @Field(() => ID, { nullable: true, description: 'Re-employment certificate of the owner, for the fee exemption.' })
  certificateNumber?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => ID)
  countyCode!: string;

  @Field(() => DateScalar)
  registeredOn!: string;
}

export interface ValidBusinessRegistration {
  ownerId: number;
  certificateNumber: string | null;
  name: string;
  industry: Industry;
  countyCode: string;
  registeredOn: string;
}

export function validateBusinessRegistration(input: RegisterIndividualBusinessInput, today: string): ValidBusinessRegistration {
  const ownerId = intKey(input.ownerId);
  if (Number.isNaN(ownerId)) throw badUserInput('input.ownerId', 'is not a person id');
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) throw badUserInput('input.name', 'must be 1 to 100 characters');
  if (!isCityCounty(input.countyCode)) throw badUserInput('input.countyCode', `${input.countyCode} is not a county of Huai'an (GB/T 2260)`);
  if (input.registeredOn > today) throw badUserInput('input.registeredOn', 'cannot be in the future');
  return {
    ownerId,
    certificateNumber: input.certificateNumber?.trim() || null,
    name,
    industry: input.industry,
    countyCode: input.countyCode,
    registeredOn: input.registeredOn,
  };
}
