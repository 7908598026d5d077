import type { DataSource } from 'typeorm';
import { createDataSource } from '../shared/database';
import { financeSubgraph } from '../subgraphs/finance/src/definition';
import { FinanceGuaranteeContributions1751000031000 } from '../subgraphs/finance/src/migrations/1751000031000-finance-guarantee-contributions';
import { GuaranteeContribution } from '../subgraphs/finance/src/guarantee/guarantee-contribution.entity';
import { GuaranteeFund } from '../subgraphs/finance/src/guarantee/guarantee-fund.entity';
import { Loan } from '../subgraphs/finance/src/loan/loan.entity';
import { LoanStatus } from '../subgraphs/finance/src/loan/loan.enums';
import { testDatabases } from './helpers/databases';

/**
 * The migration that dates guarantee-fund contributions backfills the funds that existed
 * before it: each fund's capital as one contribution on the day it was created, or on its
 * first guarantee when that was earlier. On SQLite, and MariaDB with TEST_MARIADB_URL.
 */
const contributionsMigrated = async (db: DataSource): Promise<boolean> => {
  const rows: unknown[] = await db.query('SELECT name FROM migrations WHERE name = ?', [FinanceGuaranteeContributions1751000031000.name]);
  return rows.length > 0;
};

describe('finance migration: guarantee contributions backfilled', () => {
  const databases = testDatabases();
  let db: DataSource;
  beforeAll(async () => {
    db = createDataSource({
      url: await databases.urlFor('finance'),
      entities: financeSubgraph.entities,
      migrations: financeSubgraph.migrations,
    });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    // Back to the schema before the contributions' migration (undoing the later ones too),
    // with funds registered then.
    while (await contributionsMigrated(db)) await db.undoLastMigration({ transaction: 'each' });
  });
  afterAll(async () => {
    if (db?.isInitialized) await db.destroy();
    await databases.dropAll();
  });

  it("records each fund's capital once, dated at its creation or its first guarantee if earlier", async () => {
    const fund = (countyCode: string, capital: bigint) => ({
      countyCode,
      institutionName: '担保中心',
      capital,
      compensated: 0n,
      guaranteed: 0n,
    });
    const funds = db.getRepository(GuaranteeFund);
    const guarantor = await funds.save(fund('320803', 1_000_000n));
    const idle = await funds.save(fund('320804', 2_500_000n));
    const empty = await funds.save(fund('320811', 0n));
    for (const f of [guarantor, idle, empty]) {
      await db.query('UPDATE guarantee_fund SET createdAt = ? WHERE id = ?', ['2003-09-01 10:00:00', f.id]);
    }
    await db.query('UPDATE guarantee_fund SET createdAt = ? WHERE id = ?', ['2003-02-03 08:30:00', idle.id]);
    const loan = {
      applicantId: 1,
      certificateNumber: '3208032003000001',
      countyCode: '320803',
      amount: 2_000_000n,
      termMonths: 12,
      purpose: '早点铺',
      status: LoanStatus.DISBURSED,
      appliedOn: '2003-04-20',
      guaranteeFundId: guarantor.id,
    };
    await db.getRepository(Loan).insert([
      { ...loan, approvedOn: '2003-05-10' },
      { ...loan, certificateNumber: '3208032003000002', approvedOn: '2003-06-01' },
    ]);

    await db.runMigrations({ transaction: 'each' });

    const rows = await db.getRepository(GuaranteeContribution).find({ order: { fundId: 'ASC' } });
    expect(rows.map(({ fundId, contributedOn, amount }) => ({ fundId, contributedOn, amount }))).toEqual([
      { fundId: guarantor.id, contributedOn: '2003-05-10', amount: 1_000_000n },
      { fundId: idle.id, contributedOn: '2003-02-03', amount: 2_500_000n },
    ]);
  });
});
