import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from source (`ts`) and compiled (`dist/`) code alike. */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || dir.endsWith('/dist')) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}
