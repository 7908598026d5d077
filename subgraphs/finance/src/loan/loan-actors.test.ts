import type { Department, Viewer } from '../../../../shared/auth/viewer';
import { LoanActor, mayActAs } from './loan-actors';

const viewer = (dept: Department, scope: string): Viewer => ({
  sub: 'x',
  dept,
  scopes: new Set(scope.split(' ').filter(Boolean)),
  county: null,
  token: '',
});

describe('who may take a loan step', () => {
  it('lets finance staff or labor with loan:review record the community and labor steps', () => {
    expect(mayActAs(viewer('finance', 'finance:write'), LoanActor.LABOR_SIDE)).toBe(true);
    expect(mayActAs(viewer('labor', 'labor:write loan:review'), LoanActor.LABOR_SIDE)).toBe(true);
    expect(mayActAs(viewer('labor', 'labor:write'), LoanActor.LABOR_SIDE)).toBe(false);
    expect(mayActAs(viewer('tax', 'loan:review'), LoanActor.LABOR_SIDE)).toBe(false);
    expect(mayActAs(viewer('labor', 'finance:write'), LoanActor.LABOR_SIDE)).toBe(false);
  });

  it('keeps guarantor and bank steps to finance-side tokens with their scope', () => {
    expect(mayActAs(viewer('finance', 'guarantee:approve'), LoanActor.GUARANTOR)).toBe(true);
    expect(mayActAs(viewer('finance', 'finance:write'), LoanActor.GUARANTOR)).toBe(false);
    expect(mayActAs(viewer('labor', 'guarantee:approve'), LoanActor.GUARANTOR)).toBe(false);
    expect(mayActAs(viewer('finance', 'bank:disburse'), LoanActor.BANK)).toBe(true);
    expect(mayActAs(viewer('finance', 'guarantee:approve'), LoanActor.BANK)).toBe(false);
    expect(mayActAs(viewer('partner', 'bank:disburse'), LoanActor.BANK)).toBe(false);
  });
});
