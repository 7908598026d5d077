import type { EnterpriseReliefKind } from '../../subgraphs/tax/src/assessment/assessment.enums';
import type { ScalePerson } from './people';

/** The scale world's records: plain objects that each department's plan turns into its rows. */

export interface ScaleCertificate {
  number: string;
  holder: ScalePerson;
  issuedOn: string;
  /** Position in labor's feed (1…n, by issue day then number). */
  sequence: number;
}

export interface ScaleBusiness {
  creditCode: string;
  name: string;
  kind: 'INDIVIDUAL_BUSINESS' | 'PRIVATE_ENTERPRISE';
  industry: string;
  countyCode: string;
  owner: ScalePerson | null;
  certificate: ScaleCertificate | null;
  registeredOn: string;
  employeeCount: number;
}

export interface ScaleJob {
  id: number;
  person: ScalePerson;
  kind: 'ENTERPRISE_HIRE' | 'SELF_EMPLOYMENT' | 'FLEXIBLE' | 'LABOR_EXPORT';
  startedOn: string;
  endedOn: string | null;
  /** The hiring enterprise, or the owner's own business (SELF_EMPLOYMENT), as labor records them. */
  employer: ScaleBusiness | null;
  /** The labour contract's length (enterprise hires only). */
  contractMonths: number | null;
}

export interface ScaleLoan {
  id: number;
  certificate: ScaleCertificate;
  amountFen: bigint;
  termMonths: number;
  lowProfitProject: boolean;
  appliedOn: string;
  purpose: string;
}

export interface ScaleRelief {
  id: number;
  /** The taxpayer: a holder's individual business, or an assessed employer. */
  business: ScaleBusiness;
  certificate: ScaleCertificate;
  /** The employer's assessment (enterprise income tax), null for an individual business. */
  assessment: ScaleAssessment | null;
  taxType: 'BUSINESS_TAX' | 'INDIVIDUAL_INCOME_TAX' | 'ENTERPRISE_INCOME_TAX';
  amountFen: bigint;
  /** From the tax registration (individual) or the assessment (employer). */
  periodStart: string;
  grantedOn: string;
}

export interface ScaleWorld {
  scale: number;
  businessDate: string;
  persons: ScalePerson[];
  certificates: ScaleCertificate[];
  businesses: ScaleBusiness[];
  jobs: ScaleJob[];
  loans: ScaleLoan[];
  assessments: ScaleAssessment[];
  reliefs: ScaleRelief[];
}

export interface ScaleAssessment {
  id: number;
  enterprise: ScaleBusiness;
  kind: EnterpriseReliefKind;
  /** The certificate holders it counts: the hires tax's records rule accepts on `effectiveFrom`. */
  hired: ScaleCertificate[];
  /** 减免起始日, also the day it was assessed. */
  effectiveFrom: string;
}
