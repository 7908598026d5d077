import type { DataSource } from 'typeorm';
import { COUNTIES } from '../demo/world';
import { createDataSource } from '../shared/database';
import { laborSubgraph } from '../subgraphs/labor/src/definition';
import { InspectionCase } from '../subgraphs/labor/src/inspection/inspection-case.entity';
import { CaseStatus } from '../subgraphs/labor/src/inspection/inspection.enums';
import { seedInspectionDemo } from '../subgraphs/labor/src/inspection/inspection.seed';
import { SupervisionReport } from '../subgraphs/labor/src/inspection/supervision-report.entity';
import { createPlatformLoaders } from '../subgraphs/labor/src/platform/platform.loaders';
import { seedPlatformDemo } from '../subgraphs/labor/src/platform/platform.seed';
import { readinessStats } from '../subgraphs/labor/src/platform/platform.stats';
import { outcomesOf } from '../subgraphs/labor/src/training/training-outcome';
import { seedTrainingDemo } from '../subgraphs/labor/src/training/training.seed';
import { testDatabases } from './helpers/databases';

/**
 * The demo data of the training, platform and inspection duties (loaded by labor's seed
 * after the registry) loads once and keeps the rules the mutations enforce.
 */
describe('labor duties: demo data', () => {
  const databases = testDatabases();
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource({ url: await databases.urlFor('labor'), entities: laborSubgraph.entities, migrations: laborSubgraph.migrations });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    await laborSubgraph.seedDemo(db);
  });
  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await databases.dropAll();
  });

  it('loads each part with the registry, once', async () => {
    for (const table of ['training_course', 'community_platform', 'labor_inspection_case']) {
      const [{ n }] = await db.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM ${table}`);
      expect([table, Number(n) > 0]).toEqual([table, true]);
    }
    expect([await seedTrainingDemo(db), await seedPlatformDemo(db), await seedInspectionDemo(db)]).toEqual([false, false, false]);
  });

  it('enrolls only persons registered and without work on the enrollment day', async () => {
    const [{ enrolled }] = await db.query('SELECT COUNT(*) AS enrolled FROM training_enrollment');
    expect(Number(enrolled)).toBeGreaterThan(COUNTIES.length * 4);
    const [{ broken }] = await db.query(`SELECT COUNT(*) AS broken FROM training_enrollment e JOIN person p ON p.id = e.personId
      WHERE e.enrolledOn < p.registeredOn OR EXISTS (SELECT 1 FROM employment_record r WHERE r.personId = e.personId AND r.startedOn <= e.enrolledOn)`);
    expect(Number(broken)).toBe(0);
  });

  it('gives every county outcome figures that finance can subsidise', async () => {
    const outcomes = [];
    for (let institutionId = 1; institutionId <= COUNTIES.length; institutionId += 1) {
      const own = await outcomesOf(db, { institutionId, months: 6, afterCourseId: 0, take: 10, today: '2003-08-15' });
      expect(own).toHaveLength(2);
      outcomes.push(...own);
    }
    expect(outcomes.reduce((sum, o) => sum + o.employedWithinMonths, 0)).toBeGreaterThan(0);
    for (const o of outcomes) {
      expect(o.subsidyEligible).toBe(true);
      expect(o.trainees).toBeGreaterThan(0);
      expect(o.completed).toBeLessThanOrEqual(o.trainees);
      expect(o.employedWithinMonths).toBeLessThanOrEqual(o.completed);
    }
  });

  it('has late and on-time platforms, more late ones further down the county list', async () => {
    const loader = createPlatformLoaders(db).platformCountsByCounty;
    const counts = await Promise.all(COUNTIES.map((c) => loader.load({ countyCode: c.code, today: '2003-08-15' })));
    const stats = counts.map((c) => readinessStats(c, '2003-08-15'));
    expect(stats.map((s) => s.platforms)).toEqual(COUNTIES.map(() => 6));
    expect(stats.map((s) => s.late)).toEqual(COUNTIES.map((_c, i) => Math.min(3, i % 4)));
  });

  it('has an open wage case on a hotline report and a closed no-contract case per county', async () => {
    expect(await db.getRepository(SupervisionReport).count()).toBe(COUNTIES.length);
    expect(await db.getRepository(InspectionCase).countBy({ status: CaseStatus.OPEN })).toBe(COUNTIES.length);
    expect(await db.getRepository(InspectionCase).count()).toBe(2 * COUNTIES.length);
  });
});
