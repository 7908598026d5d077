import { RecordField } from '../../../../shared/auth/decorators';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer, intTransformer } from '../../../../shared/database';
import { DateScalar, MoneyScalar } from '../../../../shared/scalars';
import { LoanStatus } from './loan.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: '小额担保贷款 — small guaranteed loan to a certificate holder.' })
@Entity('loan')
export class Loan {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  /** Labor's person id; finance keeps only the key. */
  @Index()
  @Column({ type: 'int', transformer: intTransformer })
  applicantId!: number;

  @Column({ type: 'varchar', length: 16 })
  certificateNumber!: string;

  @Index()
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @RecordField('finance:read')
  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: fenTransformer })
  amount!: bigint;

  @RecordField('finance:read')
  @Field(() => Int)
  @Column({ type: 'int' })
  termMonths!: number;

  @RecordField('finance:read')
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  purpose!: string;

  @RecordField('finance:read')
  @Field(() => Boolean, { description: '微利项目: the project is on the low-profit list (100 % interest subsidy).' })
  @Column({ type: 'boolean' })
  lowProfitProject!: boolean;

  @RecordField('finance:read')
  @Field(() => LoanStatus)
  @Column({ type: 'varchar', length: 12 })
  status!: LoanStatus;

  @RecordField('finance:read')
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  appliedOn!: string;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;
}
