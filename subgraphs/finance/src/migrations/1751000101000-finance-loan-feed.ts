import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { createFeedHead, outboxColumns } from '../../../../shared/feeds/migration';
import { backfillLoanChanges, LOAN_FEED } from '../loan-feed/loan-feed';

/**
 * The loan feed's outbox (and finance's `feed_head`), filled with every loan so far
 * (CREATED, in id order) so that a consumer starting from zero sees every loan.
 */
export class FinanceLoanFeed1751000101000 implements MigrationInterface {
  name = 'FinanceLoanFeed1751000101000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createFeedHead(queryRunner, LOAN_FEED);
    await queryRunner.createTable(
      new Table({
        name: 'loan_change',
        columns: [
          ...outboxColumns(),
          col.varchar('transition', 12, true),
          col.int('loanId'),
          col.int('applicantId'),
          col.varchar('certificateNumber', 16),
          col.varchar('countyCode', 6),
          col.fen('amount'),
          col.int('termMonths'),
          col.varchar('purpose', 200),
          { name: 'lowProfitProject', type: 'boolean' },
          col.varchar('status', 12),
          col.int('interestRateBp'),
          col.int('guaranteeFundId', true),
          col.date('appliedOn'),
          col.date('recommendedOn', true),
          col.date('reviewedOn', true),
          col.date('approvedOn', true),
          col.date('disbursedOn', true),
          col.date('dueOn', true),
          col.int('extensionMonths'),
          col.int('extensionRateBp', true),
          col.date('extendedDueOn', true),
          col.date('rejectedOn', true),
          col.varchar('rejectionReason', 200, true),
          col.date('closedOn', true),
        ],
        indices: [
          { name: 'IDX_loan_change_loan', columnNames: ['loanId'] },
          { name: 'IDX_loan_change_county', columnNames: ['countyCode', 'sequence'] },
        ],
      }),
    );
    await backfillLoanChanges(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('loan_change');
    await queryRunner.dropTable('feed_head');
  }
}
