import { Ctx, Directive, Field, GraphQLISODateTime, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { isStale, maxLagOf } from './staleness';
import { FEED_NAME } from './sync';
import { CertificateReplica } from './replica.entity';
import { feedFreshness } from '../feeds/freshness';
import { Access } from '../auth/access';

@Directive('@shareable')
@ObjectType({ description: "A department's replica of labor's certificate feed: how far it has applied, and how fresh it is." })
export class CertificateReplicaStatus {
  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Last feed sequence applied.' })
  lastSequence!: number;

  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Certificates in the replica.' })
  certificates!: number;

  @Access({ scopes: [] })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the replica last caught up with the feed.' })
  lastSyncedAt!: Date | null;

  @Access({ scopes: [] })
  @Field(() => Int, { nullable: true, description: 'Seconds since the replica last caught up: its lag bound.' })
  lagSeconds!: number | null;

  @Access({ scopes: [] })
  @Field(() => String, {
    nullable: true,
    description: 'Why the last sync failed, if it did (e.g. labor unreachable); in production only that it failed.',
  })
  lastError!: string | null;

  @Access({ scopes: [] })
  @Field(() => Int, { nullable: true, description: 'The lag beyond which benefits resting on a certificate are refused.' })
  maxLagSeconds!: number | null;

  @Access({ scopes: [] })
  @Field(() => Boolean, {
    description: 'Older than the bound (or never synced): benefits resting on a certificate are refused until it catches up.',
  })
  stale!: boolean;
}

export async function replicaStatus(db: DataSource, now = new Date()): Promise<CertificateReplicaStatus> {
  const { lastSequence, lastSyncedAt, lagSeconds, lastError } = await feedFreshness(db, FEED_NAME, now);
  const certificates = await db.getRepository(CertificateReplica).count();
  return {
    lastSequence,
    certificates,
    lastSyncedAt,
    lagSeconds,
    lastError,
    maxLagSeconds: maxLagOf(db),
    stale: isStale(lagSeconds, maxLagOf(db)),
  };
}

/** What a client is told in production of a failed sync; the error itself (URLs, driver text) stays in the log. */
export const SYNC_FAILED = 'the last sync with labor failed; the details are in the service log';

/**
 * A query `<department>CertificateReplica` per consuming subgraph: the field name is the
 * department's, so the three subgraphs compose without sharing a root field.
 */
export function replicaStatusResolver(department: string) {
  @Resolver()
  class ReplicaStatusResolver {
    @Access({ scopes: [`${department}:read`, 'report:read'] })
    @Query(() => CertificateReplicaStatus, {
      name: `${department}CertificateReplica`,
      description: `${department}'s replica of the certificate feed.`,
    })
    async status(@Ctx() ctx: { db: DataSource; production: boolean }): Promise<CertificateReplicaStatus> {
      const status = await replicaStatus(ctx.db);
      return ctx.production && status.lastError ? { ...status, lastError: SYNC_FAILED } : status;
    }
  }
  return ReplicaStatusResolver;
}

/** A certificate as the department last heard of it, or null if the feed never carried it. */
export function findReplicaCertificate(db: DataSource, number: string): Promise<CertificateReplica | null> {
  return db.getRepository(CertificateReplica).findOneBy({ number });
}
