import type { DataSource, TableColumn } from 'typeorm';
import type { SubgraphDefinition } from '../shared/subgraph';
import { commerceSubgraph } from '../subgraphs/commerce/src/definition';
import { financeSubgraph } from '../subgraphs/finance/src/definition';
import { laborSubgraph } from '../subgraphs/labor/src/definition';
import { taxSubgraph } from '../subgraphs/tax/src/definition';
import { startSubgraph } from './helpers/subgraph';

const SUBGRAPHS: [string, SubgraphDefinition<unknown>][] = [
  ['labor', laborSubgraph],
  ['finance', financeSubgraph],
  ['tax', taxSubgraph],
  ['commerce', commerceSubgraph],
];

/**
 * Two differences TypeORM sees between a migrated database and the entities that are not
 * differences in the schema; both are taken out here, column by column, before it compares:
 *
 * - SQLite reads a column's declared type back verbatim. The migrations declare `int`
 *   (col.int in shared/migration.ts), TypeORM calls the same column `integer`: in SQLite both
 *   are the INTEGER storage class, and `int` cannot be spelt otherwise on MariaDB.
 * - On MariaDB, TypeORM wants `ON UPDATE CURRENT_TIMESTAMP` on every @UpdatedAt column. The
 *   migrations are portable and add none (SQLite has no such clause), and nothing relies on
 *   it: TypeORM sets updatedAt itself in every UPDATE it builds, and no raw SQL updates rows.
 */
function ignoreDriverArtefacts(db: DataSource): void {
  const driver = db.driver;
  if (db.options.type === 'mariadb') {
    const findChangedColumns = driver.findChangedColumns.bind(driver);
    driver.findChangedColumns = (tableColumns, columnMetadatas) =>
      findChangedColumns(
        tableColumns.map((column): TableColumn => {
          const metadata = columnMetadatas.find((c) => c.databaseName === column.name);
          if (!metadata?.isUpdateDate || column.onUpdate !== undefined) return column;
          return Object.assign(column.clone(), { onUpdate: metadata.onUpdate });
        }),
        columnMetadatas,
      );
  } else {
    const normalizeType = driver.normalizeType.bind(driver);
    driver.normalizeType = (column) => (column.type === 'int' ? 'int' : normalizeType(column));
  }
}

/**
 * The entities describe exactly the schema the migrations build: for each subgraph, on a
 * fresh database migrated as in production, TypeORM's `synchronize` would change nothing.
 * Runs on SQLite, and on MariaDB when TEST_MARIADB_URL is set.
 */
describe('migrations and entities agree', () => {
  it.each(SUBGRAPHS)('%s: synchronize after the migrations would run no statement', async (_name, definition) => {
    const subgraph = await startSubgraph(definition);
    try {
      ignoreDriverArtefacts(subgraph.db);
      const pending = await subgraph.db.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await subgraph.stop();
    }
  });
});
