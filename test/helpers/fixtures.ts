import { makeResidentId } from '../../shared/checksums';

let serial = 0;

/** A fresh valid ID number per call (unique within a test run). */
export function freshIdNumber(birthDate = '1962-03-04', gender: 'MALE' | 'FEMALE' = 'FEMALE'): string {
  serial += 1;
  const sequence = 2 * ((serial * 37 + process.pid) % 450) + (gender === 'MALE' ? 1 : 2);
  return makeResidentId('320803', birthDate, sequence);
}
