import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * Tax's replica of labor's employment feed (its cursor is in `feed_cursor`, already there),
 * and what an assessment (认定) now records: whether its figures came from the records or
 * were typed in as an override, the override's reason, and the figures the records gave.
 */
export class TaxEmploymentReplica1751000170000 implements MigrationInterface {
  name = 'TaxEmploymentReplica1751000170000';

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
    // Assessments made before this migration carry typed-in figures: OVERRIDE, without a
    // reason and without the records' figures (nobody compared them).
    await queryRunner.addColumns('relief_assessment', [
      new TableColumn({ ...col.varchar('source', 8), default: "'OVERRIDE'" }),
      new TableColumn(col.varchar('overrideReason', 300, true)),
      new TableColumn(col.int('recordedStaffCount', true)),
      new TableColumn(col.int('recordedHiredCount', true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['recordedHiredCount', 'recordedStaffCount', 'overrideReason', 'source']) {
      await queryRunner.dropColumn('relief_assessment', column);
    }
    await queryRunner.dropTable('employment_replica');
  }
}
