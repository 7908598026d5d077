import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { Loan } from './loan.entity';

export function createLoanLoaders(db: DataSource) {
  const loans = db.getRepository(Loan);
  return {
    loanById: rowLoader(
      (ids: readonly number[]) => loans.findBy({ id: In([...ids]) }),
      (l) => l.id,
    ),
    loansByApplicant: groupLoader(
      (ids: readonly number[]) => loans.find({ where: { applicantId: In([...ids]) }, order: { appliedOn: 'ASC', id: 'ASC' } }),
      (l) => l.applicantId,
    ),
  };
}
