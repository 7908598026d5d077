import { formatYuan, parseYuan, toFen } from './money';

describe('money', () => {
  it('parses yuan strings into exact fen', () => {
    expect(parseYuan('20000.00')).toBe(2_000_000n);
    expect(parseYuan('20000')).toBe(2_000_000n);
    expect(parseYuan('0.5')).toBe(50n);
    expect(parseYuan('-3.07')).toBe(-307n);
  });

  it('rejects malformed amounts', () => {
    for (const bad of ['', 'abc', '1.234', '1,000.00', '1e5', '.5', '12.']) {
      expect(parseYuan(bad)).toBeNull();
    }
  });

  it('formats fen with two decimals, beyond float precision', () => {
    expect(formatYuan(2_000_000n)).toBe('20000.00');
    expect(formatYuan(5n)).toBe('0.05');
    expect(formatYuan(-307n)).toBe('-3.07');
    expect(formatYuan(900719925474099312n)).toBe('9007199254740993.12');
  });

  it('reads driver values exactly', () => {
    expect(toFen('900719925474099312')).toBe(900719925474099312n);
    expect(toFen('1234.0000')).toBe(1234n);
    expect(toFen(42)).toBe(42n);
    expect(toFen(null)).toBe(0n);
  });
});
