/**
 * Money is integer fen (1 yuan = 100 fen) as `bigint` everywhere inside the services, so
 * sums stay exact at any scale; the API shows yuan as a decimal string with two places.
 */
const MONEY_PATTERN = /^(-)?(\d{1,15})(?:\.(\d{1,2}))?$/;

export function parseYuan(text: string): bigint | null {
  const match = MONEY_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return sign ? -fen : fen;
}

export function formatYuan(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Database drivers return BIGINT and SUM() as number or string; both become exact bigint. */
export function toFen(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') return BigInt(Math.trunc(value));
  if (typeof value === 'string') return BigInt(value.split('.')[0] || '0');
  throw new TypeError(`not an amount: ${String(value)}`);
}
