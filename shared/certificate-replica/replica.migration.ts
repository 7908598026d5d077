import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { col } from '../migration';

/** The replica tables, added to each consuming subgraph's migrations. */
export class CertificateReplica1751000000100 implements MigrationInterface {
  name = 'CertificateReplica1751000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificate_replica',
        columns: [
          col.key('number', 16),
          col.int('holderId'),
          col.date('holderBirthDate'),
          col.varchar('countyCode', 6),
          col.varchar('category', 40),
          col.varchar('status', 10),
          col.date('issuedOn'),
          col.int('sequence'),
          { name: 'changedAt', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_certificate_replica_holder', columnNames: ['holderId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feed_cursor',
        columns: [
          col.key('feed', 40),
          col.int('lastSequence'),
          col.varchar('lastCursor', 100, true),
          { name: 'lastSyncedAt', type: 'datetime', isNullable: true },
          col.varchar('lastError', 300, true),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feed_cursor');
    await queryRunner.dropTable('certificate_replica');
  }
}

/**
 * Birth dates stay with finance: tax and commerce no longer receive them from labor, so
 * their replicas leave the column empty (their sync workers clear what earlier syncs stored).
 */
export class ReplicaBirthDateOptional1751000000110 implements MigrationInterface {
  name = 'ReplicaBirthDateOptional1751000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.changeColumn('certificate_replica', 'holderBirthDate', new TableColumn(col.date('holderBirthDate', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Rows without a birth date cannot stay; the replica refills from the feed once its cursor is reset.
    await queryRunner.query('DELETE FROM certificate_replica WHERE holderBirthDate IS NULL');
    await queryRunner.changeColumn('certificate_replica', 'holderBirthDate', new TableColumn(col.date('holderBirthDate')));
  }
}

/** The business date of a revocation as labor's feed carries it: relief and exemptions end from it. */
export class ReplicaRevokedOn1751000151000 implements MigrationInterface {
  name = 'ReplicaRevokedOn1751000151000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('certificate_replica', new TableColumn(col.date('revokedOn', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('certificate_replica', 'revokedOn');
  }
}
