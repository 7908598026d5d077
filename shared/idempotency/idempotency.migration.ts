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

/**
 * Keys are bound to their caller, and stored responses no longer hold personal data in
 * full: rows from before could be replayed to anyone with the same `sub` and still hold
 * it, so they go.
 */
export class IdempotencyCaller1751000000310 implements MigrationInterface {
  name = 'IdempotencyCaller1751000000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM idempotency_key');
    await queryRunner.query("ALTER TABLE idempotency_key ADD COLUMN callerHash varchar(64) NOT NULL DEFAULT ''");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_key DROP COLUMN callerHash');
  }
}
