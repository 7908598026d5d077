import { registerEnumType } from 'type-graphql';

/** The steps a lending bank (or guarantor, or finance staff) reports, one per single-loan mutation. */
export enum LoanTransition {
  RECOMMEND = 'RECOMMEND',
  REVIEW = 'REVIEW',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  DISBURSE = 'DISBURSE',
  EXTEND = 'EXTEND',
  REPAY = 'REPAY',
  DEFAULT = 'DEFAULT',
  COMPENSATE = 'COMPENSATE',
}

registerEnumType(LoanTransition, {
  name: 'LoanTransition',
  description: 'A step of the small guaranteed loan, as the single-loan mutation of the same name takes it.',
  valuesConfig: {
    RECOMMEND: { description: 'recommendLoan (社区推荐)' },
    REVIEW: { description: 'reviewLoan (劳动保障部门审核)' },
    APPROVE: { description: 'approveLoan (担保机构承诺担保)' },
    REJECT: { description: 'rejectLoan (不予贷款); needs `reason`' },
    DISBURSE: { description: 'disburseLoan (经办银行发放)' },
    EXTEND: { description: 'extendLoan (展期); needs `months`' },
    REPAY: { description: 'repayLoan (还清)' },
    DEFAULT: { description: 'markLoanDefaulted (逾期违约)' },
    COMPENSATE: { description: 'compensateLoan (担保基金代偿)' },
  },
});
