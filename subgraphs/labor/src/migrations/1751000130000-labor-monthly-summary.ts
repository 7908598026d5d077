import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';
import { LABOR_SUMMARY_COLUMNS } from '../summary/labor-monthly-summary.entity';
import { rebuildLaborSummary } from '../summary/labor-summary.rebuild';

/**
 * labor_monthly_summary (issue 14): the monthly report's figures by county and month,
 * kept by the services from now on and filled here from the records so far.
 */
export class LaborMonthlySummary1751000130000 implements MigrationInterface {
  name = 'LaborMonthlySummary1751000130000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'labor_monthly_summary',
        columns: [
          { ...col.varchar('countyCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          { ...col.int('month'), isPrimary: true },
          ...LABOR_SUMMARY_COLUMNS.map((name) => ({ ...col.int(name), default: 0 })),
        ],
      }),
    );
    await rebuildLaborSummary(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('labor_monthly_summary');
  }
}
