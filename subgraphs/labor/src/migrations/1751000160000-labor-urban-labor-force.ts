import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * The urban labour force by county and year (城镇从业人员), set by the joint office, so the
 * registered unemployment rate of every policy year has its own base. The single column
 * `county.urbanLaborForce` held the 2003 figures: they become that year's rows (a county
 * still at the column's default 0 had none).
 */
export class LaborUrbanLaborForce1751000160000 implements MigrationInterface {
  name = 'LaborUrbanLaborForce1751000160000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'urban_labor_force',
        columns: [
          { ...col.varchar('countyCode', 6), isPrimary: true },
          { ...col.int('year'), isPrimary: true },
          col.int('persons'),
          col.varchar('setBy', 100),
          { name: 'setAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.query(
      "INSERT INTO urban_labor_force (countyCode, year, persons, setBy) SELECT code, 2003, urbanLaborForce, 'migration' FROM county WHERE urbanLaborForce > 0 AND code <> '320800'",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('urban_labor_force');
  }
}
