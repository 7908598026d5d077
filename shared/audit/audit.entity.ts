import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Access } from '../auth/access';

/** One row per write (and refused write) and per read of unmasked personal data. Append-only. */
@Directive('@shareable')
@ObjectType({ description: '审计记录 — who did what, when, to which records, with what outcome.' })
@Entity('audit_entry')
@Index('IDX_audit_at', ['at'])
@Index('IDX_audit_sub', ['sub'])
export class AuditEntry {
  @Access({ scopes: [] })
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id!: number;

  @Access({ scopes: [] })
  @Field(() => String, { description: 'The department whose database holds this row.' })
  @Column({ type: 'varchar', length: 12 })
  service!: string;

  @Access({ scopes: [] })
  @Field(() => GraphQLISODateTime)
  @Column({ type: 'datetime' })
  at!: Date;

  @Access({ scopes: [] })
  @Field(() => String, { description: 'Token subject (user or client id).' })
  @Column({ type: 'varchar', length: 100 })
  sub!: string;

  @Access({ scopes: [] })
  @Field(() => String)
  @Column({ type: 'varchar', length: 20 })
  dept!: string;

  @Access({ scopes: [] })
  @Field(() => String, { description: 'Mutation name, or `read:<Type>.<field>` for personal data read in full.' })
  @Column({ type: 'varchar', length: 60 })
  operation!: string;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  entity!: string | null;

  @Access({ scopes: [] })
  @Field(() => [String])
  @Column({ type: 'simple-json' })
  entityIds!: string[];

  @Access({ scopes: [] })
  @Field(() => String, { description: "The gateway's request id (the one in its logs)." })
  @Column({ type: 'varchar', length: 100 })
  requestId!: string;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true, description: 'The request id the client sent, if any: its own reference, never taken for ours.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  clientRequestId!: string | null;

  @Access({ scopes: [] })
  @Field(() => String, { description: 'OK, or the refusal code (BAD_USER_INPUT, FORBIDDEN, CONFLICT, …).' })
  @Column({ type: 'varchar', length: 24 })
  outcome!: string;

  @Access({ scopes: [] })
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  detail!: string | null;
}
