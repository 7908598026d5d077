import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendLines, lastWrittenSequence, readState, saveState } from './checkpoint';

const dir = mkdtempSync(join(tmpdir(), 'partner-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = () => join(dir, `f${(n += 1)}`);

describe('lastWrittenSequence', () => {
  it('is null for a missing or empty output', async () => {
    expect(await lastWrittenSequence(file())).toEqual({ sequence: null, cutBytes: 0 });
    const empty = file();
    writeFileSync(empty, '');
    expect(await lastWrittenSequence(empty)).toEqual({ sequence: null, cutBytes: 0 });
  });

  it('reads the last line, also when it starts more than a read chunk from the end', async () => {
    const out = file();
    await appendLines(out, [{ sequence: 1 }, { sequence: 2, text: 'x'.repeat(200_000) }]);
    expect(await lastWrittenSequence(out)).toEqual({ sequence: 2, cutBytes: 0 });
  });

  it('cuts off a last line without its newline, leaving the lines before it', async () => {
    const out = file();
    await appendLines(out, [{ sequence: 7 }, { sequence: 9 }]);
    appendFileSync(out, '{"sequence":10,"st');
    expect(await lastWrittenSequence(out)).toEqual({ sequence: 9, cutBytes: 18 });
    expect(readFileSync(out, 'utf8')).toBe('{"sequence":7}\n{"sequence":9}\n');
    const torn = file();
    writeFileSync(torn, '{"seq');
    expect(await lastWrittenSequence(torn)).toEqual({ sequence: null, cutBytes: 5 });
    expect(readFileSync(torn, 'utf8')).toBe('');
  });

  it('refuses a last line that is no change', async () => {
    const out = file();
    writeFileSync(out, 'hello\n');
    await expect(lastWrittenSequence(out)).rejects.toThrow(/not a change with a sequence/);
  });
});

describe('the state file', () => {
  it('is replaced whole, leaving no temporary file', async () => {
    const state = file();
    expect(await readState(state)).toBeNull();
    await saveState(state, { feed: 'certificateChanges', after: 'MTA', sequence: 10 });
    await saveState(state, { feed: 'certificateChanges', after: 'MjA', sequence: 20 });
    expect(await readState(state)).toMatchObject({ feed: 'certificateChanges', after: 'MjA', sequence: 20 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('that is not one refuses to start rather than export everything again', async () => {
    const state = file();
    writeFileSync(state, '{"cursor":3}');
    await expect(readState(state)).rejects.toThrow(/not a state file of this program/);
  });
});
