import { type DataSource, In } from 'typeorm';
import { groupLoader } from '../../../../shared/loaders';
import { EmploymentRecord } from './employment-record.entity';

export function createEmploymentLoaders(db: DataSource) {
  const records = db.getRepository(EmploymentRecord);
  return {
    employmentByPerson: groupLoader(
      (personIds: readonly number[]) => records.find({ where: { personId: In([...personIds]) }, order: { startedOn: 'ASC', id: 'ASC' } }),
      (r) => r.personId,
    ),
    hiresByEmployer: groupLoader(
      (codes: readonly string[]) => records.find({ where: { employerCreditCode: In([...codes]) }, order: { startedOn: 'ASC', id: 'ASC' } }),
      (r) => r.employerCreditCode ?? '',
    ),
  };
}
