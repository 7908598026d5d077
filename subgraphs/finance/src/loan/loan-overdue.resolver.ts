import { Arg, Ctx, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { In, LessThan, MoreThan } from 'typeorm';
import { assertCounty } from '../../../../shared/auth/decorators';
import { addDays } from '../../../../shared/calendar';
import { connectionType, INT_KEYS, keysetPage, type Page } from '../../../../shared/pagination';
import type { FinanceContext } from '../context';
import { Loan } from './loan.entity';
import { ANSWER_WITHIN_DAYS, PENDING_STATUSES } from './loan.rules';
import { LOAN_READERS } from './loan-actors';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: 'A page of loans, ordered by id.' })
export class LoanConnection extends connectionType(Loan, 'Loan') {}

@Resolver(() => Loan)
export class OverdueLoansResolver {
  @Access({ scopes: LOAN_READERS, county: true })
  @Query(() => LoanConnection, {
    description:
      '超期未答复的贷款申请 — applications of a county still unanswered more than three weeks after they were made (as of the business date), by id.',
  })
  async overdueLoanApplications(
    @Arg('countyCode', () => ID) countyCode: string,
    @Arg('first', () => Int) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { db, viewer, today }: FinanceContext,
  ): Promise<Page<Loan>> {
    assertCounty(viewer, countyCode);
    return keysetPage(
      { first, after },
      INT_KEYS,
      (l) => l.id,
      ({ after: afterKey, take }) =>
        // Overdue once today > appliedOn + 21 days, i.e. appliedOn < today − 21 days.
        db.getRepository(Loan).find({
          where: {
            countyCode,
            status: In([...PENDING_STATUSES]),
            appliedOn: LessThan(addDays(today(), -ANSWER_WITHIN_DAYS)),
            id: MoreThan(afterKey),
          },
          order: { id: 'ASC' },
          take,
        }),
    );
  }
}
