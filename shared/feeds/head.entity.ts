import { Column, Entity, PrimaryColumn } from 'typeorm';
import { intTransformer } from '../database';

/**
 * A publisher's counter per feed: its row lock orders the transactions that append to the
 * feed (see nextSequence in outbox.ts). One row per feed, inserted by the outbox's migration.
 */
@Entity('feed_head')
export class FeedHead {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  feed!: string;

  @Column({ type: 'int', transformer: intTransformer })
  lastSequence!: number;
}
