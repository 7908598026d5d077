import { badUserInput, conflict, forbidden } from '../errors';
import { checkBatchSize, importResult, importSummary, itemErrorOf, MAX_IMPORT_ITEMS, renamedFields, validated, writtenIds } from './batch';
import { ImportStatus } from './import-result.types';

const fields = renamedFields({ 'input.personId': 'idNumber' }, (code) => (code === 'FORBIDDEN' ? 'countyCode' : 'idNumber'));

describe('bulk import batches', () => {
  it('takes 1 to 1,000 items and names input.items otherwise', () => {
    expect(() => checkBatchSize(new Array<number>(MAX_IMPORT_ITEMS).fill(0))).not.toThrow();
    for (const size of [0, MAX_IMPORT_ITEMS + 1]) {
      expect(() => checkBatchSize(new Array<number>(size).fill(0))).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.items' }) }),
      );
    }
  });

  it("renames the single-record mutation's field to the item's, without repeating it in the message", () => {
    expect(itemErrorOf(badUserInput('input.startedOn', 'cannot be in the future'), 3, fields)).toEqual({
      field: 'input.items[3].startedOn',
      code: 'BAD_USER_INPUT',
      message: 'cannot be in the future',
    });
    expect(itemErrorOf(conflict('already employed', { field: 'input.personId' }), 0, fields)?.field).toBe('input.items[0].idNumber');
    expect(itemErrorOf(forbidden('limited to county 320811'), 7, fields)?.field).toBe('input.items[7].countyCode');
  });

  it('leaves anything but a refusal to abort the call', () => {
    expect(itemErrorOf(new Error('connection lost'), 0, fields)).toBeNull();
    expect(() =>
      validated(0, fields, () => {
        throw new Error('connection lost');
      }),
    ).toThrow('connection lost');
    expect(validated(0, fields, () => 42)).toEqual({ ok: true, value: 42 });
  });

  it('numbers the items in order, counts them and lists only the records written', () => {
    const result = importResult([
      { status: ImportStatus.CREATED, id: '5', errors: [] },
      { status: ImportStatus.UNCHANGED, id: '4', errors: [] },
      { status: ImportStatus.FAILED, id: null, errors: [] },
    ]);
    expect(result.items.map((i) => i.index)).toEqual([0, 1, 2]);
    expect(writtenIds(result)).toEqual(['5']);
    expect(importSummary(result)).toBe('3 items: 1 created, 1 unchanged, 1 failed');
  });
});
