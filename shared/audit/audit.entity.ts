import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per write (and refused write) and per read of unmasked personal data. Append-only. */
@Directive('@shareable')
@ObjectType({ description: '审计记录 — who did what, when, to which records, with what outcome.' })
@Entity('audit_entry')
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => String, { description: 'The department whose database holds this row.' })
  @Column({ type: 'varchar', length: 12 })
  service!: string;

  @Field(() => GraphQLISODateTime)
  @Index()
  @Column({ type: 'datetime' })
  at!: Date;

  @Field(() => String, { description: 'Token subject (user or client id).' })
  @Index()
  @Column({ type: 'varchar', length: 100 })
  sub!: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 20 })
  dept!: string;

  @Field(() => String, { description: 'Mutation name, or `read:<Type>.<field>` for personal data read in full.' })
  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  entity!: string | null;

  @Field(() => [String])
  @Column({ type: 'simple-json' })
  entityIds!: string[];

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  requestId!: string;

  @Field(() => String, { description: 'OK, or the refusal code (BAD_USER_INPUT, FORBIDDEN, CONFLICT, …).' })
  @Column({ type: 'varchar', length: 24 })
  outcome!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  detail!: string | null;
}
