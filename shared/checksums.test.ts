import {
  isValidOrgCode,
  isValidRegistrationNumber,
  makeCreditCode,
  makeRegistrationNumber,
  makeResidentId,
  mod11_10CheckDigit,
  parseCreditCode,
  parseResidentId,
  residentIdCheckChar,
} from './checksums';

describe('resident ID numbers (GB 11643-1999, ISO 7064 MOD 11-2)', () => {
  it("computes the check characters of the standard's published examples", () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X'); // GB 11643-1999 example
    expect(residentIdCheckChar('44052418800101001')).toBe('4'); // GB 11643-1999 example
  });

  it('accepts valid numbers, with x in either case, and reads birth date and gender', () => {
    expect(parseResidentId('11010519491231002x')).toEqual({
      ok: true,
      idNumber: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
      areaCode: '110105',
    });
    expect(parseResidentId('440524188001010014')).toMatchObject({ ok: true, gender: 'MALE', birthDate: '1880-01-01' });
  });

  it('converts the 15-digit 1989 form to 18 characters', () => {
    expect(parseResidentId('130503670401001')).toMatchObject({ ok: true, idNumber: '130503196704010016', birthDate: '1967-04-01' });
  });

  it('refuses wrong check characters, impossible dates, unknown provinces and bad shapes', () => {
    expect(parseResidentId('110105194912310021')).toMatchObject({ ok: false, reason: expect.stringMatching(/check character/) });
    expect(parseResidentId(makeResidentId('320803', '2003-02-30', 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a real date/),
    });
    expect(parseResidentId(makeResidentId('990803', '1960-01-01', 1))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/province/),
    });
    expect(parseResidentId('12345')).toMatchObject({ ok: false });
    expect(parseResidentId(makeResidentId('320803', '2090-01-01', 1), new Date('2026-01-01'))).toMatchObject({ ok: false });
  });
});

describe('Unified Social Credit Codes (GB 32100-2015) and organisation codes (GB 11714)', () => {
  it('accepts published codes', () => {
    expect(parseCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' }); // GB 32100-2015 example
    expect(parseCreditCode('91110108551385082q')).toEqual({ ok: true, code: '91110108551385082Q' });
    expect(isValidOrgCode('M000100Y4')).toBe(true);
    expect(isValidOrgCode('55138508-2')).toBe(true);
  });

  it('refuses a wrong check character, a bad organisation code and forbidden letters', () => {
    expect(parseCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, reason: expect.stringMatching(/check character/) });
    expect(parseCreditCode('91350100M000100Y53')).toMatchObject({ ok: false, reason: expect.stringMatching(/organisation code/) });
    expect(parseCreditCode('91350100M0001OOY43')).toMatchObject({ ok: false, reason: expect.stringMatching(/I, O, S, V, Z/) });
    expect(parseCreditCode('9135')).toMatchObject({ ok: false, reason: expect.stringMatching(/18 characters/) });
  });

  it('generates codes that validate', () => {
    for (let serial = 0; serial < 200; serial += 1) expect(parseCreditCode(makeCreditCode('2', '320803', 10_000 + serial)).ok).toBe(true);
  });
});

describe('15-digit registration numbers (ISO 7064 MOD 11,10)', () => {
  it('matches the ISO 7064 example', () => {
    expect(mod11_10CheckDigit('0794')).toBe('5');
  });

  it('validates generated numbers and refuses altered ones', () => {
    const number = makeRegistrationNumber('320800', 123);
    expect(isValidRegistrationNumber(number)).toBe(true);
    const altered = number.slice(0, 14) + String((Number(number[14]) + 1) % 10);
    expect(isValidRegistrationNumber(altered)).toBe(false);
    expect(isValidRegistrationNumber('12345')).toBe(false);
  });
});
