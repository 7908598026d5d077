import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedHead, outboxColumns } from '../../../../shared/feeds/migration';
import { backfillReliefChanges, RELIEF_FEED } from '../relief-feed/relief-feed';

/**
 * The tax relief feed's outbox (and tax's `feed_head`), filled with every relief so far
 * (CREATED, in id order) so that a consumer starting from zero sees every relief.
 */
export class TaxReliefFeed1751000102000 implements MigrationInterface {
  name = 'TaxReliefFeed1751000102000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedHead(queryRunner, RELIEF_FEED);
    await queryRunner.createTable(
      new Table({
        name: 'tax_relief_change',
        columns: [
          ...outboxColumns(),
          col.int('reliefId'),
          col.varchar('certificateNumber', 16),
          col.int('personId', true),
          col.varchar('enterpriseCreditCode', 18, true),
          col.varchar('taxpayerCreditCode', 18, true),
          col.varchar('countyCode', 6),
          col.varchar('office', 5),
          col.int('assessmentId', true),
          col.varchar('taxType', 24),
          col.fen('amount'),
          col.date('periodStart'),
          col.date('periodEnd'),
          col.date('grantedOn'),
        ],
        indices: [
          { name: 'IDX_tax_relief_change_relief', columnNames: ['reliefId'] },
          { name: 'IDX_tax_relief_change_county', columnNames: ['countyCode', 'sequence'] },
        ],
      }),
    );
    await backfillReliefChanges(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tax_relief_change');
    await queryRunner.dropTable('feed_head');
  }
}
