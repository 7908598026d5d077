import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../../../shared/errors';
import { DateScalar } from '../../../../shared/scalars';
import { ReportChannel, ReportStatus, ReportSubject } from './inspection.enums';
import { cityCounty, notInFuture, optionalCreditCode, optionalText, positiveId, requiredText } from '../../../../shared/validate';

@InputType({ description: '受理监督举报 — record a report from the hotline, a letter or a visit.' })
export class ReceiveSupervisionReportInput {
  @Field(() => ID, { description: 'The county the report is about.' })
  countyCode!: string;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => ReportChannel, { defaultValue: ReportChannel.HOTLINE })
  channel!: ReportChannel;

  @Field(() => ReportSubject)
  subject!: ReportSubject;

  @Field(() => String, { description: 'What was reported.' })
  content!: string;

  @Field(() => ID, { nullable: true, description: 'Credit code of the enterprise reported on, if known.' })
  enterpriseCreditCode?: string | null;

  @Field(() => String, { nullable: true, description: 'How to reach the reporter for the answer; omit for an anonymous report.' })
  reporterContact?: string | null;
}

export function validateReport(input: ReceiveSupervisionReportInput, today: string) {
  const countyCode = cityCounty('input.countyCode', input.countyCode);
  notInFuture('input.receivedOn', input.receivedOn, today);
  const content = requiredText('input.content', input.content, 1000);
  const code = optionalCreditCode('input.enterpriseCreditCode', input.enterpriseCreditCode);
  const contact = optionalText('input.reporterContact', input.reporterContact, 100);
  return {
    countyCode,
    receivedOn: input.receivedOn,
    channel: input.channel,
    subject: input.subject,
    content,
    enterpriseCreditCode: code,
    reporterContact: contact,
  };
}

@InputType({ description: '办理 — move a report on: IN_PROGRESS, or CLOSED with the answer given.' })
export class HandleSupervisionReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => String, { nullable: true, description: '处理情况/答复意见; required to close.' })
  note?: string | null;
}

export function validateHandling(input: HandleSupervisionReportInput) {
  const reportId = positiveId('input.reportId', input.reportId);
  if (input.status === ReportStatus.RECEIVED) throw badUserInput('input.status', 'a report cannot go back to RECEIVED');
  const note = optionalText('input.note', input.note, 500);
  if (input.status === ReportStatus.CLOSED && note === null)
    throw badUserInput('input.note', 'the answer to the reporter is required to close');
  return { reportId, status: input.status, note };
}
