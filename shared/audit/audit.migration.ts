import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../migration';

/**
 * The audit table, in every subgraph's database. Triggers make it append-only for every
 * database user, the application's included (on MariaDB and SQLite alike).
 */
export class AuditTrail1751000000200 implements MigrationInterface {
  name = 'AuditTrail1751000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          col.id(),
          col.varchar('service', 12),
          { name: 'at', type: 'datetime' },
          col.varchar('sub', 100),
          col.varchar('dept', 20),
          col.varchar('operation', 60),
          col.varchar('entity', 40, true),
          { name: 'entityIds', type: 'text' },
          col.varchar('requestId', 100),
          col.varchar('outcome', 24),
          col.varchar('detail', 300, true),
        ],
        indices: [
          { name: 'IDX_audit_at', columnNames: ['at'] },
          { name: 'IDX_audit_sub', columnNames: ['sub'] },
        ],
      }),
    );
    const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
    for (const event of ['UPDATE', 'DELETE']) {
      const name = `audit_entry_no_${event.toLowerCase()}`;
      await queryRunner.query(
        sqlite
          ? `CREATE TRIGGER ${name} BEFORE ${event} ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END`
          : `CREATE TRIGGER ${name} BEFORE ${event} ON audit_entry FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_entry_no_update');
    await queryRunner.query('DROP TRIGGER IF EXISTS audit_entry_no_delete');
    await queryRunner.dropTable('audit_entry');
  }
}
