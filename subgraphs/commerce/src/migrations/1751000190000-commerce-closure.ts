import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * 注销登记: the closure date and reason of a register entry, and the closure date on its
 * feed changes (labor ends the owner's self-employment on it, tax a business's relief).
 */
export class CommerceClosure1751000190000 implements MigrationInterface {
  name = 'CommerceClosure1751000190000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('enterprise', new TableColumn(col.date('closedOn', true)));
    await queryRunner.addColumn('enterprise', new TableColumn(col.varchar('closedBecause', 200, true)));
    await queryRunner.addColumn('register_change', new TableColumn(col.date('closedOn', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('register_change', 'closedOn');
    await queryRunner.dropColumn('enterprise', 'closedBecause');
    await queryRunner.dropColumn('enterprise', 'closedOn');
  }
}
