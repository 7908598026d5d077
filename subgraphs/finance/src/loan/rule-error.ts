import type { GraphQLError } from 'graphql';
import { badUserInput } from '../../../../shared/errors';

/** Loan and subsidy rules, named in `extensions.rule` so clients can tell refusals apart. */
export type FinanceRule =
  | 'GUARANTEE_CAPACITY'
  | 'GUARANTEE_FUND_BALANCE'
  | 'NO_GUARANTEE_FUND'
  | 'EXTENSION_AFTER_DUE'
  | 'REEMPLOYMENT_FUND_BALANCE'
  | 'NO_REEMPLOYMENT_FUND'
  | 'SOCIAL_INSURANCE_THREE_YEARS'
  | 'SUBSIDY_PERIOD_PAID'
  | 'QUARTER_NOT_ENDED'
  | 'NO_RECORDED_HIRE';

/** A BAD_USER_INPUT that names the field to look at and the rule that refused it. */
export function ruleViolation(field: string, rule: FinanceRule, message: string): GraphQLError {
  const error = badUserInput(field, `${message} (${rule})`);
  error.extensions.rule = rule;
  return error;
}
