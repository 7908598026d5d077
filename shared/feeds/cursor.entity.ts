import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../database';

/**
 * Where a consumer stands in one feed (one row per feed name, e.g. `labor.employmentChanges`);
 * moved on in the same transaction as the page it applied, so it survives restarts.
 */
@Entity('feed_cursor')
export class FeedCursor {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  feed!: string;

  @Column({ type: 'int', transformer: intTransformer })
  lastSequence!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastCursor!: string | null;

  @Column({ type: 'datetime', nullable: true })
  lastSyncedAt!: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;
}
