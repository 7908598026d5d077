import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { PublicWelfarePost } from './public-welfare-post.entity';
import { FillPostInput, ReportVacancyInput, validateFill, validateVacancy } from './public-welfare-post.inputs';
import { Access } from '../../../../shared/auth/access';
import { fillPublicWelfarePost, reportPublicWelfareVacancy } from './public-welfare-post.service';

@Resolver(() => PublicWelfarePost)
export class PublicWelfarePostMutationResolver {
  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => PublicWelfarePost, { description: '空岗报告 — report a vacant public-welfare post of a county.' })
  reportPublicWelfareVacancy(
    @Arg('input', () => ReportVacancyInput) input: ReportVacancyInput,
    @Ctx() ctx: LaborContext,
  ): Promise<PublicWelfarePost> {
    const valid = validateVacancy(input, ctx.today());
    assertCounty(ctx.viewer, valid.countyCode);
    return auditedWrite(
      ctx,
      { operation: 'reportPublicWelfareVacancy', entity: 'PublicWelfarePost' },
      (tx) => reportPublicWelfareVacancy(tx, valid),
      (post) => [post.id],
    );
  }

  @Access({ scopes: ['labor:write'], county: true })
  @Mutation(() => PublicWelfarePost, {
    description:
      '安置公益性岗位 — place a registered, unemployed person of the county on a vacant post, recording an employment of kind PUBLIC_WELFARE_POST. Refused for anyone outside the priority groups (4050, double laid-off, double unemployed) while such a person of the county is still waiting.',
  })
  fillPublicWelfarePost(@Arg('input', () => FillPostInput) input: FillPostInput, @Ctx() ctx: LaborContext): Promise<PublicWelfarePost> {
    const valid = validateFill(input, ctx.today());
    return auditedWrite(
      ctx,
      { operation: 'fillPublicWelfarePost', entity: 'PublicWelfarePost' },
      (tx) => fillPublicWelfarePost(tx, ctx.viewer, valid, ctx.today()),
      (post) => [post.id],
    );
  }
}
