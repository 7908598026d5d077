import { type MigrationInterface, type QueryRunner, Table, type TableColumnOptions } from 'typeorm';
import { col } from '../../../../shared/migration';
import { NOTICE_DUTIES } from '../duties/catalog';

/** JSON documents: TEXT on SQLite, MEDIUMTEXT on MariaDB (a circular outgrows TEXT's 64 KB there). */
function document(queryRunner: QueryRunner, name: string): TableColumnOptions {
  return { name, type: queryRunner.connection.driver.options.type === 'better-sqlite3' ? 'text' : 'mediumtext' };
}

const datetime = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', isNullable: nullable });

export class JointOfficeInitial1751000060000 implements MigrationInterface {
  name = 'JointOfficeInitial1751000060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'office_circular',
        columns: [
          col.id(),
          col.int('year'),
          col.int('month'),
          col.int('version'),
          col.date('businessDate'),
          col.varchar('publishedBy', 100),
          { name: 'publishedAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
          document(queryRunner, 'snapshot'),
        ],
        indices: [{ name: 'UQ_circular_month_version', columnNames: ['year', 'month', 'version'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'office_finding',
        columns: [
          col.id(),
          col.varchar('fingerprint', 250),
          col.varchar('rule', 40),
          col.varchar('countyCode', 6, true),
          col.varchar('summary', 300),
          document(queryRunner, 'records'),
          datetime('detectedAt'),
          datetime('resolvedAt', true),
        ],
        indices: [
          { name: 'IDX_finding_fingerprint', columnNames: ['fingerprint'] },
          { name: 'IDX_finding_open', columnNames: ['resolvedAt', 'id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'office_check_run',
        columns: [col.id(), datetime('ranAt'), col.int('findings'), col.int('opened'), col.int('resolved')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'office_duty',
        columns: [
          col.id(),
          col.varchar('code', 40),
          col.varchar('department', 20),
          col.varchar('countyCode', 6, true),
          col.varchar('title', 200),
          col.varchar('answerer', 100),
          col.date('deadline'),
          col.varchar('trackedBy', 100, true),
          col.date('doneOn', true),
          col.varchar('doneBy', 100, true),
        ],
        indices: [{ name: 'UQ_duty', columnNames: ['code', 'department', 'countyCode'], isUnique: true }],
      }),
    );
    // The notice's duties are reference data, like the county list: every office has them, demo or not.
    for (const d of NOTICE_DUTIES) {
      await queryRunner.query(
        'INSERT INTO office_duty (code, department, countyCode, title, answerer, deadline, trackedBy) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [d.code, d.department, d.countyCode, d.title, d.answerer, d.deadline, d.trackedBy],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['office_duty', 'office_check_run', 'office_finding', 'office_circular']) await queryRunner.dropTable(table);
  }
}
