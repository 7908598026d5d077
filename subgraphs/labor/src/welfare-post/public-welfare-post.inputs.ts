import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../../shared/scalars';
import { cityCounty, notInFuture, optionalText, positiveId, requiredText } from '../../../../shared/validate';
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
  cityCounty('input.countyCode', input.countyCode);
  const fundedBy = requiredText('input.fundedBy', input.fundedBy, 50);
  const community = optionalText('input.community', input.community, 50);
  notInFuture('input.reportedOn', input.reportedOn, today);
  return { countyCode: input.countyCode, workKind: input.workKind, fundedBy, community, reportedOn: input.reportedOn };
}

export function validateFill(input: FillPostInput, today: string) {
  const postId = positiveId('input.postId', input.postId);
  const personId = positiveId('input.personId', input.personId);
  notInFuture('input.startedOn', input.startedOn, today);
  return {
    postId,
    personId,
    startedOn: input.startedOn,
    contractMonths: validContractMonths(input.contractMonths, 'input.contractMonths'),
  };
}
