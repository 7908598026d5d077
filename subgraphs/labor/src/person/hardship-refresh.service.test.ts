import type { DataSource } from 'typeorm';
import { subgraphDataSource } from '../../../../shared/subgraph';
import { laborSubgraph } from '../definition';
import { HouseholdMember } from '../household/household-member.entity';
import { HardshipRefresh } from './hardship-refresh.entity';
import { agedHouseholds, refreshAgedHouseholds } from './hardship-refresh.service';
import { Person } from './person.entity';
import { EmploymentStatus, Gender, HouseholdRole, MemberSituation, PersonCategory } from './person.enums';

/** The ageing refresh on labor's migrated schema (in-memory SQLite). */
describe('refreshAgedHouseholds', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = subgraphDataSource(laborSubgraph, 'sqlite::memory:');
    await db.initialize();
    await db.runMigrations();
  });
  afterAll(() => db?.destroy());

  let serial = 0;
  const person = (householdId: string, gender: Gender, birthDate: string): Partial<Person> => ({
    name: '王德胜',
    idNumber: `32080319000000${String((serial += 1)).padStart(4, '0')}`,
    gender,
    birthDate,
    countyCode: '320803',
    category: PersonCategory.SOE_UNEMPLOYED,
    registeredOn: '2003-08-01',
    householdId,
    householdRole: HouseholdRole.HEAD,
    employmentStatus: EmploymentStatus.UNEMPLOYED,
    zeroEmploymentHousehold: true,
  });
  const rosterMember = (householdId: string, gender: Gender, birthDate: string, situation: MemberSituation): Partial<HouseholdMember> => ({
    householdId,
    countyCode: '320803',
    name: '王小军',
    idNumber: null,
    gender,
    birthDate,
    role: HouseholdRole.OTHER,
    situation,
    situationConfirmedOn: '2003-08-15',
  });
  const zero = async (householdId: string) => (await db.manager.findOneByOrFail(Person, { householdId })).zeroEmploymentHousehold;

  it('finds households by the 16th, 50th (women) and 60th (men) birthday in (from, to]', async () => {
    await db.manager.insert(Person, [
      person('H-MAN-60', Gender.MALE, '1943-08-20'),
      person('H-WOMAN-50', Gender.FEMALE, '1953-08-21'),
      // A woman turning 60 and a man turning 50 cross no boundary.
      person('H-NONE', Gender.FEMALE, '1943-08-20'),
      person('H-NONE-2', Gender.MALE, '1953-08-21'),
      person('H-BOY', Gender.FEMALE, '1965-01-01'),
    ]);
    await db.manager.insert(HouseholdMember, [
      rosterMember('H-MAN-60', Gender.FEMALE, '1925-05-05', MemberSituation.RETIRED),
      rosterMember('H-BOY', Gender.MALE, '1987-08-22', MemberSituation.EMPLOYED),
    ]);
    expect(await agedHouseholds(db.manager, '2003-08-19', '2003-08-25')).toEqual(['H-BOY', 'H-MAN-60', 'H-WOMAN-50']);
    expect(await agedHouseholds(db.manager, '2003-08-20', '2003-08-21')).toEqual(['H-WOMAN-50']);
    expect(await agedHouseholds(db.manager, '2003-08-21', '2003-08-30')).toEqual(['H-BOY']);
    expect(await agedHouseholds(db.manager, '2003-08-22', '2003-08-30')).toEqual([]);
    expect(await agedHouseholds(db.manager, '2003-08-01', '2003-08-19')).toEqual([]);
  });

  it('recomputes those households as of `to`, from the earliest registration on a first run, and only once', async () => {
    const first = await refreshAgedHouseholds(db, '2003-08-19');
    expect(first).toEqual({ from: '2003-08-01', to: '2003-08-19', households: 0 });
    expect(await zero('H-MAN-60')).toBe(true);

    const second = await refreshAgedHouseholds(db, '2003-08-25');
    expect(second).toEqual({ from: '2003-08-19', to: '2003-08-25', households: 3 });
    // He retired and his mother is retired: nobody of working age in the labour force.
    expect(await zero('H-MAN-60')).toBe(false);
    // The boy, in work, is 16: the household has someone at work.
    expect(await zero('H-BOY')).toBe(false);
    // She retired and is alone.
    expect(await zero('H-WOMAN-50')).toBe(false);
    expect(await zero('H-NONE')).toBe(true);
    expect(await db.manager.findOneByOrFail(HardshipRefresh, { id: 1 })).toEqual({ id: 1, refreshedOn: '2003-08-25' });

    // Again up to the same date, or an earlier one (the business date set back): nothing to do.
    // (Overlapping runs wait on the state row: MariaDB only, the e2e test runs them there.)
    expect((await refreshAgedHouseholds(db, '2003-08-25')).households).toBe(0);
    expect((await refreshAgedHouseholds(db, '2003-08-24')).households).toBe(0);
    expect(await db.manager.findOneByOrFail(HardshipRefresh, { id: 1 })).toMatchObject({ refreshedOn: '2003-08-25' });
  });
});
