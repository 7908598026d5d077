import { registerEnumType } from 'type-graphql';

export enum LoanStatus {
  APPLIED = 'APPLIED',
  RECOMMENDED = 'RECOMMENDED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DISBURSED = 'DISBURSED',
  EXTENDED = 'EXTENDED',
  REPAID = 'REPAID',
  DEFAULTED = 'DEFAULTED',
  COMPENSATED = 'COMPENSATED',
}

registerEnumType(LoanStatus, {
  name: 'LoanStatus',
  description: 'Small guaranteed loan lifecycle: apply → community recommends → labor reviews → guarantor approves → bank lends.',
  valuesConfig: {
    APPLIED: { description: '已申请' },
    RECOMMENDED: { description: '社区推荐' },
    REVIEWED: { description: '劳动保障部门审核' },
    APPROVED: { description: '担保机构承诺担保' },
    REJECTED: { description: '不予贷款' },
    DISBURSED: { description: '经办银行发放' },
    EXTENDED: { description: '展期 (once, at most 12 months)' },
    REPAID: { description: '已还清' },
    DEFAULTED: { description: '逾期违约' },
    COMPENSATED: { description: '担保基金代偿' },
  },
});
