import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from '../../../../shared/migration';

/** 街道/社区劳动保障工作平台 and the dates of their six readiness items (六个到位). */
export class LaborCommunityPlatform1751000021000 implements MigrationInterface {
  name = 'LaborCommunityPlatform1751000021000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'community_platform',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.varchar('street', 50),
          { ...col.varchar('community', 50), default: "''" },
          col.date('organizationOn', true),
          col.date('staffOn', true),
          col.date('fundingOn', true),
          col.date('premisesOn', true),
          col.date('rulesOn', true),
          col.date('operationsOn', true),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_community_platform', columnNames: ['countyCode', 'street', 'community'] }],
        indices: [{ name: 'IDX_community_platform_county', columnNames: ['countyCode', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('community_platform');
  }
}
