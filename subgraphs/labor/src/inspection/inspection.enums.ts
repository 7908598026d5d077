import { registerEnumType } from 'type-graphql';

export enum InspectionKind {
  NO_LABOR_CONTRACT = 'NO_LABOR_CONTRACT',
  PROBATION_ABUSE = 'PROBATION_ABUSE',
  WAGE_ARREARS = 'WAGE_ARREARS',
  SOCIAL_INSURANCE_REFUSED = 'SOCIAL_INSURANCE_REFUSED',
}
registerEnumType(InspectionKind, {
  name: 'InspectionKind',
  description: 'The violations the notice orders labor inspection to pursue (依法查处).',
  valuesConfig: {
    NO_LABOR_CONTRACT: { description: '招用人员不签订劳动合同' },
    PROBATION_ABUSE: { description: '滥用试用期' },
    WAGE_ARREARS: { description: '拖欠、克扣工资' },
    SOCIAL_INSURANCE_REFUSED: { description: '拒缴社会保险费' },
  },
});

export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'InspectionCaseStatus',
  valuesConfig: { OPEN: { description: '立案查处中' }, CLOSED: { description: '已结案' } },
});

export enum CaseOutcome {
  RECTIFIED = 'RECTIFIED',
  PENALIZED = 'PENALIZED',
  TRANSFERRED = 'TRANSFERRED',
  UNFOUNDED = 'UNFOUNDED',
}
registerEnumType(CaseOutcome, {
  name: 'InspectionCaseOutcome',
  valuesConfig: {
    RECTIFIED: { description: '责令改正，已整改' },
    PENALIZED: { description: '行政处罚' },
    TRANSFERRED: { description: '移送（仲裁、司法机关）' },
    UNFOUNDED: { description: '查无违法事实' },
  },
});

/** Kinds where the bureau recovers money for the workers: back wages or unpaid contributions. */
export const RECOVERABLE_KINDS: ReadonlySet<InspectionKind> = new Set([
  InspectionKind.WAGE_ARREARS,
  InspectionKind.SOCIAL_INSURANCE_REFUSED,
]);

export enum ReportChannel {
  HOTLINE = 'HOTLINE',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
}
registerEnumType(ReportChannel, {
  name: 'SupervisionReportChannel',
  valuesConfig: { HOTLINE: { description: '监督举报电话' }, LETTER: { description: '来信' }, VISIT: { description: '来访' } },
});

export enum ReportSubject {
  POLICY_NOT_IMPLEMENTED = 'POLICY_NOT_IMPLEMENTED',
  LABOR_VIOLATION = 'LABOR_VIOLATION',
  SERVICE_CONDUCT = 'SERVICE_CONDUCT',
  OTHER = 'OTHER',
}
registerEnumType(ReportSubject, {
  name: 'SupervisionReportSubject',
  valuesConfig: {
    POLICY_NOT_IMPLEMENTED: { description: '再就业优惠政策落实不到位 (certificate, relief, loans, subsidies)' },
    LABOR_VIOLATION: { description: '用人单位违法用工 (contracts, wages, social insurance)' },
    SERVICE_CONDUCT: { description: '工作作风、服务质量' },
    OTHER: { description: '其他' },
  },
});

export enum ReportStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
}
registerEnumType(ReportStatus, {
  name: 'SupervisionReportStatus',
  valuesConfig: {
    RECEIVED: { description: '已受理' },
    IN_PROGRESS: { description: '办理中 (e.g. an inspection case is open)' },
    CLOSED: { description: '已办结并答复' },
  },
});
