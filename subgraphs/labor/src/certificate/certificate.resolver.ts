import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RecordField } from '../../../../shared/auth/decorators';
import type { LaborContext } from '../context';
import { Person } from '../person/person.entity';
import { ReemploymentCertificate } from './certificate.entity';

@Resolver(() => ReemploymentCertificate)
export class CertificateResolver {
  @RecordField('labor:read')
  @FieldResolver(() => Person)
  holder(@Root() certificate: ReemploymentCertificate, @Ctx() { loaders }: LaborContext): Promise<Person | null> {
    return loaders.personById.load(certificate.holderId);
  }
}

@Resolver(() => Person)
export class PersonCertificateResolver {
  @RecordField('labor:read')
  @FieldResolver(() => ReemploymentCertificate, { nullable: true })
  certificate(@Root() person: Person, @Ctx() { loaders }: LaborContext): Promise<ReemploymentCertificate | null> {
    return loaders.certificateByHolder.load(person.id);
  }
}
