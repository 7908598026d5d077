import type { DataSource } from 'typeorm';
import { buildDemoWorld } from '../../../demo/world';
import { insertChunked, seedIfEmpty } from '../../../shared/seeding';
import { Loan } from './loan/loan.entity';
import { LoanStatus } from './loan/loan.enums';

/** Loads finance's part of the demo world (loans of certificate holders) into an empty database. */
export function seedFinanceDemo(db: DataSource): Promise<boolean> {
  const statuses = [LoanStatus.DISBURSED, LoanStatus.APPROVED, LoanStatus.APPLIED, LoanStatus.REPAID];
  const loans = buildDemoWorld().persons.flatMap((p) =>
    p.loan && p.certificate
      ? [
          {
            applicantId: p.id,
            certificateNumber: p.certificate.number,
            countyCode: p.countyCode,
            amount: p.loan.amountFen,
            termMonths: p.loan.termMonths,
            purpose: p.business ? `经营 ${p.business.name}` : '自主创业',
            lowProfitProject: p.loan.lowProfitProject,
            status: statuses[p.id % statuses.length],
            appliedOn: p.loan.appliedOn,
          },
        ]
      : [],
  );
  return seedIfEmpty(db, Loan, (tx) => insertChunked(tx, Loan, loans));
}
