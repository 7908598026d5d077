import type { TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and MariaDB: only
 * portable types (int, bigint, varchar, date, datetime, boolean) and portable defaults.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'int', isNullable: nullable }),
  /** Money in integer fen. */
  fen: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  key: (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isPrimary: true }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  bool: (name: string, fallback: boolean): TableColumnOptions => ({ name, type: 'boolean', default: fallback ? 1 : 0 }),
  timestamps: (): TableColumnOptions[] => [
    { name: 'createdAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
    { name: 'updatedAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' },
  ],
  createdAt: (): TableColumnOptions => ({ name: 'createdAt', type: 'datetime', default: 'CURRENT_TIMESTAMP' }),
};
