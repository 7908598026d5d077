import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import type { ReportingPeriod } from '../../../../shared/reporting-period';

@ObjectType({
  description: [
    '就业再就业进度 — figures counted from the employment records (就业再就业登记) of the county:',
    '- jobsCreated 开发就业岗位: jobs that started in the period (employment records of every kind except LABOR_EXPORT, whose jobs are outside the county);',
    '- netNewEmployment 净增就业: those jobs minus the jobs of the same kinds that ended in the period;',
    '- reemployed 实现就业再就业: registered persons with an employment record (any kind) that started in the period while they had no other job open, each counted once however many jobs they took;',
    '- hardshipReemployed: of those, persons who were 4050, double laid-off or unemployed, or of a zero-employment household when the job started;',
    '- ruralLaborExported 劳务输出: LABOR_EXPORT records that started in the period.',
  ].join('\n'),
})
export class EmploymentFigures {
  @Access({ scopes: [] })
  @Field(() => Int)
  jobsCreated!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  netNewEmployment!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  reemployed!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  hardshipReemployed!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  ruralLaborExported!: number;
}

@ObjectType({
  description: "按月进度 — a county's progress in a month and year to date, against its yearly targets pro-rated to the month.",
})
export class EmploymentProgress {
  @Access({ scopes: [] })
  @Field(() => EmploymentFigures, { description: 'The month (or quarter) alone.' })
  month!: EmploymentFigures;

  @Access({ scopes: [] })
  @Field(() => EmploymentFigures, { description: 'From January 1 to the end of the month (or quarter).' })
  yearToDate!: EmploymentFigures;

  /** The county (or city) and period the figures are of: the key of the figures resolved on demand. */
  areaPeriod!: { code: string; period: ReportingPeriod };

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Registered persons without an employment record open at the end of the month (登记失业人数).' })
  registeredUnemployed!: number;

  @Access({ scopes: [] })
  @Field(() => Float, {
    nullable: true,
    description:
      '城镇登记失业率 at the end of the month, percent with two decimals: registeredUnemployed ÷ the urban labour force × 100 (null while the labour force is unknown).',
  })
  registeredUnemploymentRate!: number | null;

  @Access({ scopes: [] })
  @Field(() => EmploymentFigures, { nullable: true, description: 'The yearly targets × month ÷ 12, rounded up (null without targets).' })
  expectedYearToDate!: EmploymentFigures | null;

  @Access({ scopes: [] })
  @Field(() => [String], {
    description:
      '进度滞后 — the indicators (field names) whose year-to-date figure is below expectedYearToDate, and registeredUnemploymentRate when it is above the target ceiling; empty without targets.',
  })
  behindSchedule!: string[];
}

@ObjectType({ description: '再就业优惠证发放 — certificates of the county (issuing county).' })
export class CertificateStats {
  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Issued in the month (or quarter).' })
  issuedInMonth!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Issued from January 1 to the end of the month.' })
  issuedYearToDate!: number;

  @Access({ scopes: [] })
  @Field(() => Int, {
    description: 'VALID at the end of the month (or quarter), from the dated status changes; for the current period, VALID now.',
  })
  valid!: number;
}
