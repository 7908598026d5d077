import { Field, ID, InputType, Int } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { cityCounty, creditCode, intInRange, notInFuture, optionalId, requiredText } from '../../../../shared/validate';
import { CaseOutcome, InspectionKind, RECOVERABLE_KINDS } from './inspection.enums';

@InputType({ description: '立案 — open a labor inspection case against an enterprise.' })
export class OpenInspectionCaseInput {
  @Field(() => ID, { description: 'The county bureau that handles the case.' })
  countyCode!: string;

  @Field(() => ID, { description: 'Unified Social Credit Code (GB 32100-2015) of the enterprise.' })
  enterpriseCreditCode!: string;

  @Field(() => InspectionKind)
  kind!: InspectionKind;

  @Field(() => DateScalar)
  openedOn!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { description: '涉及劳动者人数, at least 1.' })
  workersAffected!: number;

  @Field(() => ID, { nullable: true, description: 'The supervision report (监督举报) that led to the case.' })
  reportId?: string | null;
}

export interface ValidCase {
  countyCode: string;
  enterpriseCreditCode: string;
  kind: InspectionKind;
  openedOn: string;
  summary: string;
  workersAffected: number;
  reportId: number | null;
}

export function validateCase(input: OpenInspectionCaseInput, today: string): ValidCase {
  const countyCode = cityCounty('input.countyCode', input.countyCode);
  const enterpriseCreditCode = creditCode('input.enterpriseCreditCode', input.enterpriseCreditCode);
  notInFuture('input.openedOn', input.openedOn, today);
  const summary = requiredText('input.summary', input.summary, 500);
  intInRange('input.workersAffected', input.workersAffected, 1, 100_000);
  const reportId = optionalId('input.reportId', input.reportId);
  return {
    countyCode,
    enterpriseCreditCode,
    kind: input.kind,
    openedOn: input.openedOn,
    summary,
    workersAffected: input.workersAffected,
    reportId,
  };
}

@InputType({ description: '结案 — close a case with its outcome.' })
export class CloseInspectionCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseOutcome)
  outcome!: CaseOutcome;

  @Field(() => DateScalar)
  closedOn!: string;

  @Field(() => String, { description: '结案意见' })
  note!: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Wages or contributions recovered; only for wage-arrears and social-insurance cases.',
  })
  amountRecovered?: bigint | null;
}

/** The rules that need the case itself (its kind and opening date). */
export function validateClosing(input: CloseInspectionCaseInput, kase: { kind: InspectionKind; openedOn: string }, today: string) {
  notInFuture('input.closedOn', input.closedOn, today);
  if (input.closedOn < kase.openedOn) throw badUserInput('input.closedOn', `is before the case was opened on ${kase.openedOn}`);
  const note = requiredText('input.note', input.note, 500);
  const amount = input.amountRecovered ?? null;
  if (amount !== null) {
    if (!RECOVERABLE_KINDS.has(kase.kind)) throw badUserInput('input.amountRecovered', `nothing is recovered in a ${kase.kind} case`);
    if (input.outcome === CaseOutcome.UNFOUNDED) throw badUserInput('input.amountRecovered', 'an unfounded case recovers nothing');
    if (amount <= 0n) throw badUserInput('input.amountRecovered', 'must be positive');
  }
  return { outcome: input.outcome, closedOn: input.closedOn, outcomeNote: note, amountRecovered: amount };
}
