import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { DateScalar } from '../../../../shared/scalars';
import type { ReadinessDates } from './readiness';
import { Access } from '../../../../shared/auth/access';

const itemDate = (description: string) => ({
  nullable: true,
  description: `${description}: the date it was in place; null while missing.`,
});

@ObjectType({
  description:
    '街道/社区劳动保障工作平台 — a street (or township) or community labor-security platform and its six readiness items (六个到位).',
})
@Entity('community_platform')
@Unique('UQ_community_platform', ['countyCode', 'street', 'community'])
@Index('IDX_community_platform_county', ['countyCode', 'id'])
export class CommunityPlatform implements ReadinessDates {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { description: '街道（乡镇）' })
  @Column({ type: 'varchar', length: 50 })
  street!: string;

  /** '' for the street's own platform (served as null), so the unique key also holds for it. */
  @Column({ type: 'varchar', length: 50, default: '' })
  community!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('机构到位'))
  @Column({ type: 'date', nullable: true })
  organizationOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('人员到位'))
  @Column({ type: 'date', nullable: true })
  staffOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('经费到位'))
  @Column({ type: 'date', nullable: true })
  fundingOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('场地到位'))
  @Column({ type: 'date', nullable: true })
  premisesOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('制度到位'))
  @Column({ type: 'date', nullable: true })
  rulesOn!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, itemDate('工作到位'))
  @Column({ type: 'date', nullable: true })
  operationsOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
