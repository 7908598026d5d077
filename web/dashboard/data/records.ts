import { postGraphQL } from '../../common/graphql';
import { type Loaded, problemOf } from './circulars';

/**
 * A record a consistency finding names, read through the graph with the signed-in token:
 * the gateway and the departments decide what it may see (masked personal data without
 * `pii:read`, a refusal outside its county), the page only shows the answer. Each kind
 * the checks name and the graph can read by key has its query here; the selections keep
 * to what shows the inconsistency (the certificate, the benefit, its dates).
 */
export interface RecordKind {
  label: string;
  /** The root field that reads it by key, and the key's argument. */
  field: string;
  argument: string;
  selection: string;
}

const CERTIFICATE = 'certificate { number status issuedOn }';

export const RECORD_KINDS: Record<string, RecordKind> = {
  Person: {
    label: '人员 (labor)',
    field: 'person',
    argument: 'id',
    selection: `id name idNumber category registeredOn employmentStatus county { code name } ${CERTIFICATE}
      employmentRecords { kind startedOn employer { creditCode name } }`,
  },
  ReemploymentCertificate: {
    label: '再就业优惠证 (labor)',
    field: 'certificate',
    argument: 'number',
    // Fee exemptions have no query of their own: they are read on their certificate.
    selection:
      'number status statusReason issuedOn countyCode category holder { id name } feeExemptions { id validFrom validUntil totalWaived enterprise { creditCode name } }',
  },
  Loan: {
    label: '小额担保贷款 (finance)',
    field: 'loan',
    argument: 'id',
    selection: `id amount status appliedOn approvedOn disbursedOn applicant { id name } ${CERTIFICATE}`,
  },
  SubsidyPayment: {
    label: '补贴 (finance)',
    field: 'subsidyPayment',
    argument: 'id',
    selection: `id kind amount paidOn countyCode person { id name } enterprise { creditCode name } ${CERTIFICATE}`,
  },
  TaxRelief: {
    label: '税收减免 (tax)',
    field: 'taxRelief',
    argument: 'id',
    selection: `id taxType amount periodStart periodEnd grantedOn person { id name } enterprise { creditCode name } ${CERTIFICATE}`,
  },
  Enterprise: {
    label: '市场主体 (commerce)',
    field: 'enterprise',
    argument: 'creditCode',
    selection: 'creditCode name kind registeredOn county { code name } owner { id name } hires { kind startedOn person { id name } }',
  },
};

export function recordQuery(kind: RecordKind): string {
  return `query DashboardRecord($key: ID!) {\n  ${kind.field}(${kind.argument}: $key) {\n    ${kind.selection}\n  }\n}`;
}

export interface RecordAnswer {
  /** Null: no such record, or not one this token may see. */
  record: Record<string, unknown> | null;
  /** Why some fields are empty (a field refused, a department down): the gateway's messages. */
  notes: string[];
}

export async function loadRecord(kind: RecordKind, key: string, token: string): Promise<Loaded<RecordAnswer>> {
  const answer = await postGraphQL<Record<string, Record<string, unknown> | null>>(recordQuery(kind), { key }, token);
  const record = answer.data?.[kind.field] ?? null;
  if (answer.errors.length && !record) return { ok: false, problem: problemOf(answer.errors) };
  return { ok: true, value: { record, notes: [...new Set(answer.errors.map((e) => e.message))] } };
}
