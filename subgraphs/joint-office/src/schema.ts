import type { GraphQLSchema } from 'graphql';
import { auditTrailResolver } from '../../../shared/audit/audit.resolver';
import { buildFederatedSchema } from '../../../shared/subgraph-schema';
import { CircularResolver } from './circular/circular.resolver';
import { DutiesResolver } from './duties/duties.resolver';
import { FindingsResolver } from './findings/findings.resolver';

export function buildJointOfficeSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({ resolvers: [auditTrailResolver('jointOffice'), CircularResolver, FindingsResolver, DutiesResolver] });
}
