import { badUserInput } from '../../../../shared/errors';

/**
 * What an individual business (个体工商户) may employ, per 《城乡个体工商户管理暂行条例》
 * (国务院 1987, in force in 2003), 第四条: "个体工商户可以根据经营情况请一、二个帮手；
 * 有技术的个体工商户可以带三、五个学徒。" — at most two helpers and five apprentices.
 * Eight or more hired hands make a private enterprise (私营企业, 《私营企业暂行条例》1988), registered as one.
 */
export const INDIVIDUAL_BUSINESS_MAX_HELPERS = 2;
export const INDIVIDUAL_BUSINESS_MAX_APPRENTICES = 5;

/**
 * The register's count is one number, the owner included (`UpdateEmployeeCountInput`), and
 * does not say who is a helper and who an apprentice, so the cap is on the total: the
 * owner, two helpers and five apprentices.
 */
export const INDIVIDUAL_BUSINESS_MAX_EMPLOYEES = 1 + INDIVIDUAL_BUSINESS_MAX_HELPERS + INDIVIDUAL_BUSINESS_MAX_APPRENTICES;

export function requireIndividualBusinessStaff(employeeCount: number, field: string): void {
  if (employeeCount > INDIVIDUAL_BUSINESS_MAX_EMPLOYEES) {
    throw badUserInput(
      field,
      `an individual business (个体工商户) employs at most ${INDIVIDUAL_BUSINESS_MAX_EMPLOYEES}: the owner, ${INDIVIDUAL_BUSINESS_MAX_HELPERS} helpers (帮手) and ${INDIVIDUAL_BUSINESS_MAX_APPRENTICES} apprentices (学徒), 《城乡个体工商户管理暂行条例》第四条; register a private enterprise for more`,
    );
  }
}
