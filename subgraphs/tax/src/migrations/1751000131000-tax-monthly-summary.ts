import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { TAX_SUMMARY_COLUMNS } from '../summary/tax-monthly-summary.entity';
import { rebuildTaxSummary } from '../summary/tax-summary.rebuild';

/** tax_monthly_summary (issue 14): taxReliefStats by county and month, filled from the reliefs so far. */
export class TaxMonthlySummary1751000131000 implements MigrationInterface {
  name = 'TaxMonthlySummary1751000131000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tax_monthly_summary',
        columns: [
          { ...col.varchar('countyCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          { ...col.int('month'), isPrimary: true },
          ...TAX_SUMMARY_COLUMNS.map((name) => ({ ...(name === 'amount' ? col.fen(name) : col.int(name)), default: 0 })),
        ],
      }),
    );
    await rebuildTaxSummary(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tax_monthly_summary');
  }
}
