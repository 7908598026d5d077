import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import { Access } from '../../../../shared/auth/access';
import type { CommerceContext } from '../context';
import { RegisterChange } from './register-change.entity';

@ObjectType({ description: 'A page of the register feed, in sequence order.' })
export class RegisterChangeConnection extends connectionType(RegisterChange, 'RegisterChange') {}

@Resolver(() => RegisterChange)
export class RegisterFeedResolver {
  @Access({ scopes: ['feed:read', 'commerce:read'], county: true })
  @Query(() => RegisterChangeConnection, {
    description:
      "Every register entry change after the cursor, oldest first, each with the entry as it stands after it; a county-limited token gets its county's only. Resume from `endCursor`.",
  })
  registerChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: CommerceContext,
  ): Promise<Page<RegisterChange>> {
    return feedPage(db.getRepository(RegisterChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }
}
