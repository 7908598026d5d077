import { Column, DataSource, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLError } from 'graphql';
import { findOrNotFound, hasRowLocks, insertAndFetch, rowLock } from './records';
import type { Viewer } from './auth/viewer';

@Entity('records_test_office')
class Office {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 6 })
  countyCode!: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  state!: string;
}

@Entity('records_test_code')
class Code {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: string;
}

const viewerOf = (county: string | null): Viewer => ({ sub: 'clerk', dept: 'labor', scopes: new Set(), county, token: '' });

async function failure(run: () => Promise<unknown>): Promise<GraphQLError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected NOT_FOUND');
}

describe('shared records helpers (SQLite)', () => {
  const db = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: [Office, Code], synchronize: true });
  beforeAll(() => db.initialize());
  afterAll(() => db.destroy());

  it('inserts and hands back the stored row, defaults and generated key included', async () => {
    const office = await insertAndFetch(db.manager, Office, { countyCode: '320803' });
    expect(office).toEqual({ id: expect.any(Number), countyCode: '320803', state: 'open' });
    expect(await insertAndFetch(db.manager, Code, { code: 'A1' })).toEqual({ code: 'A1' });
  });

  it('finds a row or answers NOT_FOUND naming entity and key', async () => {
    const office = await insertAndFetch(db.manager, Office, { countyCode: '320804' });
    expect(await findOrNotFound(db.manager, Office, { id: office.id })).toEqual(office);
    const missing = await failure(() => findOrNotFound(db.manager, Office, { id: 999_999 }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Office', key: '999999' });
    const named = await failure(() => findOrNotFound(db.manager, Code, { code: 'ZZ' }, { key: 'zz' }));
    expect(named.extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Code', key: 'zz' });
  });

  it("answers another county's row as not found, and lets the city and the county see it", async () => {
    const office = await insertAndFetch(db.manager, Office, { countyCode: '320811' });
    const other = await failure(() => findOrNotFound(db.manager, Office, { id: office.id }, { viewer: viewerOf('320803') }));
    expect(other.extensions?.code).toBe('NOT_FOUND');
    expect((await findOrNotFound(db.manager, Office, { id: office.id }, { viewer: viewerOf('320811') })).id).toBe(office.id);
    expect((await findOrNotFound(db.manager, Office, { id: office.id }, { viewer: viewerOf(null) })).id).toBe(office.id);
  });

  it('takes no row lock on SQLite, where TypeORM refuses them, and a locked find still works', async () => {
    expect(hasRowLocks(db.manager)).toBe(false);
    expect(rowLock(db.manager)).toEqual({});
    const office = await insertAndFetch(db.manager, Office, { countyCode: '320826' });
    await db.transaction(async (tx) => expect((await findOrNotFound(tx, Office, { id: office.id }, { lock: true })).id).toBe(office.id));
  });
});
