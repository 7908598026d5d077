import { ageOn } from '../../shared/calendar';
import { parseCreditCode, parseResidentId } from '../../shared/checksums';
import { SCALE_1 } from './people';
import { mulberry32, splitByWeight } from './random';
import { buildScaleWorld } from './world';

describe('the scale world', () => {
  it('draws the same numbers from the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('splits a total by weight into parts that add up exactly', () => {
    const parts = splitByWeight(1001, [30, 114, 91, 31, 112, 37, 80, 35]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(1001);
    expect(parts[1]).toBeGreaterThan(parts[0]);
  });

  it('fills the quotas of its scale, the same world twice', () => {
    const world = buildScaleWorld(0.01, '2003-08-15');
    expect(world.persons).toHaveLength(0.01 * SCALE_1.persons);
    expect(world.certificates).toHaveLength(0.01 * SCALE_1.certificates);
    expect(world.jobs).toHaveLength(0.01 * SCALE_1.employmentRecords);
    expect(world.loans).toHaveLength(0.01 * SCALE_1.loans);
    expect(world.reliefs).toHaveLength(0.01 * SCALE_1.reliefs);
    expect(world.businesses).toHaveLength(0.01 * SCALE_1.businesses);
    expect(JSON.stringify(buildScaleWorld(0.01, '2003-08-15'), (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).toBe(
      JSON.stringify(world, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
    );
  });

  it('runs into early 2004 when the business date does, numbering each year afresh', () => {
    const world = buildScaleWorld(0.01, '2004-03-31');
    const dates = [
      ...world.persons.map((p) => p.registeredOn),
      ...world.certificates.map((c) => c.issuedOn),
      ...world.jobs.map((j) => j.endedOn ?? j.startedOn),
      ...world.loans.map((l) => l.appliedOn),
      ...world.reliefs.map((r) => r.grantedOn),
    ];
    expect(dates.every((d) => d <= '2004-03-31')).toBe(true);
    const issued2004 = world.certificates.filter((c) => c.issuedOn >= '2004-01-01');
    expect(issued2004.length).toBeGreaterThan(0);
    expect(issued2004.every((c) => c.number.slice(6, 10) === '2004')).toBe(true);
    expect(issued2004.some((c) => c.number.endsWith('000001'))).toBe(true);
  });

  it('makes valid, unique identifiers and keeps borrowers within the age limit', () => {
    const world = buildScaleWorld(0.02, '2003-08-15');
    expect(new Set(world.persons.map((p) => p.idNumber)).size).toBe(world.persons.length);
    expect(world.persons.every((p) => parseResidentId(p.idNumber).ok)).toBe(true);
    expect(world.businesses.every((b) => parseCreditCode(b.creditCode).ok)).toBe(true);
    expect(world.loans.every((l) => ageOn(l.certificate.holder.birthDate, l.appliedOn) <= 60)).toBe(true);
  });

  it('assesses only new enterprises, on hires the records rule counts, and gives each person one job', () => {
    const world = buildScaleWorld(0.02, '2003-08-15');
    expect(world.assessments.length).toBeGreaterThan(0);
    for (const a of world.assessments) {
      expect(a.enterprise.registeredOn >= '2003-01-01').toBe(true);
      expect(a.hired.every((c) => c.issuedOn <= a.effectiveFrom)).toBe(true);
      const hires = world.jobs.filter((j) => j.employer === a.enterprise && a.hired.some((c) => c.holder === j.person));
      expect(hires.every((j) => j.kind === 'ENTERPRISE_HIRE' && j.contractMonths === 36 && j.startedOn <= a.effectiveFrom)).toBe(true);
    }
    expect(new Set(world.jobs.map((j) => j.person.id)).size).toBe(world.jobs.length);
    const owned = world.jobs.filter((j) => j.kind === 'SELF_EMPLOYMENT');
    expect(owned.every((j) => j.employer?.owner === j.person)).toBe(true);
  });
});
