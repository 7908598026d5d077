import type { SubgraphDefinition } from '../../../shared/subgraph';
import { CircularRecord } from './circular/circular.entity';
import { JOINT_OFFICE_DEFAULT_PORT, type OfficeSettings } from './config';
import type { OfficeLoaders } from './context';
import { DutyRecord } from './duties/duty.entity';
import { CheckRunRecord, FindingRecord } from './findings/finding.entity';
import { scheduleChecks } from './findings/scheduler';
import { gatewayClient } from './gateway/gateway-client';
import { JointOfficeInitial1751000060000 } from './migrations/1751000060000-joint-office-initial';
import { buildJointOfficeSchema } from './schema';
import { seedOfficeDemo } from './seed';

/**
 * 联席会议办公室 — the joint meeting's office: its circulars, findings and duties in its
 * own database; the departments only through the gateway, with its own service token.
 */
export function jointOfficeSubgraph(settings: OfficeSettings): SubgraphDefinition<OfficeLoaders> {
  const gateway = gatewayClient(settings.gatewayUrl, settings.serviceToken);
  return {
    name: 'joint-office',
    port: JOINT_OFFICE_DEFAULT_PORT,
    entities: [DutyRecord, CircularRecord, FindingRecord, CheckRunRecord],
    migrations: [JointOfficeInitial1751000060000],
    buildSchema: buildJointOfficeSchema,
    createLoaders: () => ({ gateway }),
    seedDemo: seedOfficeDemo,
    background: (db, logger) => scheduleChecks(db, gateway, settings.checkIntervalMinutes, logger),
  };
}
