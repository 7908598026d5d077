import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { CITY_COUNTIES } from '../../../../shared/areas';
import { col } from '../../../../shared/migration';

export class LaborInitial1751000000000 implements MigrationInterface {
  name = 'LaborInitial1751000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'county',
        columns: [col.key('code', 6), col.varchar('name', 20), col.varchar('nameEn', 40), { ...col.int('urbanLaborForce'), default: 0 }],
      }),
    );
    // Counties are reference data (GB/T 2260), present in every database, demo or not.
    for (const county of CITY_COUNTIES) {
      await queryRunner.query('INSERT INTO county (code, name, nameEn, urbanLaborForce) VALUES (?, ?, ?, 0)', [
        county.code,
        county.name,
        county.nameEn,
      ]);
    }
    await queryRunner.createTable(
      new Table({
        name: 'person',
        columns: [
          col.id(),
          col.varchar('name', 50),
          col.varchar('idNumber', 18),
          col.varchar('gender', 6),
          col.date('birthDate'),
          col.varchar('countyCode', 6),
          col.varchar('community', 50, true),
          col.varchar('category', 40),
          col.date('registeredOn'),
          col.varchar('householdId', 32, true),
          { ...col.varchar('employmentStatus', 12), default: "'UNEMPLOYED'" },
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_person_idNumber', columnNames: ['idNumber'] }],
        indices: [
          { name: 'IDX_person_county', columnNames: ['countyCode', 'id'] },
          { name: 'IDX_person_household', columnNames: ['householdId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reemployment_certificate',
        columns: [
          col.key('number', 16),
          col.int('holderId'),
          col.varchar('countyCode', 6),
          col.varchar('category', 40),
          col.date('issuedOn'),
          col.varchar('status', 10),
          col.varchar('statusReason', 200, true),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_certificate_holder', columnNames: ['holderId'] }],
        indices: [{ name: 'IDX_certificate_county_issued', columnNames: ['countyCode', 'issuedOn'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_change',
        columns: [
          { ...col.int('sequence'), isPrimary: true },
          col.varchar('number', 16),
          col.int('holderId'),
          col.date('holderBirthDate'),
          col.varchar('countyCode', 6),
          col.varchar('category', 40),
          col.varchar('status', 10),
          col.date('issuedOn'),
          col.varchar('reason', 200, true),
          { name: 'changedAt', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_certificate_change_number', columnNames: ['number'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'certificate_feed_head', columns: [{ ...col.int('id'), isPrimary: true }, col.int('lastSequence')] }),
    );
    await queryRunner.query('INSERT INTO certificate_feed_head (id, lastSequence) VALUES (1, 0)');
    await queryRunner.createTable(
      new Table({
        name: 'employment_record',
        columns: [
          col.id(),
          col.int('personId'),
          col.varchar('kind', 24),
          col.date('startedOn'),
          col.date('endedOn', true),
          col.varchar('employerCreditCode', 18, true),
          col.int('contractMonths', true),
          col.createdAt(),
        ],
        indices: [
          { name: 'IDX_employment_person', columnNames: ['personId'] },
          { name: 'IDX_employment_employer', columnNames: ['employerCreditCode'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'employment_record',
      'certificate_feed_head',
      'certificate_change',
      'reemployment_certificate',
      'person',
      'county',
    ])
      await queryRunner.dropTable(table);
  }
}
