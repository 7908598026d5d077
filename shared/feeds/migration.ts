import type { QueryRunner, TableColumnOptions } from 'typeorm';
import { Table } from 'typeorm';
import { col } from '../migration';

/** The columns of every outbox table before its payload: sequence (key), event, changedAt. */
export const outboxColumns = (): TableColumnOptions[] => [
  { name: 'sequence', type: 'int', isPrimary: true },
  col.varchar('event', 10),
  { name: 'changedAt', type: 'datetime' },
];

/** The publisher's `feed_head` table, if this is its first feed, and `feed`'s row at 0. */
export async function createFeedHead(queryRunner: QueryRunner, feed: string): Promise<void> {
  if (!(await queryRunner.hasTable('feed_head'))) {
    await queryRunner.createTable(new Table({ name: 'feed_head', columns: [col.key('feed', 40), col.int('lastSequence')] }));
  }
  await queryRunner.query('INSERT INTO feed_head (feed, lastSequence) VALUES (?, 0)', [feed]);
}

/** A consumer's `feed_cursor` table (the certificate replica's migration creates it too). */
export async function createFeedCursors(queryRunner: QueryRunner): Promise<void> {
  if (await queryRunner.hasTable('feed_cursor')) return;
  await queryRunner.createTable(
    new Table({
      name: 'feed_cursor',
      columns: [
        col.key('feed', 40),
        col.int('lastSequence'),
        col.varchar('lastCursor', 100, true),
        { name: 'lastSyncedAt', type: 'datetime', isNullable: true },
        col.varchar('lastError', 300, true),
      ],
    }),
  );
}
