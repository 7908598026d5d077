import { splitByWeight } from './split';

describe('splitByWeight', () => {
  it('splits exactly, in proportion, with the remainders to the largest fractions', () => {
    expect(splitByWeight(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitByWeight(100, [3, 1])).toEqual([75, 25]);
    expect(splitByWeight(7, [1, 2, 4])).toEqual([1, 2, 4]);
  });

  it('adds up to the total for the city weights', () => {
    const weights = [30, 114, 91, 31, 112, 37, 80, 35];
    for (const total of [35_000, 24_000, 27_000, 5_000, 100_000, 1]) {
      const shares = splitByWeight(total, weights);
      expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
      shares.forEach((s, i) => expect(Math.abs(s - (total * weights[i]) / 530)).toBeLessThan(1));
    }
  });

  it('refuses weights that add up to nothing', () => {
    expect(() => splitByWeight(5, [0, 0])).toThrow(RangeError);
  });
});
