import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access } from '../auth/access';

export enum ImportStatus {
  CREATED = 'CREATED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'What a bulk import did with one item.',
  valuesConfig: {
    CREATED: { description: 'Written: a new record, or a loan transition applied.' },
    UNCHANGED: { description: 'Already on record with the same data (a re-sent item): nothing written.' },
    FAILED: { description: 'Refused, nothing of it written; `errors` name the fields.' },
  },
});

/** Why one item was refused: the field as the client sent it, e.g. `input.items[3].idNumber`. */
@Directive('@shareable')
@ObjectType({ description: 'A refusal of one item of a bulk import.' })
export class ImportItemError {
  @Access({ scopes: [] })
  @Field(() => String, { description: 'The input path to fix, e.g. `input.items[3].idNumber`.' })
  field!: string;

  @Access({ scopes: [] })
  @Field(() => String, { description: 'BAD_USER_INPUT, NOT_FOUND, CONFLICT or FORBIDDEN, as the single-record mutation answers.' })
  code!: string;

  @Access({ scopes: [] })
  @Field(() => String)
  message!: string;
}

@Directive('@shareable')
@ObjectType({ description: 'The outcome of one item of a bulk import, in the order sent.' })
export class ImportItemResult {
  @Access({ scopes: [] })
  @Field(() => Int, { description: 'Position in `input.items`, from 0.' })
  index!: number;

  @Access({ scopes: [] })
  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Access({ scopes: [] })
  @Field(() => ID, { nullable: true, description: 'The record written or found (person, employment record, loan); null when FAILED.' })
  id!: string | null;

  @Access({ scopes: [] })
  @Field(() => [ImportItemError])
  errors!: ImportItemError[];
}

/**
 * The answer to a bulk import: every item in order, and the counts. Labor and finance
 * answer the same shape, hence one shared type (like AuditEntry).
 */
@Directive('@shareable')
@ObjectType({ description: 'The answer to a bulk import: one result per item, in the order sent.' })
export class ImportResult {
  @Access({ scopes: [] })
  @Field(() => [ImportItemResult])
  items!: ImportItemResult[];

  @Access({ scopes: [] })
  @Field(() => Int)
  created!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  unchanged!: number;

  @Access({ scopes: [] })
  @Field(() => Int)
  failed!: number;
}
