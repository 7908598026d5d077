import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

export class CommerceFeeExemption1751000050000 implements MigrationInterface {
  name = 'CommerceFeeExemption1751000050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'fee_exemption',
        columns: [
          col.id(),
          col.varchar('certificateNumber', 16),
          col.varchar('enterpriseCreditCode', 18),
          col.varchar('countyCode', 6),
          col.int('holderId'),
          col.date('validFrom'),
          col.date('validUntil'),
          col.fen('registrationFee'),
          col.fen('licenceFee'),
          col.fen('managementFee'),
          col.createdAt(),
        ],
        uniques: [
          { name: 'UQ_fee_exemption_certificate', columnNames: ['certificateNumber'] },
          { name: 'UQ_fee_exemption_enterprise', columnNames: ['enterpriseCreditCode'] },
        ],
        indices: [{ name: 'IDX_fee_exemption_county_from', columnNames: ['countyCode', 'validFrom'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('fee_exemption');
  }
}
