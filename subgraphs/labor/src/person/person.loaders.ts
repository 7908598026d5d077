import { type DataSource, In } from 'typeorm';
import { groupLoader, rowLoader } from '../../../../shared/loaders';
import { Person } from './person.entity';

export function createPersonLoaders(db: DataSource) {
  const persons = db.getRepository(Person);
  return {
    personById: rowLoader(
      (ids: readonly number[]) => persons.findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
    householdMembers: groupLoader(
      (households: readonly string[]) => persons.find({ where: { householdId: In([...households]) }, order: { id: 'ASC' } }),
      (p) => p.householdId ?? '',
    ),
  };
}
