import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { TaxType } from '../relief/relief.enums';
import { TaxOffice } from '../taxpayer/taxpayer.enums';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '减免税情况 — distinct persons and enterprises relieved, and the amounts, by grant date.' })
export class TaxReliefFigures {
  @Access({ scopes: [] })
  @Field(() => Int, { description: '减免税人数 — certificate holders relieved (individual businesses).' })
  persons!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: '减免税企业数 — employers relieved.' })
  enterprises!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: '减免税金额.' })
  amount!: bigint;
}

@ObjectType({
  description:
    '按月报送 — tax relief of a county (or the city, the sum of its counties) for the joint meeting: the month (or quarter) and the year to date.',
})
export class TaxReliefStats {
  @Access({ scopes: [] })
  @Field(() => TaxReliefFigures)
  month!: TaxReliefFigures;

  @Access({ scopes: [] })
  @Field(() => TaxReliefFigures)
  yearToDate!: TaxReliefFigures;
}

@ObjectType({ description: '分税种减免 — relief of one tax type within a collection-quota offset.' })
export class TaxTypeReliefAmount {
  @Access({ scopes: [] })
  @Field(() => TaxType)
  taxType!: TaxType;

  @Access({ scopes: [] })
  @Field(() => Int)
  reliefs!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar)
  amount!: bigint;
}

@ObjectType({ description: '抵减收缴任务 — relief an office granted in a county and period, which may offset its collection quota.' })
export class CollectionQuotaOffset {
  @Access({ scopes: [] })
  @Field(() => TaxOffice)
  office!: TaxOffice;

  @Access({ scopes: [] })
  @Field(() => ID)
  countyCode!: string;

  @Access({ scopes: [] })
  @Field(() => DateScalar)
  from!: string;

  @Access({ scopes: [] })
  @Field(() => DateScalar)
  to!: string;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Reliefs granted in the period.' })
  reliefs!: number;

  @Access({ scopes: [] })
  @Field(() => MoneyScalar, { description: 'Amount that may offset the quota.' })
  amount!: bigint;

  @Access({ scopes: [] })
  @Field(() => [TaxTypeReliefAmount])
  byTaxType!: TaxTypeReliefAmount[];
}
