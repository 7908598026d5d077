import { type FindOptionsWhere, MoreThan, type ObjectLiteral, type Repository } from 'typeorm';
import { INT_KEYS, keysetPage, type Page } from '../pagination';
import type { OutboxRow } from './outbox';

/** Consumers sync in bulk: feeds allow bigger pages than ordinary lists. */
export const MAX_FEED_PAGE = 500;

/**
 * One page of an outbox after `after`, oldest first; the cursor is the sequence. `where`
 * narrows the rows (a county-limited token's county) without changing the cursors.
 */
export function feedPage<T extends Pick<OutboxRow, 'sequence'> & ObjectLiteral>(
  outbox: Repository<T>,
  args: { first: number; after: string | null },
  where: FindOptionsWhere<T> = {},
): Promise<Page<T>> {
  return keysetPage(
    { ...args, max: MAX_FEED_PAGE },
    INT_KEYS,
    (row) => row.sequence,
    ({ after, take }) =>
      outbox.find({
        where: { ...where, sequence: MoreThan(after) } as FindOptionsWhere<T>,
        order: { sequence: 'ASC' } as never,
        take,
      }),
  );
}
