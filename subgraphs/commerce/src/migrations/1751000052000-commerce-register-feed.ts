import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedHead, outboxColumns } from '../../../../shared/feeds/migration';
import { backfillRegisterChanges, REGISTER_FEED } from '../register-feed/register-feed';

/** The register feed's outbox (and commerce's `feed_head`), filled with every entry so far. */
export class CommerceRegisterFeed1751000052000 implements MigrationInterface {
  name = 'CommerceRegisterFeed1751000052000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedHead(queryRunner, REGISTER_FEED);
    await queryRunner.createTable(
      new Table({
        name: 'register_change',
        columns: [
          ...outboxColumns(),
          col.varchar('creditCode', 18),
          col.varchar('kind', 20),
          col.varchar('industry', 20),
          col.date('registeredOn'),
          col.varchar('countyCode', 6),
          col.int('ownerId', true),
          col.varchar('ownerCertificateNumber', 16, true),
          col.int('employeeCount'),
        ],
        indices: [
          { name: 'IDX_register_change_code', columnNames: ['creditCode'] },
          { name: 'IDX_register_change_county', columnNames: ['countyCode', 'sequence'] },
        ],
      }),
    );
    // The closure columns come with a later migration (1751000190000).
    await backfillRegisterChanges(queryRunner.manager, { closures: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('register_change');
    await queryRunner.dropTable('feed_head');
  }
}
