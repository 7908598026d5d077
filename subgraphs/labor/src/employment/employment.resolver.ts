import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RecordField } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { EmploymentRecord } from './employment-record.entity';
import { Enterprise } from './enterprise.stub';

@Authorized('labor:read')
@Resolver(() => EmploymentRecord)
export class EmploymentRecordResolver {
  @FieldResolver(() => Person)
  person(@Root() record: EmploymentRecord, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(record.personId);
  }

  @FieldResolver(() => Enterprise, { nullable: true, description: 'The hiring enterprise (commerce fills in the rest).' })
  employer(@Root() record: EmploymentRecord): Enterprise | null {
    return record.employerCreditCode ? { creditCode: record.employerCreditCode } : null;
  }
}

@Resolver(() => Person)
export class PersonEmploymentResolver {
  @RecordField('labor:read')
  @FieldResolver(() => [EmploymentRecord], { nullable: true })
  employmentRecords(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<EmploymentRecord[]> {
    return loaders.employmentByPerson.load(person.id);
  }
}

@Authorized('labor:read')
@Resolver(() => Enterprise)
export class EnterpriseHiresResolver {
  @FieldResolver(() => [EmploymentRecord], { nullable: true, description: 'Persons this enterprise hired (labor\'s employment records).' })
  hires(@Root() enterprise: Enterprise, @Ctx() { loaders }: LaborContext): Promise<EmploymentRecord[]> {
    return loaders.hiresByEmployer.load(enterprise.creditCode);
  }
}
