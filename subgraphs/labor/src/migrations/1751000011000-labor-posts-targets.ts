import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** Public-welfare posts (空岗报告) and the yearly target table (目标责任). */
export class LaborPostsTargets1751000011000 implements MigrationInterface {
  name = 'LaborPostsTargets1751000011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'public_welfare_post',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.varchar('community', 50, true),
          col.varchar('workKind', 20),
          col.varchar('fundedBy', 50),
          col.date('reportedOn'),
          col.varchar('status', 8),
          col.int('filledById', true),
          col.date('filledOn', true),
          ...col.timestamps(),
        ],
        indices: [{ name: 'IDX_post_county_status', columnNames: ['countyCode', 'status', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'employment_target',
        columns: [
          { ...col.varchar('areaCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          col.int('jobsCreated'),
          col.int('netNewEmployment'),
          col.int('reemployed'),
          col.int('hardshipReemployed'),
          col.int('ruralLaborExported'),
          // hundredths of a percent: 450 = 4.50 %
          col.int('registeredUnemploymentRate'),
          { name: 'updatedAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('employment_target');
    await queryRunner.dropTable('public_welfare_post');
  }
}
