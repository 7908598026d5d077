import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** 培训机构、培训班、学员: certified institutions are subsidised by their trainees' outcomes. */
export class LaborTraining1751000020000 implements MigrationInterface {
  name = 'LaborTraining1751000020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'training_institution',
        columns: [
          col.id(),
          col.varchar('name', 100),
          col.varchar('countyCode', 6),
          col.date('certifiedOn', true),
          col.varchar('certificationNumber', 40, true),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_training_institution_name', columnNames: ['countyCode', 'name'] }],
        indices: [{ name: 'IDX_training_institution_county', columnNames: ['countyCode', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_course',
        columns: [
          col.id(),
          col.int('institutionId'),
          col.varchar('countyCode', 6),
          col.varchar('title', 100),
          col.varchar('kind', 20),
          col.date('startsOn'),
          col.date('endsOn'),
          col.createdAt(),
        ],
        indices: [{ name: 'IDX_training_course_institution', columnNames: ['institutionId', 'id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_enrollment',
        columns: [
          col.id(),
          col.int('courseId'),
          col.int('personId'),
          col.varchar('countyCode', 6),
          col.date('enrolledOn'),
          col.varchar('status', 12),
          col.date('resultOn', true),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_training_enrollment', columnNames: ['courseId', 'personId'] }],
        indices: [{ name: 'IDX_training_enrollment_person', columnNames: ['personId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['training_enrollment', 'training_course', 'training_institution']) await queryRunner.dropTable(table);
  }
}
