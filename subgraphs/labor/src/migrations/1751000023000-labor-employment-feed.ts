import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedHead, outboxColumns } from '../../../../shared/feeds/migration';
import { backfillEmploymentChanges, EMPLOYMENT_FEED } from '../employment/employment-feed';

/**
 * The employment feed's outbox (and labor's `feed_head`), filled with every record so far
 * so that a consumer starting from zero sees the whole registry.
 */
export class LaborEmploymentFeed1751000023000 implements MigrationInterface {
  name = 'LaborEmploymentFeed1751000023000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedHead(queryRunner, EMPLOYMENT_FEED);
    await queryRunner.createTable(
      new Table({
        name: 'employment_change',
        columns: [
          ...outboxColumns(),
          col.int('recordId'),
          col.int('personId'),
          col.varchar('employerCreditCode', 18, true),
          col.varchar('kind', 24),
          col.date('startedOn'),
          col.date('endedOn', true),
          col.int('contractMonths', true),
          col.varchar('countyCode', 6),
        ],
        indices: [
          { name: 'IDX_employment_change_record', columnNames: ['recordId'] },
          { name: 'IDX_employment_change_county', columnNames: ['countyCode', 'sequence'] },
        ],
      }),
    );
    await backfillEmploymentChanges(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_change');
    await queryRunner.dropTable('feed_head');
  }
}
