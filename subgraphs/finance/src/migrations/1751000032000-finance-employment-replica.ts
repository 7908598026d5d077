import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** Finance's replica of labor's employment feed (its cursor is in `feed_cursor`, already there). */
export class FinanceEmploymentReplica1751000032000 implements MigrationInterface {
  name = 'FinanceEmploymentReplica1751000032000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'employment_replica',
        columns: [
          { name: 'recordId', type: 'int', isPrimary: true },
          col.int('personId'),
          col.varchar('employerCreditCode', 18, true),
          col.varchar('kind', 24),
          col.date('startedOn'),
          col.date('endedOn', true),
          col.int('contractMonths', true),
          col.varchar('countyCode', 6),
          col.int('sequence'),
          { name: 'changedAt', type: 'datetime' },
        ],
        indices: [
          { name: 'IDX_employment_replica_person', columnNames: ['personId'] },
          { name: 'IDX_employment_replica_employer', columnNames: ['employerCreditCode'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_replica');
  }
}
