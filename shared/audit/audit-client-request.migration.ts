import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client's own request id, beside ours. Plain ADD COLUMN on both drivers: TypeORM's
 * SQLite path would rebuild the table and drop its append-only triggers with it.
 */
export class AuditClientRequestId1751000000210 implements MigrationInterface {
  name = 'AuditClientRequestId1751000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_entry ADD COLUMN clientRequestId varchar(100) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE audit_entry DROP COLUMN clientRequestId');
  }
}
