import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { EmploymentRecord } from './employment-record.entity';
import { Enterprise } from './enterprise.stub';
import { Access } from '../../../../shared/auth/access';
import { canAccessCounty } from '../../../../shared/auth/viewer';

@Resolver(() => EmploymentRecord)
export class EmploymentRecordResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Person)
  person(@Root() record: EmploymentRecord, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(record.personId);
  }

  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The hiring enterprise (commerce fills in the rest).' })
  employer(@Root() record: EmploymentRecord): Enterprise | null {
    return record.employerCreditCode ? { creditCode: record.employerCreditCode } : null;
  }
}

@Resolver(() => Person)
export class PersonEmploymentResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [EmploymentRecord], { nullable: true })
  employmentRecords(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<EmploymentRecord[]> {
    return loaders.employmentByPerson.load(person.id);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseHiresResolver {
  @Access({ scopes: ['labor:read'], county: true })
  @FieldResolver(() => [EmploymentRecord], { nullable: true, description: 'Persons this enterprise hired (labor\'s employment records; those of the token\'s county).' })
  async hires(@Root() enterprise: Enterprise, @Ctx() { loaders, viewer }: LaborContext): Promise<EmploymentRecord[]> {
    const records = await loaders.hiresByEmployer.load(enterprise.creditCode);
    return records.filter((record) => canAccessCounty(viewer, record.countyCode));
  }
}
