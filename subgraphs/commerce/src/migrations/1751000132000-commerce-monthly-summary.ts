import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { COMMERCE_SUMMARY_COLUMNS } from '../summary/commerce-monthly-summary.entity';
import { rebuildCommerceSummary } from '../summary/commerce-summary.rebuild';

/** commerce_monthly_summary (issue 14): registrationStats by county and month, filled from the register so far. */
export class CommerceMonthlySummary1751000132000 implements MigrationInterface {
  name = 'CommerceMonthlySummary1751000132000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'commerce_monthly_summary',
        columns: [
          { ...col.varchar('countyCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          { ...col.int('month'), isPrimary: true },
          ...COMMERCE_SUMMARY_COLUMNS.map((name) => ({ ...col.int(name), default: 0 })),
        ],
      }),
    );
    await rebuildCommerceSummary(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('commerce_monthly_summary');
  }
}
