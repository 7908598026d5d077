import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * The state of the ageing refresh of the hardship flags (hardship_refresh, one row, not
 * yet run) and the birth-date indexes its range queries use, on the registry and on the roster.
 */
export class LaborHardshipRefresh1751000220000 implements MigrationInterface {
  name = 'LaborHardshipRefresh1751000220000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'hardship_refresh',
        columns: [{ ...col.int('id'), isPrimary: true }, col.date('refreshedOn', true)],
      }),
    );
    await queryRunner.query('INSERT INTO hardship_refresh (id, refreshedOn) VALUES (1, NULL)');
    await queryRunner.createIndex('person', new TableIndex({ name: 'IDX_person_birth_date', columnNames: ['birthDate'] }));
    await queryRunner.createIndex(
      'household_member',
      new TableIndex({ name: 'IDX_household_member_birth_date', columnNames: ['birthDate'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('household_member', 'IDX_household_member_birth_date');
    await queryRunner.dropIndex('person', 'IDX_person_birth_date');
    await queryRunner.dropTable('hardship_refresh');
  }
}
