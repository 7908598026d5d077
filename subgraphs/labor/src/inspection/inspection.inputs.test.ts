import { makeCreditCode } from '../../../../shared/checksums';
import { CaseOutcome, InspectionKind, ReportStatus } from './inspection.enums';
import { validateCase, validateClosing } from './inspection.inputs';
import { validateHandling } from './report.inputs';
import { maskContact } from './report.resolver';

const code = makeCreditCode('1', '320803', 42);

describe('inspection case rules', () => {
  const input = {
    countyCode: '320803',
    enterpriseCreditCode: ` ${code.toLowerCase()} `,
    kind: InspectionKind.WAGE_ARREARS,
    openedOn: '2003-08-15',
    summary: ' 欠薪 ',
    workersAffected: 1,
  };

  it('normalises the credit code and checks it (GB 32100-2015)', () => {
    expect(validateCase(input, '2003-08-15')).toMatchObject({ enterpriseCreditCode: code, summary: '欠薪', reportId: null });
    expect(() =>
      validateCase({ ...input, enterpriseCreditCode: `${code.slice(0, 17)}${code[17] === 'Y' ? '0' : 'Y'}` }, '2003-08-15'),
    ).toThrow(/input.enterpriseCreditCode/);
    expect(() => validateCase({ ...input, openedOn: '2003-08-16' }, '2003-08-15')).toThrow(/input.openedOn/);
    expect(() => validateCase({ ...input, workersAffected: 0 }, '2003-08-15')).toThrow(/input.workersAffected/);
  });

  it('recovers money only in wage and social-insurance cases that were founded', () => {
    const closing = { caseId: '1', outcome: CaseOutcome.PENALIZED, closedOn: '2003-08-15', note: '处罚', amountRecovered: 100n };
    expect(
      validateClosing(closing, { kind: InspectionKind.SOCIAL_INSURANCE_REFUSED, openedOn: '2003-08-15' }, '2003-08-15').amountRecovered,
    ).toBe(100n);
    expect(() => validateClosing(closing, { kind: InspectionKind.PROBATION_ABUSE, openedOn: '2003-08-01' }, '2003-08-15')).toThrow(
      /input.amountRecovered/,
    );
    expect(() =>
      validateClosing(
        { ...closing, outcome: CaseOutcome.UNFOUNDED },
        { kind: InspectionKind.WAGE_ARREARS, openedOn: '2003-08-01' },
        '2003-08-15',
      ),
    ).toThrow(/input.amountRecovered/);
    expect(() => validateClosing(closing, { kind: InspectionKind.WAGE_ARREARS, openedOn: '2003-08-16' }, '2003-08-20')).toThrow(
      /input.closedOn/,
    );
  });
});

describe('supervision report rules', () => {
  it('needs an answer to close and never goes back to RECEIVED', () => {
    expect(validateHandling({ reportId: '5', status: ReportStatus.IN_PROGRESS })).toEqual({
      reportId: 5,
      status: ReportStatus.IN_PROGRESS,
      note: null,
    });
    expect(() => validateHandling({ reportId: '5', status: ReportStatus.CLOSED, note: ' ' })).toThrow(/input.note/);
    expect(() => validateHandling({ reportId: '5', status: ReportStatus.RECEIVED })).toThrow(/input.status/);
  });

  it('masks a contact to its last four characters', () => {
    expect(maskContact('13905171234')).toBe('*******1234');
    expect(maskContact('123')).toBe('****');
  });
});
