/**
 * Check characters of the Chinese identifiers the departments exchange. Written once here
 * (the algorithms are the standards', see ../README "Identifiers") and tested against
 * published examples.
 */

// ---------- Resident identity number, GB 11643-1999 (ISO 7064 MOD 11-2) ----------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const PROVINCE_PREFIXES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export type ResidentIdResult =
  { ok: true; idNumber: string; birthDate: string; gender: 'MALE' | 'FEMALE'; areaCode: string } | { ok: false; reason: string };

function isRealDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Validates an 18-character (1999) or 15-digit (1989) number and returns the 18-character
 * form (15-digit numbers get "19" inserted before the year and a computed check
 * character), with the birth date and gender it encodes.
 */
export function parseResidentId(input: string, today = new Date()): ResidentIdResult {
  const raw = input.trim().toUpperCase();
  let id: string;
  if (/^\d{15}$/.test(raw)) {
    const first17 = `${raw.slice(0, 6)}19${raw.slice(6)}`;
    id = first17 + residentIdCheckChar(first17);
  } else if (/^\d{17}[\dX]$/.test(raw)) {
    id = raw;
    if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'check character does not match (GB 11643-1999)' };
  } else {
    return { ok: false, reason: 'must be 18 characters (17 digits and a digit or X) or the 15-digit 1989 form' };
  }
  if (!PROVINCE_PREFIXES.has(Number(id.slice(0, 2)))) return { ok: false, reason: `unknown province prefix ${id.slice(0, 2)}` };
  const birth = id.slice(6, 14);
  if (!isRealDate(birth)) return { ok: false, reason: `birth date ${birth} is not a real date` };
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (birth.slice(0, 4) < '1880' || birthDate > today.toISOString().slice(0, 10)) {
    return { ok: false, reason: `birth date ${birthDate} is out of range` };
  }
  const gender = Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { ok: true, idNumber: id, birthDate, gender, areaCode: id.slice(0, 6) };
}

/** Builds a valid 18-character number (demo data and tests). */
export function makeResidentId(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

// ---------- Organisation code, GB 11714 ----------

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function orgCharValue(ch: string): number {
  if (/\d/.test(ch)) return Number(ch);
  return ch.charCodeAt(0) - 55; // A = 10 … Z = 35
}

export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += orgCharValue(first8[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function isValidOrgCode(code: string): boolean {
  const c = code.replace('-', '').toUpperCase();
  return /^[0-9A-Z]{8}[0-9X]$/.test(c) && orgCodeCheckChar(c.slice(0, 8)) === c[8];
}

// ---------- Unified Social Credit Code, GB 32100-2015 (MOD 31) ----------

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

export type CreditCodeResult = { ok: true; code: string } | { ok: false; reason: string };

export function parseCreditCode(input: string): CreditCodeResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: 'must be 18 characters (GB 32100-2015)' };
  if ([...code].some((ch) => !USCC_ALPHABET.includes(ch))) {
    return { ok: false, reason: 'may use only digits and letters other than I, O, S, V, Z' };
  }
  if (!isValidOrgCode(code.slice(8, 17))) return { ok: false, reason: 'embedded organisation code fails its check (GB 11714)' };
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, reason: 'check character does not match (GB 32100-2015)' };
  return { ok: true, code };
}

/**
 * Builds a valid code: registering authority 9 (industry and commerce), entity type
 * (`1` enterprise, `2` individual business), area code, and an organisation code derived
 * from `serial` with its own check character.
 */
export function makeCreditCode(entityType: '1' | '2', areaCode: string, serial: number): string {
  const org8 = String(serial).padStart(8, '0');
  const first17 = `9${entityType}${areaCode}${org8}${orgCodeCheckChar(org8)}`;
  return first17 + usccCheckChar(first17);
}

// ---------- Old business registration number (15 digits), ISO 7064 MOD 11,10 ----------

export function mod11_10CheckDigit(digits: string): string {
  let p = 10;
  for (const ch of digits) {
    let s = (p + Number(ch)) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return String((11 - p) % 10);
}

export function isValidRegistrationNumber(input: string): boolean {
  const n = input.trim();
  return /^\d{15}$/.test(n) && mod11_10CheckDigit(n.slice(0, 14)) === n[14];
}

export function makeRegistrationNumber(authority: string, sequence: number): string {
  const first14 = `${authority}${String(sequence).padStart(8, '0')}`;
  return first14 + mod11_10CheckDigit(first14);
}
