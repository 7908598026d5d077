import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from '../../../../shared/migration';

/**
 * The business date of a revocation, on the certificate and on its feed changes: tax and
 * commerce end relief and exemptions from it (labor's clock in `changedAt` is not the
 * business date the revocation was decided on).
 */
export class LaborCertificateRevokedOn1751000150000 implements MigrationInterface {
  name = 'LaborCertificateRevokedOn1751000150000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('reemployment_certificate', new TableColumn(col.date('revokedOn', true)));
    await queryRunner.addColumn('certificate_change', new TableColumn(col.date('revokedOn', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('certificate_change', 'revokedOn');
    await queryRunner.dropColumn('reemployment_certificate', 'revokedOn');
  }
}
