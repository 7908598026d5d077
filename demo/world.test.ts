import { parseCreditCode, parseResidentId } from '../shared/checksums';
import { buildDemoWorld, COUNTIES } from './world';

describe('demo world', () => {
  const world = buildDemoWorld();

  it('is deterministic', () => {
    const again = buildDemoWorld();
    expect(again.persons.map((p) => p.idNumber)).toEqual(world.persons.map((p) => p.idNumber));
  });

  it('has a few hundred persons with valid, unique ID numbers', () => {
    expect(world.persons.length).toBeGreaterThanOrEqual(300);
    expect(new Set(world.persons.map((p) => p.idNumber)).size).toBe(world.persons.length);
    for (const p of world.persons) {
      const parsed = parseResidentId(p.idNumber);
      expect(parsed).toMatchObject({ ok: true, gender: p.gender, birthDate: p.birthDate });
    }
  });

  it('gives every county persons with a certificate, a loan, a relief and a business at once', () => {
    for (const county of COUNTIES) {
      const full = world.persons.filter((p) => p.countyCode === county.code && p.certificate && p.loan && p.taxRelief && p.business);
      expect(full.length).toBeGreaterThan(0);
    }
  });

  it('uses valid credit codes', () => {
    const codes = [
      ...world.enterprises.map((e) => e.creditCode),
      ...world.persons.flatMap((p) => (p.business ? [p.business.creditCode] : [])),
    ];
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(parseCreditCode(code).ok).toBe(true);
  });
});
