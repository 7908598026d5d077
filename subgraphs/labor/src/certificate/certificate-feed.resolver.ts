import { Arg, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { CertificateChange } from './certificate-change.entity';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: 'A page of the certificate feed, in sequence order.' })
export class CertificateChangeConnection extends connectionType(CertificateChange, 'CertificateChange') {}

@Resolver(() => CertificateChange)
export class CertificateFeedResolver {
  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Query(() => CertificateChangeConnection, {
    description:
      "Every certificate change after the cursor, oldest first (再就业优惠证通报); a county-limited token gets its county's only. Resume from `endCursor`; pages are stable under concurrent writes.",
  })
  async certificateChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<CertificateChange>> {
    // A county-limited token follows its county's changes only (same cursors, fewer rows).
    return feedPage(db.getRepository(CertificateChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }

  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @FieldResolver(() => Person)
  holder(@Root() change: CertificateChange, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(change.holderId);
  }
}
