import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { FINANCE_SUMMARY_COLUMNS } from '../summary/finance-monthly-summary.entity';
import { rebuildFinanceSummary } from '../summary/finance-summary.rebuild';

/** Counts are int, amounts bigint fen (finance-monthly-summary.entity.ts). */
const COUNT_COLUMNS: readonly string[] = ['loansDisbursed', 'subsidyPayments'];

/**
 * finance_monthly_summary (issue 14): loanStats' disbursed and outstanding figures and
 * subsidyStats by county and month, kept by the services from now on and filled here
 * from the loans and payments so far.
 */
export class FinanceMonthlySummary1751000200000 implements MigrationInterface {
  name = 'FinanceMonthlySummary1751000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'finance_monthly_summary',
        columns: [
          { ...col.varchar('countyCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          { ...col.int('month'), isPrimary: true },
          ...FINANCE_SUMMARY_COLUMNS.map((name) => ({ ...(COUNT_COLUMNS.includes(name) ? col.int(name) : col.fen(name)), default: 0 })),
        ],
      }),
    );
    await rebuildFinanceSummary(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('finance_monthly_summary');
  }
}
