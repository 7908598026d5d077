import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../shared/paths';

// GraphQL Code Generator is ES-module code that Jest's CommonJS runtime cannot load: the
// compiled script runs as a process, as `npm run codegen` does.
const CLIENT_TYPES_FILE = join(projectRoot(), 'examples', 'client', 'contract.generated.ts');

describe('typed client of the contract (GraphQL Code Generator)', () => {
  it('is up to date with the contract and the API schema (run `npm run codegen`)', () => {
    const result = spawnSync(process.execPath, [join(projectRoot(), 'dist', 'scripts', 'codegen.js'), '--check'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('types the operations partners sync with', () => {
    const generated = readFileSync(CLIENT_TYPES_FILE, 'utf8');
    for (const name of ['CertificateChanges', 'PersonDossier', 'JointMeetingReport', 'RegisterPerson']) {
      expect([name, generated.includes(`export const ${name}Document`)]).toEqual([name, true]);
    }
  });
});
