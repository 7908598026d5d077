import { type FileHandle, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Where an export stands, in the state file: the feed, the cursor to ask after next, and
 * the sequence of the last change written. Only ever replaced whole (written beside it,
 * then renamed over it), so it is the old state or the new one, never half of each.
 */
const stateSchema = z.object({
  feed: z.string(),
  after: z.string().nullable(),
  sequence: z.number().int().nonnegative(),
  savedAt: z.string(),
});

export type SyncState = z.infer<typeof stateSchema>;

const lineSchema = z.looseObject({ sequence: z.number().int().positive() });

export async function readState(path: string): Promise<SyncState | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
  const parsed = stateSchema.safeParse(parseOrNull(text));
  // Starting over would export everything again: an operator should look at it first.
  if (!parsed.success) throw new Error(`${path} is not a state file of this program: ${parsed.error.message}`);
  return parsed.data;
}

export async function saveState(path: string, state: Omit<SyncState, 'savedAt'>): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(`${JSON.stringify({ ...state, savedAt: new Date().toISOString() })}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  await syncDirectory(path);
}

/** Appends one JSON line per change and returns once they are on disk (fsync). */
export async function appendLines(path: string, records: readonly object[]): Promise<void> {
  if (!records.length) return;
  const handle = await open(path, 'a');
  try {
    await handle.writeFile(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    await handle.sync();
  } finally {
    await handle.close();
  }
  await syncDirectory(path);
}

/**
 * The sequence of the output's last line (null when it has none). A last line without its
 * newline is what a crash in the middle of an append leaves: it is cut off here, since that
 * page's cursor was never saved and its changes are asked for again.
 */
export async function lastWrittenSequence(path: string): Promise<{ sequence: number | null; cutBytes: number }> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if (isMissing(error)) return { sequence: null, cutBytes: 0 };
    throw error;
  }
  try {
    let { size } = await handle.stat();
    let cutBytes = 0;
    if (size > 0 && (await byteAt(handle, size - 1)) !== NEWLINE) {
      const end = (await lastNewlineBefore(handle, size)) + 1;
      cutBytes = size - end;
      await handle.truncate(end);
      await handle.sync();
      size = end;
    }
    if (size === 0) return { sequence: null, cutBytes };
    const start = (await lastNewlineBefore(handle, size - 1)) + 1;
    const buffer = Buffer.alloc(size - 1 - start);
    await handle.read(buffer, 0, buffer.length, start);
    const line = lineSchema.safeParse(parseOrNull(buffer.toString('utf8')));
    if (!line.success) throw new Error(`the last line of ${path} is not a change with a sequence: ${line.error.message}`);
    return { sequence: line.data.sequence, cutBytes };
  } finally {
    await handle.close();
  }
}

const NEWLINE = 0x0a;
const CHUNK = 64 * 1024;

async function byteAt(handle: FileHandle, position: number): Promise<number> {
  const buffer = Buffer.alloc(1);
  await handle.read(buffer, 0, 1, position);
  return buffer[0];
}

/** The position of the last newline before `end`, reading backwards a chunk at a time; -1 if none. */
async function lastNewlineBefore(handle: FileHandle, end: number): Promise<number> {
  const buffer = Buffer.alloc(CHUNK);
  for (let stop = end; stop > 0; stop -= CHUNK) {
    const start = Math.max(0, stop - CHUNK);
    const { bytesRead } = await handle.read(buffer, 0, stop - start, start);
    const index = buffer.subarray(0, bytesRead).lastIndexOf(NEWLINE);
    if (index >= 0) return start + index;
  }
  return -1;
}

/** A new or renamed file is durable once its directory entry is: fsync the directory too. */
async function syncDirectory(path: string): Promise<void> {
  let directory: FileHandle | undefined;
  try {
    directory = await open(dirname(path), 'r');
    await directory.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; there the rename is as durable as it gets.
    if (!isUnsupported(error)) throw error;
  } finally {
    await directory?.close();
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;
const isMissing = (error: unknown) => codeOf(error) === 'ENOENT';
const isUnsupported = (error: unknown) => ['EISDIR', 'EPERM', 'EACCES', 'EINVAL'].includes(codeOf(error) ?? '');
