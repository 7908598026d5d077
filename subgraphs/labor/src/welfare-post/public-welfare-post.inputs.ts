import { Field, ID, InputType, Int } from 'type-graphql';
import { isCityCounty } from '../../../../shared/areas';
import { badUserInput } from '../../../../shared/errors';
import { intKey } from '../../../../shared/loaders';
import { DateScalar } from '../../../../shared/scalars';
import { validContractMonths } from '../employment/employment.inputs';
import { PostWorkKind } from './public-welfare-post.entity';

@InputType({ description: '空岗报告 — report a vacant public-welfare post.' })
export class ReportVacancyInput {
  @Field(() => ID)
  countyCode!: string;

  @Field(() => PostWorkKind)
  workKind!: PostWorkKind;

  @Field(() => String, { description: '资金来源, 1 to 50 characters.' })
  fundedBy!: string;

  @Field(() => String, { nullable: true, description: '街道/社区' })
  community?: string | null;

  @Field(() => DateScalar)
  reportedOn!: string;
}

@InputType({ description: 'Place a registered person on a vacant public-welfare post.' })
export class FillPostInput {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => DateScalar, { description: 'First day on the post: not before the vacancy report, not in the future.' })
  startedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Contract term in months (1 to 120).' })
  contractMonths?: number | null;
}

export function validateVacancy(input: ReportVacancyInput, today: string) {
  if (!isCityCounty(input.countyCode)) throw badUserInput('input.countyCode', `${input.countyCode} is not a county of Huai'an (GB/T 2260)`);
  const fundedBy = input.fundedBy.trim();
  if (fundedBy.length === 0 || fundedBy.length > 50) throw badUserInput('input.fundedBy', 'must be 1 to 50 characters');
  const community = input.community?.trim() || null;
  if (community && community.length > 50) throw badUserInput('input.community', 'must be at most 50 characters');
  if (input.reportedOn > today) throw badUserInput('input.reportedOn', 'cannot be in the future');
  return { countyCode: input.countyCode, workKind: input.workKind, fundedBy, community, reportedOn: input.reportedOn };
}

export function validateFill(input: FillPostInput, today: string) {
  const postId = intKey(input.postId);
  if (Number.isNaN(postId)) throw badUserInput('input.postId', 'is not a post id');
  const personId = intKey(input.personId);
  if (Number.isNaN(personId)) throw badUserInput('input.personId', 'is not a person id');
  if (input.startedOn > today) throw badUserInput('input.startedOn', 'cannot be in the future');
  return { postId, personId, startedOn: input.startedOn, contractMonths: validContractMonths(input.contractMonths, 'input.contractMonths') };
}
