import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../../../../shared/migration';

/** Loan lifecycle columns, guarantee funds, interest-subsidy schedule, re-employment funds and subsidy payments. */
export class FinanceLoansFundsSubsidies1751000030000 implements MigrationInterface {
  name = 'FinanceLoansFundsSubsidies1751000030000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('loan', [
      new TableColumn({ ...col.int('interestRateBp'), default: 0 }),
      new TableColumn(col.int('guaranteeFundId', true)),
      new TableColumn(col.date('recommendedOn', true)),
      new TableColumn(col.date('reviewedOn', true)),
      new TableColumn(col.date('approvedOn', true)),
      new TableColumn(col.date('disbursedOn', true)),
      new TableColumn(col.date('dueOn', true)),
      new TableColumn({ ...col.int('extensionMonths'), default: 0 }),
      new TableColumn(col.int('extensionRateBp', true)),
      new TableColumn(col.date('extendedDueOn', true)),
      new TableColumn(col.date('rejectedOn', true)),
      new TableColumn(col.varchar('rejectionReason', 200, true)),
      new TableColumn(col.date('closedOn', true)),
    ]);
    // Loans applied for before this migration take the base rate of their term band.
    await queryRunner.query(
      'UPDATE loan SET interestRateBp = CASE WHEN termMonths <= 6 THEN 504 WHEN termMonths <= 12 THEN 531 ELSE 549 END WHERE interestRateBp = 0',
    );
    await queryRunner.createIndices('loan', [
      new TableIndex({ name: 'IDX_loan_county_disbursed', columnNames: ['countyCode', 'disbursedOn'] }),
      new TableIndex({ name: 'IDX_loan_county_status_applied', columnNames: ['countyCode', 'status', 'appliedOn'] }),
      new TableIndex({ name: 'IDX_loan_guarantee_fund', columnNames: ['guaranteeFundId'] }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'guarantee_fund',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.varchar('institutionName', 100),
          col.fen('capital'),
          col.fen('compensated'),
          col.fen('guaranteed'),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_guarantee_fund_county', columnNames: ['countyCode'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'loan_interest_subsidy',
        columns: [col.id(), col.int('loanId'), col.varchar('countyCode', 6), col.varchar('month', 7), col.int('days'), col.fen('amount')],
        uniques: [{ name: 'UQ_loan_interest_subsidy_month', columnNames: ['loanId', 'month'] }],
        indices: [{ name: 'IDX_loan_interest_subsidy_county_month', columnNames: ['countyCode', 'month'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'fund_allocation',
        columns: [
          col.id(),
          col.varchar('countyCode', 6),
          col.int('year'),
          col.fen('budgeted'),
          col.fen('provincialMatching'),
          col.fen('disbursed'),
          ...col.timestamps(),
        ],
        uniques: [{ name: 'UQ_fund_allocation_county_year', columnNames: ['countyCode', 'year'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'subsidy_payment',
        columns: [
          col.id(),
          col.varchar('kind', 20),
          col.varchar('countyCode', 6),
          col.int('personId', true),
          col.varchar('certificateNumber', 16, true),
          col.varchar('enterpriseCreditCode', 18, true),
          col.varchar('institutionName', 100, true),
          col.date('periodStart'),
          col.date('periodEnd'),
          col.fen('pensionAmount', true),
          col.fen('unemploymentAmount', true),
          col.int('placedPersons', true),
          col.fen('amountPerPerson', true),
          col.fen('amount'),
          col.date('paidOn'),
          col.int('fundAllocationId'),
          col.createdAt(),
        ],
        indices: [
          { name: 'IDX_subsidy_payment_county_paid', columnNames: ['countyCode', 'paidOn'] },
          { name: 'IDX_subsidy_payment_person', columnNames: ['personId'] },
          { name: 'IDX_subsidy_payment_certificate', columnNames: ['certificateNumber', 'kind', 'periodStart'] },
          { name: 'IDX_subsidy_payment_enterprise', columnNames: ['enterpriseCreditCode'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('subsidy_payment');
    await queryRunner.dropTable('fund_allocation');
    await queryRunner.dropTable('loan_interest_subsidy');
    await queryRunner.dropTable('guarantee_fund');
    for (const index of ['IDX_loan_guarantee_fund', 'IDX_loan_county_status_applied', 'IDX_loan_county_disbursed'])
      await queryRunner.dropIndex('loan', index);
    for (const column of [
      'closedOn',
      'rejectionReason',
      'rejectedOn',
      'extendedDueOn',
      'extensionRateBp',
      'extensionMonths',
      'dueOn',
      'disbursedOn',
      'approvedOn',
      'reviewedOn',
      'recommendedOn',
      'guaranteeFundId',
      'interestRateBp',
    ]) {
      await queryRunner.dropColumn('loan', column);
    }
  }
}
