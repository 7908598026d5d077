import { Field, ID, InputType } from 'type-graphql';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { ReadinessItem } from './platform.enums';

@InputType({ description: '登记劳动保障工作平台 — a street platform (no community) or a community platform of a street.' })
export class RegisterCommunityPlatformInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => String, { description: '街道（乡镇）' })
  street!: string;

  @Field(() => String, { nullable: true, description: '社区; omit for the street\'s own platform.' })
  community?: string | null;
}

function name(field: string, value: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > 50) throw badUserInput(field, 'must be 1 to 50 characters');
  return text;
}

export function validatePlatform(input: RegisterCommunityPlatformInput): { countyCode: string; street: string; community: string } {
  if (!isCityCounty(input.countyCode)) throw badUserInput('input.countyCode', `${input.countyCode} is not a county of Huai'an (GB/T 2260)`);
  const street = name('input.street', input.street);
  const community = input.community === null || input.community === undefined ? '' : name('input.community', input.community);
  return { countyCode: input.countyCode, street, community };
}

@InputType({ description: '记录一项"到位" — the date one of the six items was in place.' })
export class RecordPlatformReadinessInput {
  @Field(() => ID)
  platformId!: string;

  @Field(() => ReadinessItem)
  item!: ReadinessItem;

  @Field(() => DateScalar)
  inPlaceOn!: string;
}

export function validateReadiness(input: RecordPlatformReadinessInput, today: string): { platformId: number; item: ReadinessItem; inPlaceOn: string } {
  const platformId = Number(input.platformId);
  if (!Number.isSafeInteger(platformId) || platformId < 1) throw badUserInput('input.platformId', 'is not an id');
  if (input.inPlaceOn > today) throw badUserInput('input.inPlaceOn', 'cannot be in the future');
  return { platformId, item: input.item, inPlaceOn: input.inPlaceOn };
}
