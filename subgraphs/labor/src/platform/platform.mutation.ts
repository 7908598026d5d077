import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import { isUniqueViolation } from '../../../../shared/database';
import type { LaborContext } from '../context';
import { CommunityPlatform } from './platform.entity';
import { RecordPlatformReadinessInput, RegisterCommunityPlatformInput, validatePlatform, validateReadiness } from './platform.inputs';
import { Access } from '../../../../shared/auth/access';
import { duplicatePlatform, recordPlatformReadiness, registerCommunityPlatform } from './platform.service';

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
        (tx) => registerCommunityPlatform(tx, valid),
        (p) => [p.id],
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicatePlatform();
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
    return auditedWrite(
      ctx,
      { operation: 'recordPlatformReadiness', entity: 'CommunityPlatform' },
      (tx) => recordPlatformReadiness(tx, ctx.viewer, valid),
      (p) => [p.id],
    );
  }
}
