import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import { Access } from '../../../../shared/auth/access';
import type { LaborContext } from '../context';
import { EmploymentChange } from './employment-change.entity';

@ObjectType({ description: 'A page of the employment feed, in sequence order.' })
export class EmploymentChangeConnection extends connectionType(EmploymentChange, 'EmploymentChange') {}

@Resolver(() => EmploymentChange)
export class EmploymentFeedResolver {
  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Query(() => EmploymentChangeConnection, {
    description:
      "Every employment record change after the cursor, oldest first, each with the record as it stands after it; a county-limited token gets its county's only. Resume from `endCursor`.",
  })
  employmentChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<EmploymentChange>> {
    return feedPage(db.getRepository(EmploymentChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }
}
