import { canAccessCounty, canWrite, hasScope, maskIdNumber, type Viewer } from './viewer';

const viewer = (dept: Viewer['dept'], scope: string, county: string | null = null): Viewer => ({
  sub: 'u1',
  dept,
  scopes: new Set(scope.split(' ')),
  county,
  token: 't',
});

describe('viewer rules', () => {
  it('lets write imply read of the same area only', () => {
    const labor = viewer('labor', 'labor:write');
    expect(hasScope(labor, 'labor:read')).toBe(true);
    expect(hasScope(labor, 'finance:read')).toBe(false);
    expect(hasScope(labor, 'pii:read')).toBe(false);
  });

  it('lets a department write only its own data', () => {
    expect(canWrite(viewer('labor', 'labor:write'), 'labor')).toBe(true);
    expect(canWrite(viewer('partner', 'labor:write'), 'labor')).toBe(false);
    expect(canWrite(viewer('labor', 'labor:read'), 'labor')).toBe(false);
    expect(canWrite(viewer('joint-office', 'joint:write'), 'joint')).toBe(true);
  });

  it('limits county tokens to their county', () => {
    expect(canAccessCounty(viewer('labor', 'labor:read', '320803'), '320803')).toBe(true);
    expect(canAccessCounty(viewer('labor', 'labor:read', '320803'), '320804')).toBe(false);
    expect(canAccessCounty(viewer('labor', 'labor:read'), '320804')).toBe(true);
  });

  it('masks ID numbers to the first 6 and last 4 characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
