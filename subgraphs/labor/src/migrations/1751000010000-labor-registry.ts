import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../../../../shared/migration';
import { computeHardship, type HardshipSubject } from '../person/hardship';

interface PersonRow extends HardshipSubject {
  countyCode: string;
}

/**
 * Stored hardship flags and household roles on persons, the county and hardship snapshot
 * on employment records (so progress is counted in SQL), and the yearly certificate review.
 */
export class LaborRegistry1751000010000 implements MigrationInterface {
  name = 'LaborRegistry1751000010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('person', [
      new TableColumn(col.varchar('householdRole', 8, true)),
      new TableColumn(col.bool('fortyFifty', false)),
      new TableColumn(col.bool('doubleLaidOff', false)),
      new TableColumn(col.bool('doubleUnemployed', false)),
      new TableColumn(col.bool('zeroEmploymentHousehold', false)),
    ]);
    await queryRunner.createIndex(
      'person',
      new TableIndex({ name: 'IDX_person_county_household', columnNames: ['countyCode', 'householdId'] }),
    );
    await this.backfillHardship(queryRunner);

    await queryRunner.addColumns('employment_record', [
      new TableColumn({ ...col.varchar('countyCode', 6), default: "''" }),
      new TableColumn(col.bool('hardship', false)),
      new TableColumn(col.int('postId', true)),
    ]);
    await queryRunner.query(
      'UPDATE employment_record SET countyCode = (SELECT p.countyCode FROM person p WHERE p.id = employment_record.personId)',
    );
    await queryRunner.query(
      'UPDATE employment_record SET hardship = 1 WHERE personId IN (SELECT p.id FROM person p WHERE p.fortyFifty = 1 OR p.doubleLaidOff = 1 OR p.doubleUnemployed = 1 OR p.zeroEmploymentHousehold = 1)',
    );
    await queryRunner.createIndices('employment_record', [
      new TableIndex({ name: 'IDX_employment_county_started', columnNames: ['countyCode', 'startedOn'] }),
      new TableIndex({ name: 'IDX_employment_county_ended', columnNames: ['countyCode', 'endedOn'] }),
    ]);

    await queryRunner.addColumn('reemployment_certificate', new TableColumn(col.int('reviewedYear', true)));
    await queryRunner.createTable(
      new Table({
        name: 'certificate_review',
        columns: [col.id(), col.varchar('number', 16), col.int('year'), col.date('reviewedOn'), col.createdAt()],
        uniques: [{ name: 'UQ_certificate_review_year', columnNames: ['number', 'year'] }],
      }),
    );
  }

  /** Rows registered before flags were stored; a fresh database has none. */
  private async backfillHardship(queryRunner: QueryRunner): Promise<void> {
    const rows = (await queryRunner.query(
      'SELECT id, gender, birthDate, registeredOn, category, employmentStatus, householdId, householdRole, countyCode FROM person ORDER BY householdId, id',
    )) as PersonRow[];
    const households = new Map<string, PersonRow[]>();
    for (const row of rows) {
      const key = row.householdId ?? `person:${row.id}`;
      households.set(key, [...(households.get(key) ?? []), row]);
    }
    for (const members of households.values()) {
      for (const member of members) {
        const f = computeHardship(member, members);
        if (!f.fortyFifty && !f.doubleLaidOff && !f.doubleUnemployed && !f.zeroEmploymentHousehold) continue;
        await queryRunner.query(
          'UPDATE person SET fortyFifty = ?, doubleLaidOff = ?, doubleUnemployed = ?, zeroEmploymentHousehold = ? WHERE id = ?',
          [Number(f.fortyFifty), Number(f.doubleLaidOff), Number(f.doubleUnemployed), Number(f.zeroEmploymentHousehold), member.id],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificate_review');
    await queryRunner.dropColumn('reemployment_certificate', 'reviewedYear');
    await queryRunner.dropIndex('employment_record', 'IDX_employment_county_ended');
    await queryRunner.dropIndex('employment_record', 'IDX_employment_county_started');
    await queryRunner.dropColumns('employment_record', ['postId', 'hardship', 'countyCode']);
    await queryRunner.dropIndex('person', 'IDX_person_county_household');
    await queryRunner.dropColumns('person', [
      'zeroEmploymentHousehold',
      'doubleUnemployed',
      'doubleLaidOff',
      'fortyFifty',
      'householdRole',
    ]);
  }
}
