import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { cityCounty, notInFuture, positiveId, requiredText } from '../../../../shared/validate';
import { ReadinessItem } from './platform.enums';

@InputType({ description: '登记劳动保障工作平台 — a street platform (no community) or a community platform of a street.' })
export class RegisterCommunityPlatformInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => String, { description: '街道（乡镇）' })
  street!: string;

  @Field(() => String, { nullable: true, description: "社区; omit for the street's own platform." })
  community?: string | null;
}

export function validatePlatform(input: RegisterCommunityPlatformInput): { countyCode: string; street: string; community: string } {
  const countyCode = cityCounty('input.countyCode', input.countyCode);
  const street = requiredText('input.street', input.street, 50);
  // The street's own platform is stored with community '' (part of the unique key).
  const community = input.community === null || input.community === undefined ? '' : requiredText('input.community', input.community, 50);
  return { countyCode, street, community };
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

export function validateReadiness(
  input: RecordPlatformReadinessInput,
  today: string,
): { platformId: number; item: ReadinessItem; inPlaceOn: string } {
  const platformId = positiveId('input.platformId', input.platformId);
  notInFuture('input.inPlaceOn', input.inPlaceOn, today);
  return { platformId, item: input.item, inPlaceOn: input.inPlaceOn };
}
