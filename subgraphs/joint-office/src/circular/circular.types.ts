import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { ConsistencyFinding } from '../findings/finding.types';
import { Duty } from '../duties/duty.types';

const AGGREGATE = { scopes: [] } as const;

@ObjectType({ description: 'One area (the city 320800 or a county) of a circular, as frozen at publication.' })
export class CircularArea {
  @Access(AGGREGATE) @Field(() => ID) code!: string;
  @Access(AGGREGATE) @Field(() => String) name!: string;
  @Access(AGGREGATE)
  @Field(() => Int, { nullable: true, description: '实现就业再就业 target of the year (null where none was set).' })
  reemployedTarget!: number | null;
  @Access(AGGREGATE) @Field(() => Int) reemployedYearToDate!: number;
  @Access(AGGREGATE) @Field(() => Int, { nullable: true }) hardshipReemployedTarget!: number | null;
  @Access(AGGREGATE) @Field(() => Int) hardshipReemployedYearToDate!: number;
  @Access(AGGREGATE) @Field(() => Int, { description: 'Registered unemployed at the month end.' }) registeredUnemployed!: number;
  @Access(AGGREGATE) @Field(() => Int) certificatesIssuedYearToDate!: number;
  @Access(AGGREGATE) @Field(() => Int, { description: '再就业优惠证 valid when the circular was published.' }) certificatesValid!: number;
  @Access(AGGREGATE) @Field(() => Int) loanCountYearToDate!: number;
  @Access(AGGREGATE) @Field(() => MoneyScalar) loanAmountYearToDate!: bigint;
  @Access(AGGREGATE) @Field(() => MoneyScalar) loanOutstandingAmount!: bigint;
  @Access(AGGREGATE) @Field(() => Int) reliefPersonsYearToDate!: number;
  @Access(AGGREGATE) @Field(() => MoneyScalar) reliefAmountYearToDate!: bigint;
  @Access(AGGREGATE) @Field(() => Int) individualBusinessesYearToDate!: number;
  @Access(AGGREGATE) @Field(() => Int) feeExemptionsYearToDate!: number;
  @Access(AGGREGATE) @Field(() => MoneyScalar) subsidyAmountYearToDate!: bigint;
}

@ObjectType({ description: 'A county behind the pro-rated schedule in the circular, and by how much.' })
export class CircularCountyGap {
  @Access(AGGREGATE) @Field(() => ID) code!: string;
  @Access(AGGREGATE) @Field(() => String) name!: string;
  @Access(AGGREGATE)
  @Field(() => [String], { description: "The indicators labor's progress reported behind schedule." })
  indicators!: string[];
  @Access(AGGREGATE)
  @Field(() => Int, { nullable: true, description: 'Persons short of the pro-rated 实现就业再就业 target.' })
  reemployedGap!: number | null;
  @Access(AGGREGATE) @Field(() => Int, { nullable: true }) hardshipReemployedGap!: number | null;
}

@ObjectType({ description: "通报 — a month's circular of the joint meeting's office: a frozen snapshot, one version of the month." })
export class Circular {
  @Access(AGGREGATE) @Field(() => ID) id!: string;
  @Access(AGGREGATE) @Field(() => Int) year!: number;
  @Access(AGGREGATE) @Field(() => Int) month!: number;
  @Access(AGGREGATE) @Field(() => Int, { description: 'Re-issues of the same month count up from 1.' }) version!: number;
  @Access(AGGREGATE) @Field(() => GraphQLISODateTime) publishedAt!: Date;
  @Access(AGGREGATE)
  @Field(() => DateScalar, { description: 'The business date it was published on: what "late" was judged against.' })
  businessDate!: string;
  @Access(AGGREGATE)
  @Field(() => [CircularArea], { description: 'The city (320800) first, then the eight counties.' })
  areas!: CircularArea[];
  @Access(AGGREGATE) @Field(() => [CircularCountyGap]) countiesBehindSchedule!: CircularCountyGap[];
  @Access(AGGREGATE)
  @Field(() => [ConsistencyFinding], { description: 'The consistency findings open at publication.' })
  openFindings!: ConsistencyFinding[];
  @Access(AGGREGATE)
  @Field(() => [Duty], { description: 'Duties past their deadline and not done at publication, by department and county.' })
  lateDuties!: Duty[];
}
