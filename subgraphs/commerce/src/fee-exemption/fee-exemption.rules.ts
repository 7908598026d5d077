import { Industry } from '../enterprise/enterprise.enums';

/**
 * Trades the notice leaves out of every relief (财税[2002]208号, repeated for the fee
 * exemption): a certificate holder's business in them pays the usual fees.
 */
export const EXCLUDED_INDUSTRIES: ReadonlySet<Industry> = new Set([
  Industry.CONSTRUCTION,
  Industry.ENTERTAINMENT,
  Industry.ADVERTISING,
  Industry.SAUNA,
  Industry.MASSAGE,
  Industry.INTERNET_CAFE,
  Industry.OXYGEN_BAR,
]);

export function isExcludedIndustry(industry: Industry): boolean {
  return EXCLUDED_INDUSTRIES.has(industry);
}

/** The exemption runs three years from approval (批准经营之日起3年). */
export const EXEMPTION_YEARS = 3;
export const MANAGEMENT_FEE_MONTHS = EXEMPTION_YEARS * 12;

/**
 * What an individual business in Huai'an paid the commerce bureau in 2003, in fen. The
 * exemption waives these for three years, so they are what it is worth:
 * - 开业登记费 registration fee: ¥20 once (the national 1995 schedule for 个体工商户);
 * - 营业执照工本费 licence fee: ¥10 once (original and copy of the licence);
 * - 个体工商户管理费 management fee: ¥20 a month, the typical fixed monthly rate for a
 *   small urban business, waived for 36 months.
 * One flat schedule: the register records no turnover to scale the management fee by.
 */
export interface FeeSchedule {
  registrationFee: bigint;
  licenceFee: bigint;
  monthlyManagementFee: bigint;
}

export const FEE_SCHEDULE_2003: FeeSchedule = {
  registrationFee: 2_000n,
  licenceFee: 1_000n,
  monthlyManagementFee: 2_000n,
};

export interface WaivedFees {
  registrationFee: bigint;
  licenceFee: bigint;
  managementFee: bigint;
}

export function waivedFees(schedule: FeeSchedule = FEE_SCHEDULE_2003): WaivedFees {
  return {
    registrationFee: schedule.registrationFee,
    licenceFee: schedule.licenceFee,
    managementFee: schedule.monthlyManagementFee * BigInt(MANAGEMENT_FEE_MONTHS),
  };
}

/**
 * Last day of the exemption: three years after `from`, less one day (2003-08-01 →
 * 2006-07-31). A start on 29 February ends on 28 February three years on.
 */
export function exemptionUntil(from: string): string {
  const [y, m, d] = from.split('-').map(Number);
  // Day d − 1 of the month: Date.UTC rolls day 0 back to the month's last day, and a
  // 29 February anniversary (1 March in a common year) back to 28 February.
  const anniversary = new Date(Date.UTC(y + EXEMPTION_YEARS, m - 1, d - 1));
  return anniversary.toISOString().slice(0, 10);
}
