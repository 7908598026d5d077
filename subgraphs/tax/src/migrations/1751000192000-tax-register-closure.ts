import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../../../../shared/migration';

/** The closure date (注销登记) commerce's register feed now carries, on the replica of it. */
export class TaxRegisterClosure1751000192000 implements MigrationInterface {
  name = 'TaxRegisterClosure1751000192000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('register_replica', new TableColumn(col.date('closedOn', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('register_replica', 'closedOn');
  }
}
