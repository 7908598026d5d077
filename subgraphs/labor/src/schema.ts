import type { GraphQLSchema } from 'graphql';
import { intKey } from '../../../shared/loaders';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import { CertificateResolver, PersonCertificateResolver } from './certificate/certificate.resolver';
import { CertificateFeedResolver } from './certificate/certificate-feed.resolver';
import { CertificateMutationResolver } from './certificate/certificate.mutation';
import type { LaborContext } from './context';
import { CountyResolver } from './county/county.resolver';
import { EmploymentRecordResolver, EnterpriseHiresResolver, PersonEmploymentResolver } from './employment/employment.resolver';
import { Enterprise } from './employment/enterprise.stub';
import { PersonMutationResolver } from './person/person.mutation';
import { PersonResolver } from './person/person.resolver';

export function buildLaborSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CountyResolver,
        PersonResolver,
        PersonMutationResolver,
        CertificateResolver,
        PersonCertificateResolver,
        CertificateMutationResolver,
        CertificateFeedResolver,
        EmploymentRecordResolver,
        PersonEmploymentResolver,
        EnterpriseHiresResolver,
      ],
      orphanedTypes: [Enterprise],
    },
    {
      County: { __resolveReference: (ref: { code: string }, ctx: LaborContext) => ctx.loaders.countyByCode.load(ref.code) },
      Person: { __resolveReference: (ref: { id: string }, ctx: LaborContext) => ctx.loaders.personById.load(intKey(ref.id)) },
      ReemploymentCertificate: {
        __resolveReference: (ref: { number: string }, ctx: LaborContext) => ctx.loaders.certificateByNumber.load(ref.number),
      },
      // Enterprises are commerce's: the key is all labor needs to resolve `hires`.
      Enterprise: { __resolveReference: (ref: { creditCode: string }) => ref },
    },
  );
}
