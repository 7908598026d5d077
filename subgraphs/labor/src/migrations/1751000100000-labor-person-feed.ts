import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedHead, outboxColumns } from '../../../../shared/feeds/migration';
import { backfillPersonChanges, PERSON_FEED } from '../person/person-feed';

/**
 * The person feed's outbox, filled with every person registered so far (CREATED, in id
 * order) so that a consumer starting from zero sees the whole registry.
 */
export class LaborPersonFeed1751000100000 implements MigrationInterface {
  name = 'LaborPersonFeed1751000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedHead(queryRunner, PERSON_FEED);
    await queryRunner.createTable(
      new Table({
        name: 'person_change',
        columns: [
          ...outboxColumns(),
          col.int('personId'),
          col.varchar('name', 50),
          col.varchar('idNumber', 18),
          col.varchar('gender', 6),
          col.date('birthDate'),
          col.varchar('countyCode', 6),
          col.varchar('community', 50, true),
          col.varchar('category', 40),
          col.date('registeredOn'),
          col.varchar('householdId', 32, true),
          col.varchar('householdRole', 8, true),
          col.varchar('reason', 200, true),
        ],
        indices: [
          { name: 'IDX_person_change_person', columnNames: ['personId'] },
          { name: 'IDX_person_change_county', columnNames: ['countyCode', 'sequence'] },
        ],
      }),
    );
    await backfillPersonChanges(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('person_change');
    await queryRunner.query('DELETE FROM feed_head WHERE feed = ?', [PERSON_FEED]);
  }
}
