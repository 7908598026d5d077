import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** Dated contributions to the guarantee funds, so a month's guarantee capacity can be read as at its end. */
export class FinanceGuaranteeContributions1751000031000 implements MigrationInterface {
  name = 'FinanceGuaranteeContributions1751000031000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'guarantee_contribution',
        columns: [col.id(), col.int('fundId'), col.date('contributedOn'), col.fen('amount'), col.createdAt()],
        indices: [{ name: 'IDX_guarantee_contribution_fund', columnNames: ['fundId', 'contributedOn'] }],
      }),
    );
    // A fund registered before contributions were dated starts with its capital as one
    // contribution on the day it was created, or on its first guarantee when that is
    // earlier (the fund stood by then; a database seeded on a business date in the past).
    await queryRunner.query(
      `INSERT INTO guarantee_contribution (fundId, contributedOn, amount)
       SELECT f.id,
              COALESCE((SELECT MIN(l.approvedOn) FROM loan l WHERE l.guaranteeFundId = f.id AND l.approvedOn < DATE(f.createdAt)), DATE(f.createdAt)),
              f.capital
       FROM guarantee_fund f WHERE f.capital > 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('guarantee_contribution');
  }
}
