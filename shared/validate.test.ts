import { GraphQLError } from 'graphql';
import { makeCreditCode } from './checksums';
import {
  cityCounty,
  creditCode,
  intInRange,
  notInFuture,
  optionalCreditCode,
  optionalId,
  optionalText,
  positiveId,
  requiredText,
} from './validate';

/** The error a validator throws: BAD_USER_INPUT with the field named in extensions. */
function failure(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('shared validators', () => {
  it('trims required text and bounds its length', () => {
    expect(requiredText('input.name', '  王 ', 5)).toBe('王');
    expect(failure(() => requiredText('input.name', '   ', 5)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(failure(() => requiredText('input.name', 'abcdef', 5)).message).toBe('input.name: must be 1 to 5 characters');
  });

  it('makes blank optional text null', () => {
    expect(optionalText('input.community', undefined, 5)).toBeNull();
    expect(optionalText('input.community', '  ', 5)).toBeNull();
    expect(optionalText('input.community', ' 清河 ', 5)).toBe('清河');
    expect(failure(() => optionalText('input.community', 'abcdef', 5)).extensions?.field).toBe('input.community');
  });

  it('accepts only positive integer ids', () => {
    expect(positiveId('input.personId', ' 12 ')).toBe(12);
    for (const bad of ['0', '-1', '1.5', 'x', '', '9007199254740993']) {
      expect(failure(() => positiveId('input.personId', bad)).extensions?.field).toBe('input.personId');
    }
    expect(optionalId('input.reportId', null)).toBeNull();
    expect(optionalId('input.reportId', '7')).toBe(7);
  });

  it('bounds whole numbers', () => {
    expect(intInRange('input.termMonths', 24, 1, 24)).toBe(24);
    expect(failure(() => intInRange('input.termMonths', 25, 1, 24, 'months')).message).toBe(
      'input.termMonths: must be a whole number from 1 to 24 months',
    );
    expect(failure(() => intInRange('input.termMonths', 1.5, 1, 24)).extensions?.field).toBe('input.termMonths');
  });

  it('knows the counties of the city', () => {
    expect(cityCounty('input.countyCode', '320803')).toBe('320803');
    expect(failure(() => cityCounty('input.countyCode', '320100')).message).toMatch(/320100 is not a county of Huai'an/);
  });

  it('checks and canonicalises credit codes', () => {
    const code = makeCreditCode('1', '320803', 42);
    expect(creditCode('input.creditCode', ` ${code.toLowerCase()} `)).toBe(code);
    const wrong = `${code.slice(0, 17)}${code[17] === 'Y' ? '0' : 'Y'}`;
    expect(failure(() => creditCode('input.creditCode', wrong)).extensions?.field).toBe('input.creditCode');
    expect(optionalCreditCode('input.creditCode', ' ')).toBeNull();
  });

  it('refuses dates after the business date', () => {
    expect(notInFuture('input.openedOn', '2003-08-15', '2003-08-15')).toBe('2003-08-15');
    expect(failure(() => notInFuture('input.openedOn', '2003-08-16', '2003-08-15')).message).toBe(
      'input.openedOn: cannot be in the future',
    );
  });
});
