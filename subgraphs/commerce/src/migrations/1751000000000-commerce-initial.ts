import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

export class CommerceInitial1751000000000 implements MigrationInterface {
  name = 'CommerceInitial1751000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'enterprise',
        columns: [
          col.key('creditCode', 18),
          col.varchar('registrationNumber', 15, true),
          col.varchar('name', 100),
          col.varchar('kind', 20),
          col.varchar('industry', 20),
          col.varchar('countyCode', 6),
          col.int('ownerId', true),
          col.date('registeredOn'),
          { ...col.int('employeeCount'), default: 0 },
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_enterprise_registration_number', columnNames: ['registrationNumber'] }],
        indices: [
          { name: 'IDX_enterprise_county', columnNames: ['countyCode', 'creditCode'] },
          { name: 'IDX_enterprise_owner', columnNames: ['ownerId'] },
        ],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'register_sequence', columns: [col.id()] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('register_sequence');
    await queryRunner.dropTable('enterprise');
  }
}
