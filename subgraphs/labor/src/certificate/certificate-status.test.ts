import { CertificateStatus } from './certificate.entity';
import { type CertificateAction, expiryYearProblem, reviewYearProblem, transition } from './certificate-status';

const { VALID, SUSPENDED, REVOKED, EXPIRED } = CertificateStatus;

describe('certificate lifecycle rules', () => {
  it.each<[CertificateStatus, CertificateAction, CertificateStatus | null]>([
    [VALID, 'suspend', SUSPENDED],
    [SUSPENDED, 'suspend', null],
    [SUSPENDED, 'reinstate', VALID],
    [VALID, 'reinstate', null],
    [VALID, 'revoke', REVOKED],
    [SUSPENDED, 'revoke', REVOKED],
    [REVOKED, 'revoke', null],
    [EXPIRED, 'revoke', null],
    [VALID, 'review', VALID],
    [SUSPENDED, 'review', SUSPENDED],
    [EXPIRED, 'review', null],
    [VALID, 'expire', EXPIRED],
    [SUSPENDED, 'expire', EXPIRED],
    [REVOKED, 'expire', null],
    [EXPIRED, 'reinstate', null],
  ])('%s —%s→ %s', (from, action, to) => {
    const result = transition(from, action);
    if (to === null) expect(result).toMatchObject({ ok: false, reason: expect.stringContaining(`cannot ${action} a ${from}`) });
    else expect(result).toEqual({ ok: true, status: to });
  });

  it('reviews the current year only, from the year after issue', () => {
    expect(reviewYearProblem(2004, '2003-12-31', '2004-01-02')).toBeNull();
    expect(reviewYearProblem(2004, '2004-01-01', '2004-06-01')).toMatch(/due in 2005/);
    expect(reviewYearProblem(2003, '2002-05-01', '2004-06-01')).toMatch(/current year 2004/);
  });

  it('closes a review year only after its deadline of March 31', () => {
    expect(expiryYearProblem(2004, '2004-03-31')).toMatch(/open until 2004-03-31/);
    expect(expiryYearProblem(2004, '2004-04-01')).toBeNull();
    expect(expiryYearProblem(2003, '2005-01-01')).toMatch(/from 2004/);
  });
});
