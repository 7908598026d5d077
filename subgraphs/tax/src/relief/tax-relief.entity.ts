import { RecordField } from '../../../../shared/auth/decorators';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { TaxType } from './tax-type.enum';

@Directive('@key(fields: "id")')
@ObjectType({ description: '税收减免 — tax relief under 财税[2002]208号, resting on a re-employment certificate.' })
@Entity('tax_relief')
export class TaxRelief {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  /** Labor's person id of the certificate holder (for an individual business). */
  @Index()
  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  personId!: number | null;

  /** Commerce's credit code of the enterprise that hired the holder, if relief is the enterprise's. */
  @Index()
  @Column({ type: 'varchar', length: 18, nullable: true })
  enterpriseCreditCode!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @RecordField('tax:read')
  @Field(() => TaxType)
  @Column({ type: 'varchar', length: 24 })
  taxType!: TaxType;

  @RecordField('tax:read')
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @RecordField('tax:read')
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodStart!: string;

  @RecordField('tax:read')
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  periodEnd!: string;

  @RecordField('tax:read')
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  grantedOn!: string;

  @CreateDateColumn()
  createdAt!: Date;
}
