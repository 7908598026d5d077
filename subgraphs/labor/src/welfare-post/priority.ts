import type { EntityManager } from 'typeorm';
import { fortyFiftyCondition } from '../person/hardship';
import { hardshipOn } from '../person/household';
import { Person } from '../person/person.entity';
import { EmploymentStatus } from '../person/person.enums';

/** The notice's priority groups for public-welfare posts on `asOf`: 4050 (by age then), double laid-off, double unemployed. */
export function hasPostPriority(p: Person, asOf: string): boolean {
  const flags = hardshipOn(p, asOf);
  return flags.fortyFifty || flags.doubleLaidOff || flags.doubleUnemployed;
}

/** Registered, unemployed persons of the county with post priority on `asOf` (other than `exceptId`). */
export function waitingPriorityPersons(tx: EntityManager, countyCode: string, exceptId: number, asOf: string): Promise<number> {
  const fortyFifty = fortyFiftyCondition('p', asOf);
  return tx
    .createQueryBuilder(Person, 'p')
    .where('p.countyCode = :countyCode AND p.employmentStatus = :unemployed AND p.id <> :exceptId', {
      countyCode,
      unemployed: EmploymentStatus.UNEMPLOYED,
      exceptId,
    })
    .andWhere(`(${fortyFifty.sql} OR p.doubleLaidOff = :yes OR p.doubleUnemployed = :yes)`, { ...fortyFifty.params, yes: true })
    .getCount();
}
