import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { EmploymentRecord } from './employment-record.entity';
import { Enterprise } from '../references/enterprise.reference';
import { Access } from '../../../../shared/auth/access';

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
