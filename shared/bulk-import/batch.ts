/**
 * What every bulk import shares: the batch size, the per-item answer, and how a refusal
 * of the single-record validation or service becomes one item's FAILED answer.
 */
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { badUserInput, type ErrorCode } from '../errors';
import { type ImportItemError, type ImportItemResult, type ImportResult, ImportStatus } from './import-result.types';

/** Items per call: large enough for a day's batch of a platform, small enough for one transaction. */
export const MAX_IMPORT_ITEMS = 1000;

/** The whole call is refused (nothing written) when the batch is empty or too large. */
export function checkBatchSize(items: readonly unknown[]): void {
  if (items.length < 1 || items.length > MAX_IMPORT_ITEMS) {
    throw badUserInput('input.items', `must hold 1 to ${MAX_IMPORT_ITEMS} items (${items.length} sent)`);
  }
}

/** `input.items[3].idNumber` */
export function itemField(index: number, name: string): string {
  return `input.items[${index}].${name}`;
}

const REFUSALS: ReadonlySet<string> = new Set<ErrorCode>(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']);

/**
 * Maps a field the single-record mutation names (`input.personId`, `id`, or none) to the
 * item's own field (`idNumber`, `loanId`); `code` helps where the refusal names none.
 */
export type FieldOf = (field: string | undefined, code: string) => string;

/**
 * The item's error for a refusal thrown by the single-record validation or service, or
 * null for anything else (a database fault), which must abort the whole call instead.
 */
export function itemErrorOf(error: unknown, index: number, fieldOf: FieldOf): ImportItemError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions.code;
  if (typeof code !== 'string' || !REFUSALS.has(code)) return null;
  const named = typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
  // badUserInput prefixes the message with the field; the item's answer names its own field.
  const message = named && error.message.startsWith(`${named}: `) ? error.message.slice(named.length + 2) : error.message;
  return { field: itemField(index, fieldOf(named, code)), code, message };
}

/** An item's outcome, before it is numbered. */
export interface ItemOutcome {
  status: ImportStatus;
  id: string | null;
  errors: ImportItemError[];
}

export const created = (id: string | number): ItemOutcome => ({ status: ImportStatus.CREATED, id: String(id), errors: [] });
export const unchanged = (id: string | number): ItemOutcome => ({ status: ImportStatus.UNCHANGED, id: String(id), errors: [] });
export const failed = (...errors: ImportItemError[]): ItemOutcome => ({ status: ImportStatus.FAILED, id: null, errors });

/** A refusal the import itself decides (a repeat within the batch, a conflict with the record on file). */
export function refusal(index: number, name: string, code: ErrorCode, message: string): ImportItemError {
  return { field: itemField(index, name), code, message };
}

/** A validated item, or its FAILED outcome. */
export type Checked<T> = { ok: true; value: T } | { ok: false; outcome: ItemOutcome };

/** Runs the single-record validation on one item; a refusal becomes its FAILED outcome, anything else is rethrown. */
export function validated<T>(index: number, fieldOf: FieldOf, validate: () => T): Checked<T> {
  try {
    return { ok: true, value: validate() };
  } catch (error) {
    const refused = itemErrorOf(error, index, fieldOf);
    if (!refused) throw error;
    return { ok: false, outcome: failed(refused) };
  }
}

/**
 * Writes one item inside a savepoint of the call's transaction: a refusal rolls back this
 * item's writes only and becomes its FAILED answer. Anything else (the database gone, a
 * deadlock that has already rolled the whole transaction back) propagates and aborts the
 * call, so no item is ever reported CREATED that was not committed.
 */
export async function writeItem(
  tx: EntityManager,
  index: number,
  fieldOf: FieldOf,
  write: (savepoint: EntityManager) => Promise<ItemOutcome>,
  refusalOf: (error: unknown) => GraphQLError | null = () => null,
): Promise<ItemOutcome> {
  try {
    return await tx.transaction(write);
  } catch (error) {
    const refused = itemErrorOf(refusalOf(error) ?? error, index, fieldOf);
    if (!refused) throw error;
    return failed(refused);
  }
}

/** The answer, items numbered in the order sent. */
export function importResult(outcomes: readonly ItemOutcome[]): ImportResult {
  const items = outcomes.map((outcome, index): ImportItemResult => ({ index, ...outcome }));
  const count = (status: ImportStatus) => items.filter((item) => item.status === status).length;
  return { items, created: count(ImportStatus.CREATED), unchanged: count(ImportStatus.UNCHANGED), failed: count(ImportStatus.FAILED) };
}

/** What the call's audit row lists: the records written (CREATED), in order. */
export function writtenIds(result: ImportResult): string[] {
  return result.items.flatMap((item) => (item.status === ImportStatus.CREATED && item.id !== null ? [item.id] : []));
}

/** The audit row's detail: the counts, so an auditor sees the whole call even with a long id list. */
export function importSummary(result: ImportResult): string {
  return `${result.items.length} items: ${result.created} created, ${result.unchanged} unchanged, ${result.failed} failed`;
}

/**
 * A FieldOf from the single-record mutation's names: `renames` first (`input.personId` →
 * `idNumber`), then `input.<name>` → `<name>`, else the item field `fallback` names for the code.
 */
export function renamedFields(renames: Readonly<Record<string, string>>, fallback: (code: string) => string): FieldOf {
  return (field, code) => {
    if (field !== undefined && field in renames) return renames[field];
    if (field?.startsWith('input.')) return field.slice('input.'.length);
    return fallback(code);
  };
}
