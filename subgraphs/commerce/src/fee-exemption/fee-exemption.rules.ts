import { lastDayWithinYears, RELIEF_YEARS } from '../../../../shared/policy';

/** The exemption runs three years from approval (批准经营之日起3年), the notice's RELIEF_YEARS. */
export const MANAGEMENT_FEE_MONTHS = RELIEF_YEARS * 12;

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

/** Last day of the exemption: three years from `from`, less one day (2003-08-01 → 2006-07-31). */
export function exemptionUntil(from: string): string {
  return lastDayWithinYears(from, RELIEF_YEARS);
}
