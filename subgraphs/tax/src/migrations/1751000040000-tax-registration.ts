import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../../../../shared/migration';

/** Tax registrations (税务登记), enterprise assessments (认定), and what each relief rests on. */
export class TaxRegistration1751000040000 implements MigrationInterface {
  name = 'TaxRegistration1751000040000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'tax_registration',
        columns: [
          col.id(),
          col.varchar('creditCode', 18),
          col.varchar('office', 5),
          col.varchar('kind', 20),
          col.int('ownerId', true),
          col.varchar('industry', 20),
          col.date('registeredOn'),
          col.varchar('countyCode', 6),
          col.createdAt(),
        ],
        indices: [
          { name: 'UQ_tax_registration_office', columnNames: ['creditCode', 'office'], isUnique: true },
          { name: 'IDX_tax_registration_owner', columnNames: ['ownerId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'relief_assessment',
        columns: [
          col.id(),
          col.varchar('enterpriseCreditCode', 18),
          col.varchar('kind', 30),
          col.int('staffCount'),
          col.int('hiredCount'),
          col.date('effectiveFrom'),
          col.date('assessedOn'),
          col.varchar('countyCode', 6),
          col.createdAt(),
        ],
        indices: [{ name: 'IDX_relief_assessment_enterprise', columnNames: ['enterpriseCreditCode'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'relief_assessment_certificate',
        columns: [{ ...col.int('assessmentId'), isPrimary: true }, col.key('certificateNumber', 16)],
        indices: [{ name: 'IDX_relief_assessment_certificate', columnNames: ['certificateNumber'] }],
      }),
    );
    await queryRunner.addColumns('tax_relief', [
      new TableColumn(col.varchar('taxpayerCreditCode', 18, true)),
      new TableColumn({ ...col.varchar('office', 5), default: "'LOCAL'" }),
      new TableColumn(col.int('assessmentId', true)),
    ]);
    await queryRunner.createIndices('tax_relief', [
      new TableIndex({ name: 'IDX_relief_office_county_granted', columnNames: ['office', 'countyCode', 'grantedOn'] }),
      new TableIndex({ name: 'IDX_relief_enterprise_tax', columnNames: ['enterpriseCreditCode', 'taxType'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('tax_relief', 'IDX_relief_enterprise_tax');
    await queryRunner.dropIndex('tax_relief', 'IDX_relief_office_county_granted');
    await queryRunner.dropColumns('tax_relief', ['assessmentId', 'office', 'taxpayerCreditCode']);
    await queryRunner.dropTable('relief_assessment_certificate');
    await queryRunner.dropTable('relief_assessment');
    await queryRunner.dropTable('tax_registration');
  }
}
