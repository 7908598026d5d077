import { EXCLUDED_INDUSTRIES_TEXT, isExcludedIndustry, lastDayWithinYears, RELIEF_YEARS } from '../../../../shared/policy';
import { TaxOffice } from '../taxpayer/taxpayer.enums';
import { TaxType } from './relief.enums';

/** A rule a relief breaks: the input field to fix and why. */
export interface Refusal {
  field: string;
  message: string;
}

/**
 * The 2002 income-tax sharing reform (国发[2001]37号) gave 国税 the income tax of
 * enterprises that registered from 2002 on; older enterprises stay with 地税, which also
 * collects business tax, its surcharges and individual income tax.
 */
export const INCOME_TAX_REFORM_DATE = '2002-01-01';

export function collectingOffice(taxType: TaxType, firstRegisteredOn: string): TaxOffice {
  return taxType === TaxType.ENTERPRISE_INCOME_TAX && firstRegisteredOn >= INCOME_TAX_REFORM_DATE ? TaxOffice.STATE : TaxOffice.LOCAL;
}

export const OFFICE_NAME: Record<TaxOffice, string> = { [TaxOffice.STATE]: '国税', [TaxOffice.LOCAL]: '地税' };

/** The period lies within the three relief years that start on `from`. */
export function periodRefusal(period: { periodStart: string; periodEnd: string }, from: string, what: string): Refusal | null {
  if (period.periodStart < from) return { field: 'input.periodStart', message: `must not be before ${what} on ${from}` };
  const last = lastDayWithinYears(from, RELIEF_YEARS);
  if (period.periodEnd > last) {
    return { field: 'input.periodEnd', message: `must be on or before ${last}: relief runs ${RELIEF_YEARS} years from ${what} on ${from}` };
  }
  return null;
}

/**
 * Relief rests on the 再就业优惠证: months before it was issued were not a holder's months,
 * so a period starting before the issue date (as tax's replica of labor's certificates
 * records it) is refused rather than clipped — the clerk sees the date and re-enters.
 */
export function certificateStartRefusal(
  period: { periodStart: string },
  certificate: { number: string; issuedOn: string },
): Refusal | null {
  if (period.periodStart < certificate.issuedOn) {
    return {
      field: 'input.periodStart',
      message: `must not be before certificate ${certificate.number} was issued (${certificate.issuedOn}): relief rests on the certificate`,
    };
  }
  return null;
}

/** 财税[2002]208号 for a certificate holder's individual business: trade and three years from its tax registration. */
export function individualReliefRefusal(
  registration: { creditCode: string; industry: string; registeredOn: string },
  period: { periodStart: string; periodEnd: string },
): Refusal | null {
  if (isExcludedIndustry(registration.industry)) {
    return {
      field: 'input.taxpayerCreditCode',
      message: `${registration.creditCode} is in ${registration.industry}, excluded from relief (${EXCLUDED_INDUSTRIES_TEXT})`,
    };
  }
  return periodRefusal(period, registration.registeredOn, 'the tax registration');
}
