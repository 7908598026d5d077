import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FaultContext, prepareContext } from './helpers/context';
import { FaultStack } from './helpers/fault-stack';
import { OwnMariaDb } from './helpers/mariadb';
import { requireBuild } from './helpers/processes';
import { areaScenarios } from './scenarios/areas';
import { circuitScenarios } from './scenarios/circuit';
import { databaseScenarios } from './scenarios/database';
import { departmentScenarios } from './scenarios/departments';
import { durabilityScenarios } from './scenarios/durability';
import { shutdownScenarios } from './scenarios/shutdown';

/**
 * The fault suite: the five compiled services as real processes, stopped, hung (SIGSTOP),
 * killed (SIGKILL) and restarted, asserted through the gateway. On SQLite by default; with
 * TEST_MARIADB_URL set (the MariaDB run of .ci/run) the subgraphs run on a MariaDB server
 * the suite starts itself (own data directory and port), which it also stops and kills.
 * Scenarios run in order and leave the stack whole for the next one.
 */
const onMariaDb = Boolean(process.env.TEST_MARIADB_URL);

jest.setTimeout(120_000);

describe(`fault suite (${onMariaDb ? 'MariaDB' : 'SQLite'})`, () => {
  let context: FaultContext | undefined;
  let dir = '';
  let mariadb: OwnMariaDb | undefined;
  const ctx = (): FaultContext => {
    if (!context) throw new Error('the fault stack did not start');
    return context;
  };

  beforeAll(async () => {
    requireBuild();
    dir = mkdtempSync(join(tmpdir(), 'reemp-faults-'));
    if (onMariaDb) {
      mariadb = new OwnMariaDb(join(dir, 'mariadb'));
      await mariadb.install();
      await mariadb.start();
    }
    const stack = await FaultStack.start(join(dir, 'services'), mariadb);
    context = await prepareContext(dir, stack, mariadb);
  });

  afterAll(async () => {
    await context?.stack.stop();
    await mariadb?.kill();
    // FAULT_SUITE_KEEP=1 keeps the services' logs and databases for a look after a failure.
    if (dir && !process.env.FAULT_SUITE_KEEP) rmSync(dir, { recursive: true, force: true });
    else if (dir) process.stdout.write(`fault suite files kept in ${dir}\n`);
  });

  departmentScenarios(ctx);
  areaScenarios(ctx);
  circuitScenarios(ctx);
  durabilityScenarios(ctx, onMariaDb);
  databaseScenarios(ctx, onMariaDb);
  shutdownScenarios(ctx, onMariaDb);
});
