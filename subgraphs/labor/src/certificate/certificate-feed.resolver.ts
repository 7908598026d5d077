import { Arg, Authorized, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { connectionType, decodeIntCursor, type Page, pageSize, toPage } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { CertificateChange } from './certificate-change.entity';

/** Partners sync in bulk: the feed allows bigger pages than ordinary lists. */
export const MAX_FEED_PAGE = 500;

@ObjectType({ description: 'A page of the certificate feed, in sequence order.' })
export class CertificateChangeConnection extends connectionType(CertificateChange, 'CertificateChange') {}

@Authorized('feed:read', 'labor:read')
@Resolver(() => CertificateChange)
export class CertificateFeedResolver {
  @Query(() => CertificateChangeConnection, {
    description: 'Every certificate change after the cursor, oldest first (再就业优惠证通报). Resume from `endCursor`; pages are stable under concurrent writes.',
  })
  async certificateChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db }: LaborContext,
  ): Promise<Page<CertificateChange>> {
    const size = pageSize(first, 'first', MAX_FEED_PAGE);
    const afterSequence = after ? decodeIntCursor(after) : 0;
    const rows = await db.getRepository(CertificateChange).find({
      where: { sequence: MoreThan(afterSequence) },
      order: { sequence: 'ASC' },
      take: size + 1,
    });
    return toPage(rows, size, (c) => c.sequence);
  }

  @FieldResolver(() => Person)
  holder(@Root() change: CertificateChange, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(change.holderId);
  }
}
