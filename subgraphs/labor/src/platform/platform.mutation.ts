import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import { conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { CommunityPlatform } from './platform.entity';
import { RecordPlatformReadinessInput, RegisterCommunityPlatformInput, validatePlatform, validateReadiness } from './platform.inputs';
import { READINESS_COLUMNS } from './readiness';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

const duplicate = () => conflict('this street or community already has a platform', { field: 'input.community' });

@Resolver(() => CommunityPlatform)
export class CommunityPlatformMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => CommunityPlatform, {
    description: '登记劳动保障工作平台 — record a street or community platform (nothing in place yet).',
  })
  async registerCommunityPlatform(
    @Arg('input', () => RegisterCommunityPlatformInput) input: RegisterCommunityPlatformInput,
    @Ctx() ctx: LaborContext,
  ): Promise<CommunityPlatform> {
    const valid = validatePlatform(input);
    assertCounty(ctx.viewer, valid.countyCode);
    try {
      return await auditedWrite(
        ctx,
        { operation: 'registerCommunityPlatform', entity: 'CommunityPlatform' },
        async (tx) => {
          if (await tx.existsBy(CommunityPlatform, valid)) throw duplicate();
          return insertAndFetch(tx, CommunityPlatform, valid);
        },
        (p) => [p.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate();
      throw error;
    }
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => CommunityPlatform, {
    description:
      '记录"到位" — record the date one of the six items came into place. A recorded date is never overwritten: it is what the deadline is judged on.',
  })
  recordPlatformReadiness(
    @Arg('input', () => RecordPlatformReadinessInput) input: RecordPlatformReadinessInput,
    @Ctx() ctx: LaborContext,
  ): Promise<CommunityPlatform> {
    const valid = validateReadiness(input, ctx.today());
    const column = READINESS_COLUMNS[valid.item];
    return auditedWrite(
      ctx,
      { operation: 'recordPlatformReadiness', entity: 'CommunityPlatform' },
      async (tx) => {
        const platform = await findOrNotFound(tx, CommunityPlatform, { id: valid.platformId }, { viewer: ctx.viewer, lock: true });
        const recorded = platform[column];
        if (recorded !== null)
          throw conflict(`${valid.item} of platform ${platform.id} is already recorded as in place on ${recorded}`, {
            field: 'input.item',
          });
        await tx.update(CommunityPlatform, { id: platform.id }, { [column]: valid.inPlaceOn });
        return tx.findOneByOrFail(CommunityPlatform, { id: platform.id });
      },
      (p) => [p.id],
    );
  }
}
