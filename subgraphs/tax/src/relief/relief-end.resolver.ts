import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { revocationDate } from '../../../../shared/certificate-replica/replica.entity';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import type { TaxContext } from '../context';
import { type ReliefEnd, reliefEnd } from './relief-end.rules';
import { TaxRelief } from './tax-relief.entity';

/**
 * A revocation ends a relief from its date. It is read here from tax's certificate replica
 * rather than written onto the relief when the feed applies it (as finance reads its
 * interest subsidy's end): the replica stays the one record of the certificate's state,
 * and a feed page applied twice changes nothing.
 */
@Resolver(() => TaxRelief)
export class TaxReliefEndResolver {
  private async end(relief: TaxRelief, { loaders }: TaxContext): Promise<ReliefEnd | null> {
    const certificate = await loaders.certificateRecord.load(relief.certificateNumber);
    return certificate && reliefEnd(relief, { number: certificate.number, revokedOn: revocationDate(certificate) });
  }

  @Access({ scopes: ['tax:read'], county: true, personal: 'personal' })
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'Day the relief ended before periodEnd (the revocation of its certificate, 注销); null when it runs its period.',
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
    description: 'Last day actually relieved: periodEnd, the day before a revocation, or null when it was revoked before the period began.',
  })
  async effectivePeriodEnd(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<string | null> {
    const end = await this.end(relief, ctx);
    return end ? end.effectivePeriodEnd : relief.periodEnd;
  }

  @Access({ scopes: ['tax:read'], county: true })
  @FieldResolver(() => MoneyScalar, {
    description:
      'Amount actually relieved: the amount, or after a revocation its share for the days before it (what the statistics count).',
  })
  async effectiveAmount(@Root() relief: TaxRelief, @Ctx() ctx: TaxContext): Promise<bigint> {
    return (await this.end(relief, ctx))?.effectiveAmount ?? relief.amount;
  }
}
