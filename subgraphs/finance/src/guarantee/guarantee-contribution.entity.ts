import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { CreatedAt } from '../../../../shared/timestamps';

/**
 * 注资 — one payment into a guarantee fund (the initial capital or a top-up), dated by the
 * business day it was paid. `GuaranteeFund.capital` is their running sum; the statistics
 * read the capital as at a month's end from here, so a later top-up never rewrites an
 * earlier month's guarantee capacity.
 */
@Entity('guarantee_contribution')
@Index('IDX_guarantee_contribution_fund', ['fundId', 'contributedOn'])
export class GuaranteeContribution {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', transformer: intTransformer })
  fundId!: number;

  @Column({ type: 'date' })
  contributedOn!: string;

  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @CreatedAt()
  createdAt!: Date;
}
