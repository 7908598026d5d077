import { registerEnumType } from 'type-graphql';

/** 督查 — what the office checks across departments (README, "The joint office"). */
export enum ConsistencyRule {
  /** A loan, subsidy, tax relief or fee exemption resting on a certificate labor revoked or never issued. */
  BENEFIT_WITHOUT_VALID_CERTIFICATE = 'BENEFIT_WITHOUT_VALID_CERTIFICATE',
  /** Tax relief or a fee exemption that starts before the certificate's issue date. */
  BENEFIT_BEFORE_CERTIFICATE = 'BENEFIT_BEFORE_CERTIFICATE',
  /** A person counted re-employed by labor (an enterprise hire) and by commerce (a new individual business labor's register lacks) in the same month. */
  COUNTED_BY_TWO_DEPARTMENTS = 'COUNTED_BY_TWO_DEPARTMENTS',
  /** A subsidy paid to an employer for a holder labor has no hire of by that employer. */
  SUBSIDY_WITHOUT_HIRE = 'SUBSIDY_WITHOUT_HIRE',
  /** A public-welfare post filled by a non-priority person while priority persons of the county wait. */
  WELFARE_POST_PRIORITY_SKIPPED = 'WELFARE_POST_PRIORITY_SKIPPED',
}

registerEnumType(ConsistencyRule, {
  name: 'ConsistencyRule',
  description: '督查 — the cross-department consistency checks of the joint office.',
});
