import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * The household roster (members who are not registered: a working spouse, a student
 * child) and the history of household membership and roles. An existing registry has no
 * roster yet, so its stored flags stand as they were computed from registered members.
 */
export class LaborHouseholdRoster1751000180000 implements MigrationInterface {
  name = 'LaborHouseholdRoster1751000180000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'household_member',
        columns: [
          col.id(),
          col.varchar('householdId', 32),
          col.varchar('countyCode', 6),
          col.varchar('name', 50),
          col.varchar('idNumber', 18, true),
          col.varchar('gender', 6),
          col.date('birthDate'),
          col.varchar('role', 8),
          col.varchar('situation', 12),
          col.date('situationConfirmedOn'),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_household_member_idNumber', columnNames: ['idNumber'] }],
        indices: [
          { name: 'IDX_household_member_household', columnNames: ['householdId', 'id'] },
          { name: 'IDX_household_member_county', columnNames: ['countyCode', 'householdId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'household_change',
        columns: [
          col.id(),
          col.varchar('householdId', 32),
          col.varchar('countyCode', 6),
          col.int('personId', true),
          col.int('memberId', true),
          col.varchar('fromHouseholdId', 32, true),
          col.varchar('fromRole', 8, true),
          col.varchar('toHouseholdId', 32, true),
          col.varchar('toRole', 8, true),
          col.varchar('reason', 200),
          col.date('changedOn'),
          col.varchar('actor', 100),
          col.createdAt(),
        ],
        indices: [{ name: 'IDX_household_change_household', columnNames: ['householdId', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('household_change');
    await queryRunner.dropTable('household_member');
  }
}
