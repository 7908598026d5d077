import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import { Access } from '../../../../shared/auth/access';
import type { TaxContext } from '../context';
import { TaxReliefChange } from './relief-change.entity';

@ObjectType({ description: 'A page of the tax relief feed, in sequence order.' })
export class TaxReliefChangeConnection extends connectionType(TaxReliefChange, 'TaxReliefChange') {}

@Resolver(() => TaxReliefChange)
export class TaxReliefFeedResolver {
  @Access({ scopes: ['feed:read', 'tax:read'], county: true })
  @Query(() => TaxReliefChangeConnection, {
    description:
      "Every tax relief granted after the cursor (individual businesses' and enterprises'), oldest first, each with the relief's whole state; a county-limited token gets its county's only. Resume from `endCursor`.",
  })
  taxReliefChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: TaxContext,
  ): Promise<Page<TaxReliefChange>> {
    return feedPage(db.getRepository(TaxReliefChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }
}
