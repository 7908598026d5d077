import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { auditedWrite } from '../../../../shared/audit/audited';
import { assertCounty, assertVisible } from '../../../../shared/auth/decorators';
import { badUserInput, conflict } from '../../../../shared/errors';
import type { LaborContext } from '../context';
import { EmploymentKind } from '../employment/employment-record.entity';
import { startEmployment } from '../employment/employment.service';
import { lockPerson } from '../person/household';
import { EmploymentStatus } from '../person/person.enums';
import { hasPostPriority, waitingPriorityPersons } from './priority';
import { PostStatus, PublicWelfarePost } from './public-welfare-post.entity';
import { FillPostInput, ReportVacancyInput, validateFill, validateVacancy } from './public-welfare-post.inputs';
import { Access } from '../../../../shared/auth/access';
import { findOrNotFound, insertAndFetch } from '../../../../shared/records';

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
      async (tx) => {
        return insertAndFetch(tx, PublicWelfarePost, { ...valid, status: PostStatus.OPEN, filledById: null, filledOn: null });
      },
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
      async (tx) => {
        const post = await findOrNotFound(tx, PublicWelfarePost, { id: valid.postId }, { viewer: ctx.viewer, lock: true });
        if (post.status !== PostStatus.OPEN) throw conflict(`post ${post.id} is already filled`, { field: 'input.postId' });
        const person = await lockPerson(tx, valid.personId);
        assertVisible(ctx.viewer, person, 'Person', valid.personId);
        if (person.countyCode !== post.countyCode)
          throw badUserInput(
            'input.personId',
            `person ${person.id} is registered in county ${person.countyCode}, the post is in ${post.countyCode}`,
          );
        if (person.employmentStatus !== EmploymentStatus.UNEMPLOYED)
          throw conflict(`person ${person.id} is already employed`, { field: 'input.personId' });
        if (valid.startedOn < post.reportedOn)
          throw badUserInput('input.startedOn', `is before the vacancy was reported on ${post.reportedOn}`);
        if (!hasPostPriority(person)) {
          const waiting = await waitingPriorityPersons(tx, post.countyCode, person.id);
          if (waiting > 0) {
            throw badUserInput(
              'input.personId',
              `person ${person.id} is not 4050, double laid-off or double unemployed, and ${waiting} such person(s) of county ${post.countyCode} are waiting: public-welfare posts go to them first (see hardshipPersons)`,
            );
          }
        }
        const job = {
          kind: EmploymentKind.PUBLIC_WELFARE_POST,
          startedOn: valid.startedOn,
          employerCreditCode: null,
          contractMonths: valid.contractMonths,
          postId: post.id,
        };
        await startEmployment(tx, person, job, 'input.startedOn');
        await tx.update(
          PublicWelfarePost,
          { id: post.id },
          { status: PostStatus.FILLED, filledById: person.id, filledOn: valid.startedOn },
        );
        return tx.findOneByOrFail(PublicWelfarePost, { id: post.id });
      },
      (post) => [post.id],
    );
  }
}
