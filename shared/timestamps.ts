import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/*
 * createdAt/updatedAt as the migrations create them (col.timestamps() in shared/migration.ts):
 * `datetime DEFAULT CURRENT_TIMESTAMP`, whole seconds, the same on SQLite and MariaDB.
 * TypeORM's own defaults (datetime(6), datetime('now')) would describe another schema than
 * the migrated one (test/migration-drift.test.ts). `precision: null` drops TypeORM's default
 * precision of 6; TypeORM still sets updatedAt itself in every UPDATE it builds.
 */

export const CreatedAt = (): PropertyDecorator =>
  CreateDateColumn({ type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' });

export const UpdatedAt = (): PropertyDecorator =>
  UpdateDateColumn({ type: 'datetime', precision: null, default: () => 'CURRENT_TIMESTAMP' });
