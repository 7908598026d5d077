/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (the form dates have end to end), in UTC so
 * no time zone can move a day. Pure helpers: business rules decide what the dates mean.
 */
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Same day `months` later; a day past the target month's end falls on its last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Age in completed years on `on` of someone born on `birthDate`. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** `2003-08-15` → `2003-08`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month after `date`'s month. */
export function nextMonthStart(date: string): string {
  return addMonths(`${date.slice(0, 7)}-01`, 1);
}

/** The first day of the calendar quarter `date` lies in. */
export function quarterStart(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${pad2(month - ((month - 1) % 3))}-01`;
}

/** The last day of the quarter beginning on `start`. */
export function quarterEnd(start: string): string {
  return addDays(addMonths(quarterStart(start), 3), -1);
}
