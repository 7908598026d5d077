/** Money arrives as a decimal string in yuan ("20000.00"); sums are done in integer fen. */
export function toFen(yuan: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw new Error(`not an amount: ${yuan}`);
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -fen : fen;
}

export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function sumYuan(amounts: string[]): string {
  return fenToYuan(amounts.reduce((total, a) => total + toFen(a), 0));
}

const grouped = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const counts = new Intl.NumberFormat('zh-CN');

/** "1,234,500.00" — yuan with two decimals, as the API's figure, grouped for reading. */
export function formatYuan(yuan: string): string {
  return grouped.format(toFen(yuan) / 100);
}

/** 万元 with two decimals, for charts. */
export function yuanToWan(yuan: string): number {
  return Math.round(toFen(yuan) / 10_000) / 100;
}

export function formatCount(n: number): string {
  return counts.format(n);
}
