import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../migration';

export class IdempotencyKeys1751000000300 implements MigrationInterface {
  name = 'IdempotencyKeys1751000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          col.key('clientId', 100),
          col.key('key', 100),
          col.varchar('requestHash', 64),
          col.varchar('state', 10),
          { name: 'response', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'datetime' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_key');
  }
}
