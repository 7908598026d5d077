import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { MoreThan } from 'typeorm';
import { assertCounty } from '../../../../shared/auth/decorators';
import { connectionType, INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { PostStatus, PublicWelfarePost } from './public-welfare-post.entity';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: 'A page of public-welfare posts, by id.' })
export class PublicWelfarePostConnection extends connectionType(PublicWelfarePost, 'PublicWelfarePost') {}

@Resolver(() => PublicWelfarePost)
export class PublicWelfarePostResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @Query(() => PublicWelfarePostConnection, { description: '公益性岗位 of a county, optionally only vacant (OPEN) or filled ones; by id.' })
  async publicWelfarePosts(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => PostStatus, { nullable: true }) status: PostStatus | null,
    @Ctx() { db, viewer }: LaborContext,
  ): Promise<Page<PublicWelfarePost>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (p) => p.id,
      ({ after: afterKey, take }) =>
        db.getRepository(PublicWelfarePost).find({
          where: { countyCode, id: MoreThan(afterKey), ...(status ? { status } : {}) },
          order: { id: 'ASC' },
          take,
        }),
    );
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Person, { nullable: true, description: 'Who holds the post (null while vacant).' })
  async filledBy(@Root() post: PublicWelfarePost, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return post.filledById === null ? null : loaders.personById.load(post.filledById);
  }
}
