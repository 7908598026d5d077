import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

export class TaxInitial1751000000000 implements MigrationInterface {
  name = 'TaxInitial1751000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tax_relief',
        columns: [
          col.id(),
          col.varchar('certificateNumber', 16),
          col.int('personId', true),
          col.varchar('enterpriseCreditCode', 18, true),
          col.varchar('countyCode', 6),
          col.varchar('taxType', 24),
          col.fen('amount'),
          col.date('periodStart'),
          col.date('periodEnd'),
          col.date('grantedOn'),
          col.createdAt(),
        ],
        indices: [
          { name: 'IDX_relief_certificate', columnNames: ['certificateNumber', 'taxType'] },
          { name: 'IDX_relief_person', columnNames: ['personId'] },
          { name: 'IDX_relief_enterprise', columnNames: ['enterpriseCreditCode'] },
          { name: 'IDX_relief_county_granted', columnNames: ['countyCode', 'grantedOn'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('tax_relief');
  }
}
