import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

@ObjectType({ description: '年检 — a yearly review a certificate passed.' })
@Entity('certificate_review')
@Unique('UQ_certificate_review_year', ['number', 'year'])
export class CertificateReview {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  number!: string;

  @Access({ scopes: [] })
  @Field(() => Int)
  @Column({ type: 'int', transformer: intTransformer })
  year!: number;

  @Access({ scopes: [] })
  @Field(() => DateScalar)
  @Column({ type: 'date' })
  reviewedOn!: string;

  @CreatedAt()
  createdAt!: Date;
}
