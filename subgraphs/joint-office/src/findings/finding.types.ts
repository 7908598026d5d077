import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { Access } from '../../../../shared/auth/access';
import { connectionType } from '../../../../shared/pagination';
import { ConsistencyRule } from './findings.enums';

/**
 * The records a finding names point at persons (ids, certificate numbers, their benefits):
 * a reader of every department's person-level records may see them, within its county.
 */
export const NAMES_RECORDS = { scopes: ['labor:read+finance:read+tax:read+commerce:read'], county: true, personal: 'personal' } as const;

@ObjectType({ description: 'A record a finding names: which department keeps it, what it is, its key.' })
export class FindingRecordRef {
  @Access({ scopes: [] }) @Field(() => String, { description: 'labor, finance, tax or commerce.' }) department!: string;
  @Access({ scopes: [] }) @Field(() => String, { description: 'e.g. Person, ReemploymentCertificate, Loan, TaxRelief.' }) kind!: string;
  @Access({ scopes: [] }) @Field(() => ID) key!: string;
}

@ObjectType({ description: '督查发现 — an inconsistency between departments found by a check run.' })
export class ConsistencyFinding {
  @Access({ scopes: [] }) @Field(() => ID) id!: string;
  @Access({ scopes: [] }) @Field(() => ConsistencyRule) rule!: ConsistencyRule;
  @Access({ scopes: [] }) @Field(() => String, { description: 'What is wrong, without naming anyone.' }) summary!: string;
  @Access({ scopes: [] }) @Field(() => ID, { nullable: true, description: 'The county whose records it concerns.' }) countyCode!:
    string | null;
  @Access({ scopes: [] }) @Field(() => GraphQLISODateTime) detectedAt!: Date;
  @Access({ scopes: [] })
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a run no longer found it (null while open).' })
  resolvedAt!: Date | null;
  @Access(NAMES_RECORDS) @Field(() => [FindingRecordRef], { description: 'The records on each side.' }) records!: FindingRecordRef[];
}

@ObjectType()
export class ConsistencyFindingConnection extends connectionType(ConsistencyFinding, 'ConsistencyFinding') {}

@ObjectType({ description: 'One run of the consistency checks.' })
export class ConsistencyCheckRun {
  @Access({ scopes: [] }) @Field(() => GraphQLISODateTime) ranAt!: Date;
  @Access({ scopes: [] }) @Field(() => Int, { description: 'Findings open after the run.' }) findings!: number;
  @Access({ scopes: [] }) @Field(() => Int, { description: 'Findings this run found first.' }) opened!: number;
  @Access({ scopes: [] }) @Field(() => Int, { description: 'Findings this run no longer found (now resolved).' }) resolved!: number;
}
