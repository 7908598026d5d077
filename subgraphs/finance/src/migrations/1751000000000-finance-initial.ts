import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

export class FinanceInitial1751000000000 implements MigrationInterface {
  name = 'FinanceInitial1751000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'loan',
        columns: [
          col.id(),
          col.int('applicantId'),
          col.varchar('certificateNumber', 16),
          col.varchar('countyCode', 6),
          col.fen('amount'),
          col.int('termMonths'),
          col.varchar('purpose', 200),
          col.bool('lowProfitProject', false),
          col.varchar('status', 12),
          col.date('appliedOn'),
          ...col.timestamps(),
        ],
        indices: [
          { name: 'IDX_loan_applicant', columnNames: ['applicantId'] },
          { name: 'IDX_loan_county_applied', columnNames: ['countyCode', 'appliedOn'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('loan');
  }
}
