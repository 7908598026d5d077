/**
 * Input validators every department uses, so a field breaks the same rule with the same
 * words everywhere. Each returns the normalised value or throws BAD_USER_INPUT naming the
 * field (`input.name`); none touches the database, so they run before any write.
 */
import { isCityCounty } from './areas';
import { parseCreditCode } from './checksums';
import { badUserInput } from './errors';

/** Trimmed text of 1…max characters. */
export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max) throw badUserInput(field, `must be 1 to ${max} characters`);
  return text;
}

/** Trimmed text of at most max characters; blank or left out is null. */
export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) return null;
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text;
}

/** An `ID` argument that names an integer key: 1 or more. */
export function positiveId(field: string, value: string): number {
  const text = value.trim();
  const id = Number(text);
  if (text.length === 0 || !Number.isSafeInteger(id) || id < 1) throw badUserInput(field, 'is not an id');
  return id;
}

/** Like positiveId, but blank or left out is null. */
export function optionalId(field: string, value: string | null | undefined): number | null {
  return value?.trim() ? positiveId(field, value) : null;
}

/** A whole number from min to max; `unit` words the message ("months"). */
export function intInRange(field: string, value: number, min: number, max: number, unit = ''): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, `must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}`);
  }
  return value;
}

/** A GB/T 2260 code of one of Huai'an's counties. */
export function cityCounty(field: string, code: string): string {
  if (!isCityCounty(code)) throw badUserInput(field, `${code} is not a county of Huai'an (GB/T 2260)`);
  return code;
}

/** A Unified Social Credit Code (GB 32100-2015), checksum verified, in its canonical form. */
export function creditCode(field: string, value: string): string {
  const parsed = parseCreditCode(value);
  if (!parsed.ok) throw badUserInput(field, parsed.reason);
  return parsed.code;
}

/** Like creditCode, but blank or left out is null. */
export function optionalCreditCode(field: string, value: string | null | undefined): string | null {
  return value?.trim() ? creditCode(field, value) : null;
}

/** A `YYYY-MM-DD` date on or before the business date `today`. */
export function notInFuture(field: string, date: string, today: string): string {
  if (date > today) throw badUserInput(field, 'cannot be in the future');
  return date;
}
