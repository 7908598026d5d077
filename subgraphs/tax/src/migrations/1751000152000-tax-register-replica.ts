import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedCursors } from '../../../../shared/feeds/migration';

/** Tax's replica of commerce's register feed (its `feed_cursor` exists with the certificate replica). */
export class TaxRegisterReplica1751000152000 implements MigrationInterface {
  name = 'TaxRegisterReplica1751000152000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedCursors(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'register_replica',
        columns: [
          col.key('creditCode', 18),
          col.varchar('kind', 20),
          col.varchar('industry', 20),
          col.date('registeredOn'),
          col.varchar('countyCode', 6),
          col.int('ownerId', true),
          col.varchar('ownerCertificateNumber', 16, true),
          col.int('employeeCount'),
          col.int('sequence'),
          { name: 'changedAt', type: 'datetime' },
        ],
        indices: [
          { name: 'IDX_register_replica_owner', columnNames: ['ownerId'] },
          { name: 'IDX_register_replica_certificate', columnNames: ['ownerCertificateNumber'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('register_replica');
  }
}
