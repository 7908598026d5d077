import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../../shared/timestamps';
import { intTransformer } from '../../../../shared/database';
import { DateScalar } from '../../../../shared/scalars';
import { Access } from '../../../../shared/auth/access';

export enum PostWorkKind {
  COMMUNITY_SECURITY = 'COMMUNITY_SECURITY',
  CLEANING = 'CLEANING',
  GREENING = 'GREENING',
  PARKING = 'PARKING',
  FACILITY_UPKEEP = 'FACILITY_UPKEEP',
  OTHER = 'OTHER',
}
registerEnumType(PostWorkKind, {
  name: 'PostWorkKind',
  description: 'Kind of work of a public-welfare post (岗位工种).',
  valuesConfig: {
    COMMUNITY_SECURITY: { description: '社区治安' },
    CLEANING: { description: '保洁' },
    GREENING: { description: '绿化' },
    PARKING: { description: '停车管理' },
    FACILITY_UPKEEP: { description: '公共设施维护' },
    OTHER: { description: '其他' },
  },
});

export enum PostStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
}
registerEnumType(PostStatus, {
  name: 'PostStatus',
  valuesConfig: { OPEN: { description: '空岗 — reported vacant' }, FILLED: { description: '在岗 — filled' } },
});

@ObjectType({
  description:
    '公益性岗位 — a government-funded post, reported when vacant (空岗报告) and filled first by 4050, double laid-off and double unemployed persons.',
})
@Entity('public_welfare_post')
@Index('IDX_post_county_status', ['countyCode', 'status', 'id'])
export class PublicWelfarePost {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => ID)
  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { nullable: true, description: '街道/社区' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  community!: string | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => PostWorkKind)
  @Column({ type: 'varchar', length: 20 })
  workKind!: PostWorkKind;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => String, { description: '资金来源 — who funds the post, e.g. 区财政, 再就业资金.' })
  @Column({ type: 'varchar', length: 50 })
  fundedBy!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { description: 'When the vacancy was reported (空岗报告日期); set again when the post falls vacant.' })
  @Column({ type: 'date' })
  reportedOn!: string;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => PostStatus)
  @Column({ type: 'varchar', length: 8 })
  status!: PostStatus;

  @Column({ type: 'int', nullable: true, transformer: intTransformer })
  filledById!: number | null;

  @Access({ scopes: ['labor:read'], county: true })
  @Field(() => DateScalar, { nullable: true })
  @Column({ type: 'date', nullable: true })
  filledOn!: string | null;

  @CreatedAt()
  createdAt!: Date;

  @UpdatedAt()
  updatedAt!: Date;
}
