import { Arg, Ctx, Directive, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { type DataSource, LessThan } from 'typeorm';
import { connectionType, INT_KEYS_DESCENDING, keysetPage, type Page } from '../pagination';
import { AuditEntry } from './audit.entity';
import { Access } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { forbidden } from '../errors';

@Directive('@shareable')
@ObjectType({ description: 'A page of audit entries, newest first.' })
export class AuditEntryConnection extends connectionType(AuditEntry, 'AuditEntry', { shareable: true }) {}

/**
 * `<department>AuditTrail`: each subgraph's own trail, for tokens with `audit:read`
 * (auditors). One field per department so the four compose without a shared root field.
 * The trail is city-wide: its rows (refusals included) name records of every county, so a
 * county-limited token may not read it.
 */
export function auditTrailResolver(department: string) {
  @Resolver()
  class AuditTrailResolver {
    @Access({ scopes: ['audit:read'], county: true })
    @Query(() => AuditEntryConnection, {
      name: `${department}AuditTrail`,
      description: `审计 — ${department}'s audit trail, newest first; city-wide tokens only.`,
    })
    async trail(
      @Arg('first', () => Int) first: number,
      @Arg('after', () => String, { nullable: true }) after: string | null,
      @Ctx() { db, viewer }: { db: DataSource; viewer: Viewer },
    ): Promise<Page<AuditEntry>> {
      if (viewer.county !== null)
        throw forbidden(`the audit trail is city-wide: a token limited to county ${viewer.county} may not read it`);
      return keysetPage(
        { first, after },
        INT_KEYS_DESCENDING,
        (entry) => entry.id,
        ({ after: beforeId, take }) =>
          db.getRepository(AuditEntry).find({ where: { id: LessThan(beforeId) }, order: { id: 'DESC' }, take }),
      );
    }
  }
  return AuditTrailResolver;
}
