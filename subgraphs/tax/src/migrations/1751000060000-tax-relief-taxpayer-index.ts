import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** `Enterprise.taxReliefs` finds an individual business's own relief by its taxpayer code. */
export class TaxReliefTaxpayerIndex1751000060000 implements MigrationInterface {
  name = 'TaxReliefTaxpayerIndex1751000060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('tax_relief', new TableIndex({ name: 'IDX_relief_taxpayer', columnNames: ['taxpayerCreditCode'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('tax_relief', 'IDX_relief_taxpayer');
  }
}
