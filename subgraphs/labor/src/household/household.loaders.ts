import { type DataSource, In } from 'typeorm';
import { groupLoader } from '../../../../shared/loaders';
import { HouseholdChange } from './household-change.entity';
import { HouseholdMember } from './household-member.entity';

export function createHouseholdLoaders(db: DataSource) {
  return {
    householdRoster: groupLoader(
      (households: readonly string[]) =>
        db.getRepository(HouseholdMember).find({ where: { householdId: In([...households]) }, order: { id: 'ASC' } }),
      (m) => m.householdId,
    ),
    // Newest first; a household's history is a handful of corrections, read whole and cut to `first`.
    householdHistory: groupLoader(
      (households: readonly string[]) =>
        db.getRepository(HouseholdChange).find({ where: { householdId: In([...households]) }, order: { id: 'DESC' } }),
      (c) => c.householdId,
    ),
  };
}
