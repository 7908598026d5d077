import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { County } from '../county/county.entity';
import { TARGET_COUNTS, type TargetCount, type TargetFigures } from '../targets/employment-target.entity';
import type { RecordFigures } from './progress.queries';
import { expectedToDate, ratePercent } from './schedule';

export enum RankingIndicator {
  JOBS_CREATED = 'jobsCreated',
  NET_NEW_EMPLOYMENT = 'netNewEmployment',
  REEMPLOYED = 'reemployed',
  HARDSHIP_REEMPLOYED = 'hardshipReemployed',
  RURAL_LABOR_EXPORTED = 'ruralLaborExported',
  REGISTERED_UNEMPLOYMENT_RATE = 'registeredUnemploymentRate',
}

registerEnumType(RankingIndicator, {
  name: 'RankingIndicator',
  description: 'An indicator of the targets (目标责任): the five counts of EmploymentFigures, or the registered unemployment rate.',
});

@ObjectType({ description: "排名 — a county's standing on one indicator, year to date, against its pro-rated schedule." })
export class CountyRank {
  @Access({ scopes: [] })
  @Field(() => County)
  county!: County;

  @Access({ scopes: [] })
  @Field(() => Int, {
    description:
      '1 is best: the highest share of the yearly target reached (counts), the lowest rate (the rate); equal standings share a rank; counties without targets (or without a labour force, for the rate) come last.',
  })
  rank!: number;

  @Access({ scopes: [] })
  @Field(() => Float, {
    nullable: true,
    description: "Year to date to the period's end (a count), or the rate at its end in percent (null without a labour force).",
  })
  value!: number | null;

  @Access({ scopes: [] })
  @Field(() => Float, { nullable: true, description: 'The yearly target; for the rate its ceiling (null without targets).' })
  target!: number | null;

  @Access({ scopes: [] })
  @Field(() => Float, {
    nullable: true,
    description: "Due by the period's end: target × month ÷ 12 rounded up; for the rate the ceiling (null without targets).",
  })
  expectedToDate!: number | null;

  @Access({ scopes: [] })
  @Field(() => Float, {
    nullable: true,
    description:
      'Ahead (positive) or behind (negative) the schedule: value − expectedToDate for counts, ceiling − rate for the rate (null without targets or value).',
  })
  gap!: number | null;

  @Access({ scopes: [] })
  @Field(() => Float, {
    nullable: true,
    description: 'Counts: percent of the yearly target reached, two decimals (null for the rate and without targets).',
  })
  completionPercent!: number | null;
}

/** What ranking needs of one county for the period. */
export interface CountyStanding {
  county: County;
  figures: RecordFigures;
  unemployed: number;
  /** The year's urban labour force; null when none is set. */
  laborForce: number | null;
  targets: TargetFigures | null;
}

const isCount = (indicator: RankingIndicator): indicator is RankingIndicator & TargetCount =>
  (TARGET_COUNTS as readonly string[]).includes(indicator);
const round2 = (n: number) => Math.round(n * 100) / 100;

function standing(
  indicator: RankingIndicator,
  month: number,
  { county, figures, unemployed, laborForce, targets }: CountyStanding,
): Omit<CountyRank, 'rank'> {
  if (isCount(indicator)) {
    const value = figures.yearToDate[indicator];
    const target = targets ? targets[indicator] : null;
    const expected = targets ? expectedToDate(targets, month)[indicator] : null;
    return {
      county,
      value,
      target,
      expectedToDate: expected,
      gap: expected === null ? null : value - expected,
      completionPercent: target ? round2((value * 100) / target) : null,
    };
  }
  const rate = ratePercent(unemployed, laborForce);
  const ceiling = targets ? targets.registeredUnemploymentRate : null;
  return {
    county,
    value: rate,
    target: ceiling,
    expectedToDate: ceiling,
    gap: ceiling === null || rate === null ? null : round2(ceiling - rate),
    completionPercent: null,
  };
}

/**
 * Ranks the counties on one indicator at the period's last month. Counts rank by the
 * share of the yearly target reached, so a small county is not ranked behind a big one
 * for being small; the rate ranks lowest first. Standard competition ranking (1, 2, 2, 4).
 */
export function rankCounties(indicator: RankingIndicator, month: number, counties: CountyStanding[]): CountyRank[] {
  const score = (row: Omit<CountyRank, 'rank'>): number | null =>
    isCount(indicator) ? row.completionPercent : row.value === null ? null : -row.value;
  // A standing without a score (no targets, no labour force) is behind every scored one.
  const better = (a: number | null, b: number | null) => a !== null && (b === null || a > b);
  const rows = counties.map((c) => standing(indicator, month, c));
  return rows
    .map((row) => ({ ...row, rank: 1 + rows.filter((other) => better(score(other), score(row))).length }))
    .sort((a, b) => a.rank - b.rank || a.county.code.localeCompare(b.county.code));
}
