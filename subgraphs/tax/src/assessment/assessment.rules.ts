import { TaxType } from '../relief/relief.enums';
import { isExcludedIndustry } from '../../../../shared/policy';
import { Industry } from '../taxpayer/taxpayer.enums';
import { EnterpriseReliefKind } from './assessment.enums';

/** Income tax relieved in full, in basis points (万分之一) of the tax due. */
export const FULL_RELIEF_BASIS_POINTS = 10_000;

/** Service trades a 新办服务型企业 may be in (retail is commercial, manufacturing is neither). */
export const SERVICE_INDUSTRIES: ReadonlySet<Industry> = new Set([
  Industry.CATERING,
  Industry.REPAIR,
  Industry.LAUNDRY_TAILORING,
  Industry.BARBER,
  Industry.CLEANING,
  Industry.CHILD_CARE,
  Industry.ELDERLY_CARE,
  Industry.HOUSEHOLD_SERVICE,
  Industry.TRANSPORT,
  Industry.OTHER,
]);

/** Hired certificate holders reach 30 % of the staff: integer arithmetic, no rounding. */
export function reachesThirtyPercent(hired: number, staff: number): boolean {
  return hired * 100 >= staff * 30;
}

export interface AssessedRelief {
  /** Tax types relief may be granted for on this assessment. */
  taxTypes: TaxType[];
  /** Share of enterprise income tax relieved, in basis points; null when income tax is not relieved. */
  incomeTaxBasisPoints: number | null;
}

/**
 * 财税[2002]208号 for employers, from the staff (职工总数) and the laid-off persons hired
 * on ≥ 3-year contracts. At 30 % or more: a service enterprise is exempt from business tax,
 * its two surcharges and income tax; a retail enterprise from the surcharges and income
 * tax; a main/auxiliary separation entity from income tax. Below 30 % only a service
 * enterprise gets relief: income tax reduced by (hired ÷ staff × 100 %) × 2, expressed in
 * basis points and rounded down (1 of 20 staff → 1000 bp, i.e. 10 % of the tax).
 */
export function assessEnterpriseRelief(kind: EnterpriseReliefKind, staff: number, hired: number): AssessedRelief {
  const reaches = reachesThirtyPercent(hired, staff);
  const full = { incomeTaxBasisPoints: FULL_RELIEF_BASIS_POINTS };
  switch (kind) {
    case EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE: {
      if (reaches) {
        return {
          taxTypes: [TaxType.BUSINESS_TAX, TaxType.CITY_CONSTRUCTION_TAX, TaxType.EDUCATION_SURCHARGE, TaxType.ENTERPRISE_INCOME_TAX],
          ...full,
        };
      }
      const basisPoints = Math.floor((hired * 2 * FULL_RELIEF_BASIS_POINTS) / staff);
      return basisPoints > 0
        ? { taxTypes: [TaxType.ENTERPRISE_INCOME_TAX], incomeTaxBasisPoints: basisPoints }
        : { taxTypes: [], incomeTaxBasisPoints: null };
    }
    case EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL:
      return reaches
        ? { taxTypes: [TaxType.CITY_CONSTRUCTION_TAX, TaxType.EDUCATION_SURCHARGE, TaxType.ENTERPRISE_INCOME_TAX], ...full }
        : { taxTypes: [], incomeTaxBasisPoints: null };
    case EnterpriseReliefKind.MAIN_AUXILIARY_SEPARATION:
      return reaches ? { taxTypes: [TaxType.ENTERPRISE_INCOME_TAX], ...full } : { taxTypes: [], incomeTaxBasisPoints: null };
  }
}

/** Why an enterprise of `industry` cannot be assessed as `kind`, or null if it can. */
export function industryMismatch(kind: EnterpriseReliefKind, industry: Industry): string | null {
  if (isExcludedIndustry(industry)) return `industry ${industry} is excluded from relief (财税[2002]208号)`;
  if (kind === EnterpriseReliefKind.NEW_COMMERCIAL_RETAIL && industry !== Industry.RETAIL) {
    return `a commercial enterprise must be in RETAIL, not ${industry} (wholesale is not relieved)`;
  }
  if (kind === EnterpriseReliefKind.NEW_SERVICE_ENTERPRISE && !SERVICE_INDUSTRIES.has(industry)) {
    return `${industry} is not a service trade`;
  }
  return null;
}
