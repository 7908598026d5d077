import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** 劳动监察案件 and 监督举报 (the hotline's reports), which a case may be opened on. */
export class LaborInspection1751000022000 implements MigrationInterface {
  name = 'LaborInspection1751000022000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'supervision_report',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.date('receivedOn'),
          col.varchar('channel', 10),
          col.varchar('subject', 30),
          col.varchar('content', 1000),
          col.varchar('enterpriseCreditCode', 18, true),
          col.varchar('reporterContact', 100, true),
          col.varchar('status', 12),
          col.varchar('handlingNote', 500, true),
          col.date('closedOn', true),
          ...col.timestamps(),
        ],
        indices: [
          { name: 'IDX_supervision_report_county', columnNames: ['countyCode', 'id'] },
          { name: 'IDX_supervision_report_enterprise', columnNames: ['enterpriseCreditCode'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'labor_inspection_case',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.varchar('enterpriseCreditCode', 18),
          col.varchar('kind', 30),
          col.date('openedOn'),
          col.varchar('summary', 500),
          col.int('workersAffected'),
          col.varchar('status', 10),
          col.date('closedOn', true),
          col.varchar('outcome', 12, true),
          col.varchar('outcomeNote', 500, true),
          col.fen('amountRecovered', true),
          col.int('reportId', true),
          ...col.timestamps(),
        ],
        indices: [
          { name: 'IDX_inspection_case_county', columnNames: ['countyCode', 'id'] },
          { name: 'IDX_inspection_case_enterprise', columnNames: ['enterpriseCreditCode'] },
          { name: 'IDX_inspection_case_report', columnNames: ['reportId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['labor_inspection_case', 'supervision_report']) await queryRunner.dropTable(table);
  }
}
