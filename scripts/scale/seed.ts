import type { DataSource } from 'typeorm';
import { subgraphDataSource } from '../../shared/subgraph';
import { Enterprise } from '../../subgraphs/commerce/src/enterprise/enterprise.entity';
import { GuaranteeFund } from '../../subgraphs/finance/src/guarantee/guarantee-fund.entity';
import { Person } from '../../subgraphs/labor/src/person/person.entity';
import { subgraphNamed } from '../../subgraphs/registry';
import { TaxRegistration } from '../../subgraphs/tax/src/taxpayer/tax-registration.entity';
import { commercePlan } from './commerce';
import { financePlan } from './finance';
import { laborPlan } from './labor';
import { bulkInsert, type DepartmentPlan } from './load';
import { taxPlan } from './tax';
import type { ScaleWorld } from './types';
import { buildScaleWorld } from './world';

/** The departments that hold records; the joint office computes from them and needs nothing. */
export const DEPARTMENTS = ['labor', 'finance', 'tax', 'commerce'] as const;
export type Department = (typeof DEPARTMENTS)[number];

const PLANS: Record<Department, (world: ScaleWorld) => DepartmentPlan> = {
  labor: laborPlan,
  finance: financePlan,
  tax: taxPlan,
  commerce: commercePlan,
};

/** The table whose rows mean "this department already has data": the seed never writes over a register. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const PROBES: Record<Department, Function> = { labor: Person, finance: GuaranteeFund, tax: TaxRegistration, commerce: Enterprise };

export interface SeedProgress {
  start(department: Department, totalRows: number): void;
  advance(department: Department, table: string, rows: number): void;
  stop(department: Department): void;
}

export interface SeedOptions {
  scale: number;
  /** Nothing seeded happens after this day (`YYYY-MM-DD`, the servers' BUSINESS_DATE). */
  businessDate: string;
  /** Database URL of each department to seed (the others are skipped). */
  urls: Partial<Record<Department, string>>;
  /** PRNG seed: the same scale, seed and business date give the same rows. */
  seed?: number;
  progress?: SeedProgress;
}

export interface SeedResult {
  department: Department;
  rows: Record<string, number>;
  ms: number;
}

async function seedDepartment(
  db: DataSource,
  department: Department,
  plan: DepartmentPlan,
  progress?: SeedProgress,
): Promise<Record<string, number>> {
  await db.runMigrations({ transaction: 'each' });
  if ((await db.getRepository(PROBES[department]).count()) > 0) {
    throw new Error(`${department}: the database already holds data (seed an empty database)`);
  }
  const rows: Record<string, number> = {};
  progress?.start(
    department,
    plan.tables.reduce((sum, t) => sum + t.rows.length, 0),
  );
  // One transaction per department: a failed load leaves its database as it was.
  await db.transaction(async (tx) => {
    for (const { entity, rows: tableRows } of plan.tables) {
      const [table, count] = await bulkInsert(tx, entity, tableRows, (name, n) => progress?.advance(department, name, n));
      rows[table] = (rows[table] ?? 0) + count;
    }
    await plan.finish?.(tx);
  });
  progress?.stop(department);
  return rows;
}

/** Migrates each named department's database and fills it with the city at `scale`. */
export async function seedScale(options: SeedOptions): Promise<SeedResult[]> {
  const world = buildScaleWorld(options.scale, options.businessDate, options.seed);
  const results: SeedResult[] = [];
  for (const department of DEPARTMENTS) {
    const url = options.urls[department];
    if (!url) continue;
    const started = Date.now();
    const db = subgraphDataSource(subgraphNamed(department), url);
    await db.initialize();
    try {
      const rows = await seedDepartment(db, department, PLANS[department](world), options.progress);
      results.push({ department, rows, ms: Date.now() - started });
    } finally {
      await db.destroy();
    }
  }
  return results;
}
