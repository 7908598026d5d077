import { registerEnumType } from 'type-graphql';

/** The three kinds of employer 财税[2002]208号 relieves for hiring laid-off persons. */
export enum EnterpriseReliefKind {
  NEW_SERVICE_ENTERPRISE = 'NEW_SERVICE_ENTERPRISE',
  NEW_COMMERCIAL_RETAIL = 'NEW_COMMERCIAL_RETAIL',
  MAIN_AUXILIARY_SEPARATION = 'MAIN_AUXILIARY_SEPARATION',
}
registerEnumType(EnterpriseReliefKind, {
  name: 'EnterpriseReliefKind',
  description: '企业减免类型 — the kind of employer an assessment finds.',
  valuesConfig: {
    NEW_SERVICE_ENTERPRISE: { description: '新办服务型企业' },
    NEW_COMMERCIAL_RETAIL: { description: '新办商贸企业 (零售)' },
    MAIN_AUXILIARY_SEPARATION: { description: '主辅分离、辅业改制经济实体' },
  },
});

/** Where an assessment's staff and hire figures came from. */
export enum AssessmentSource {
  /** Commerce's register (staff) and labor's employment records (hires), as tax's replicas hold them. */
  RECORDS = 'RECORDS',
  /** Typed in by the tax office, with a recorded reason; the records' figures are kept beside them. */
  OVERRIDE = 'OVERRIDE',
}
registerEnumType(AssessmentSource, {
  name: 'AssessmentSource',
  description: '认定依据 — whether an assessment counted from the records or from figures typed in with a reason.',
  valuesConfig: {
    RECORDS: { description: "From commerce's register (staff) and labor's employment records (hires)." },
    OVERRIDE: { description: 'Figures typed in by the tax office, with a recorded reason.' },
  },
});
