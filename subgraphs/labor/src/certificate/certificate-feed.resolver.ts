import { Arg, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { connectionType, decodeIntCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { CertificateChange } from './certificate-change.entity';
import { Access } from '../../../../shared/auth/access';

/** Partners sync in bulk: the feed allows bigger pages than ordinary lists. */
export const MAX_FEED_PAGE = 500;

@ObjectType({ description: 'A page of the certificate feed, in sequence order.' })
export class CertificateChangeConnection extends connectionType(CertificateChange, 'CertificateChange') {}

@Resolver(() => CertificateChange)
export class CertificateFeedResolver {
  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Query(() => CertificateChangeConnection, {
    description: 'Every certificate change after the cursor, oldest first (再就业优惠证通报); a county-limited token gets its county\'s only. Resume from `endCursor`; pages are stable under concurrent writes.',
  })
  async certificateChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<CertificateChange>> {
    const size = pageSize(first, 'first', MAX_FEED_PAGE);
    const afterSequence = after ? decodeIntCursor(after) : 0;
    // A county-limited token follows its county's changes only (same cursors, fewer rows).
    const rows = await db.getRepository(CertificateChange).find({
      where: { sequence: MoreThan(afterSequence), ...(viewer.county ? { countyCode: viewer.county } : {}) },
      order: { sequence: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (c) => c.sequence);
  }

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @FieldResolver(() => Person)
  holder(@Root() change: CertificateChange, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(change.holderId);
  }
}
