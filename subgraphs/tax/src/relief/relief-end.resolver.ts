import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { revocationDate } from '../../../../shared/certificate-replica/replica.entity';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import type { TaxContext } from '../context';
import { type ReliefEnd, reliefEnd } from './relief-end.rules';
import { TaxRelief } from './tax-relief.entity';

/**
 * A revocation ends a relief from its date; an individual business's closure (注销登记) ends
 * its own relief after its last day. Both are read here (tax's certificate replica, tax's
 * copy of commerce's register) rather than written onto the relief when a feed applies
 * them (as finance reads its interest subsidy's end): the replicas stay the one record of
 * each, and a feed page applied twice changes nothing.
 */
@Resolver(() => TaxRelief)
export class TaxReliefEndResolver {
  private async end(relief: TaxRelief, { loaders }: TaxContext): Promise<ReliefEnd | null> {
    // An employer's relief (enterpriseCreditCode) rests on the hire, not on a business of the holder.
    const business = relief.enterpriseCreditCode === null && relief.taxpayerCreditCode !== null ? relief.taxpayerCreditCode : null;
    const [certificate, entry] = await Promise.all([
      loaders.certificateRecord.load(relief.certificateNumber),
      business === null ? null : loaders.registerEntry.load(business),
    ]);
    const revokedOn = certificate ? revocationDate(certificate) : null;
    return reliefEnd(relief, { number: relief.certificateNumber, revokedOn }, entry);
  }

  @Access({ scopes: ['tax:read'], county: true, personal: 'personal' })
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "First day without relief before periodEnd: the revocation of its certificate (注销), or the day after the individual business's closure (注销登记); null when it runs its period.",
  })
  async endedOn(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<string | null> {
    return (await this.end(relief, ctx))?.endedOn ?? null;
  }

  @Access({ scopes: ['tax:read'], county: true, personal: 'personal' })
  @FieldResolver(() => String, { nullable: true, description: 'Why the relief ended before periodEnd.' })
  async endedBecause(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<string | null> {
    return (await this.end(relief, ctx))?.endedBecause ?? null;
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description:
      "Last day actually relieved: periodEnd, the day before a revocation, the individual business's closure date, or null when it ended before the period began.",
  })
  async effectivePeriodEnd(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<string | null> {
    const end = await this.end(relief, ctx);
    return end ? end.effectivePeriodEnd : relief.periodEnd;
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => MoneyScalar, {
    description:
      'Amount actually relieved: the amount, or after a revocation or closure its share for the days relieved (what the statistics count of a revocation).',
  })
  async effectiveAmount(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<bigint> {
    return (await this.end(relief, ctx))?.effectiveAmount ?? relief.amount;
  }
}
