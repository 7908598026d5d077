import { Arg, Ctx, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, type Page } from '../../../../shared/pagination';
import { feedPage } from '../../../../shared/feeds/page';
import { Access } from '../../../../shared/auth/access';
import type { FinanceContext } from '../context';
import { LOAN_READERS } from '../loan/loan-actors';
import { LoanChange } from './loan-change.entity';

@ObjectType({ description: 'A page of the loan feed, in sequence order.' })
export class LoanChangeConnection extends connectionType(LoanChange, 'LoanChange') {}

@Resolver(() => LoanChange)
export class LoanFeedResolver {
  @Access({ scopes: ['feed:read', ...LOAN_READERS], county: true })
  @Query(() => LoanChangeConnection, {
    description:
      "Every loan application and lifecycle step after the cursor, oldest first, each with the loan as it stands after it; a county-limited token gets its county's only. Resume from `endCursor`.",
  })
  loanChanges(
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer }: FinanceContext,
  ): Promise<Page<LoanChange>> {
    return feedPage(db.getRepository(LoanChange), { first, after }, viewer.county ? { countyCode: viewer.county } : {});
  }
}
