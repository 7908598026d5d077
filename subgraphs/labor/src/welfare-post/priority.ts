import type { EntityManager } from 'typeorm';
import { Person } from '../person/person.entity';
import { EmploymentStatus } from '../person/person.enums';

/** The notice's priority groups for public-welfare posts: 4050, double laid-off, double unemployed. */
export function hasPostPriority(p: Pick<Person, 'fortyFifty' | 'doubleLaidOff' | 'doubleUnemployed'>): boolean {
  return p.fortyFifty || p.doubleLaidOff || p.doubleUnemployed;
}

/** Registered, unemployed persons of the county with post priority (other than `exceptId`). */
export function waitingPriorityPersons(tx: EntityManager, countyCode: string, exceptId: number): Promise<number> {
  return tx
    .createQueryBuilder(Person, 'p')
    .where('p.countyCode = :countyCode AND p.employmentStatus = :unemployed AND p.id <> :exceptId', {
      countyCode,
      unemployed: EmploymentStatus.UNEMPLOYED,
      exceptId,
    })
    .andWhere('(p.fortyFifty = :yes OR p.doubleLaidOff = :yes OR p.doubleUnemployed = :yes)', { yes: true })
    .getCount();
}
