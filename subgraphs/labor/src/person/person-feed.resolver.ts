import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import { Access } from '../../../../shared/auth/access';
import type { LaborContext } from '../context';
import { PersonChange } from './person-change.entity';

@ObjectType({ description: 'A page of the person feed, in sequence order.' })
export class PersonChangeConnection extends connectionType(PersonChange, 'PersonChange') {}

@Resolver(() => PersonChange)
export class PersonFeedResolver {
  @Access({ scopes: ['feed:read', 'labor:read'], county: true })
  @Query(() => PersonChangeConnection, {
    description:
      "Every registration, correction and withdrawal of a person after the cursor, oldest first, each with the registration as it stands after it; a county-limited token gets its county's only. Resume from `endCursor`.",
  })
  personChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<PersonChange>> {
    return feedPage(db.getRepository(PersonChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }
}
