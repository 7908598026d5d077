import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

export class CommerceEmployeeCount1751000051000 implements MigrationInterface {
  name = 'CommerceEmployeeCount1751000051000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employee_count',
        columns: [col.id(), col.varchar('creditCode', 18), col.date('effectiveOn'), col.int('employeeCount'), col.createdAt()],
        indices: [{ name: 'IDX_employee_count_enterprise', columnNames: ['creditCode', 'effectiveOn'] }],
      }),
    );
    // Entries registered before the history existed start it with their current count.
    await queryRunner.query(
      'INSERT INTO employee_count (creditCode, effectiveOn, employeeCount) SELECT creditCode, registeredOn, employeeCount FROM enterprise',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employee_count');
  }
}
