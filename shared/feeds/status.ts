import { Ctx, Directive, Field, GraphQLISODateTime, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Access } from '../auth/access';
import { feedFreshness } from './freshness';

@Directive('@shareable')
@ObjectType({ description: "A department's replica of another department's feed: how far it has applied, and how fresh it is." })
export class FeedReplicaStatus {
  @Access({ scopes: [] })
  @Field(() => String, { description: 'The feed, `<publisher>.<field>`.' })
  feed!: string;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Last feed sequence applied.' })
  lastSequence!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Rows in the replica.' })
  rows!: number;

  @Access({ scopes: [] })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the replica last caught up with the feed.' })
  lastSyncedAt!: Date | null;

  @Access({ scopes: [] })
  @Field(() => Int, { nullable: true, description: 'Seconds since the replica last caught up: its lag.' })
  lagSeconds!: number | null;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true, description: 'Why the last sync failed, if it did; in production only that it failed.' })
  lastError!: string | null;
}

export interface FeedReplicaQuery {
  /** The root field, named for the consumer so subgraphs compose (`financeEmploymentReplica`). */
  name: string;
  feed: string;
  table: EntityTarget<ObjectLiteral>;
  /** Who may read it: the consumer's own `<dept>:read`, and report readers. */
  department: string;
}

export const FEED_SYNC_FAILED = 'the last sync of this feed failed; the details are in the service log';

/** A query reporting one feed replica's freshness (the generic twin of `<dept>CertificateReplica`). */
export function feedReplicaStatusResolver(spec: FeedReplicaQuery) {
  @Resolver()
  class FeedReplicaStatusResolver {
    @Access({ scopes: [`${spec.department}:read`, 'report:read'] })
    @Query(() => FeedReplicaStatus, { name: spec.name, description: `${spec.department}'s replica of the ${spec.feed} feed.` })
    async status(@Ctx() ctx: { db: DataSource; production: boolean }): Promise<FeedReplicaStatus> {
      const freshness = await feedFreshness(ctx.db, spec.feed);
      const rows = await ctx.db.getRepository(spec.table).count();
      const lastError = ctx.production && freshness.lastError ? FEED_SYNC_FAILED : freshness.lastError;
      return { ...freshness, rows, lastError };
    }
  }
  return FeedReplicaStatusResolver;
}
