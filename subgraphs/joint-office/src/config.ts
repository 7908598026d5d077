import { z } from 'zod';
import { ConfigError, parseConfig } from '../../../shared/config';
import { loadSubgraphConfig, type SubgraphConfig } from '../../../shared/subgraph';
import { serviceTokenSource } from './gateway/service-token';

export const JOINT_OFFICE_DEFAULT_PORT = 4005;

/** What the office needs beyond a department's config: the way to the departments, and its schedule. */
export interface OfficeSettings {
  /** The gateway's GraphQL URL: a function so a test stack can start the gateway after the office. */
  gatewayUrl: () => string;
  /** The office's own bearer token for reading the departments through the gateway. */
  serviceToken: () => Promise<string>;
  /** Minutes between scheduled consistency checks; 0 runs them on demand only. */
  checkIntervalMinutes: number;
}

export interface JointOfficeConfig {
  subgraph: SubgraphConfig;
  office: OfficeSettings;
}

const schema = z.object({
  GATEWAY_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4000/graphql'),
  JOINT_OFFICE_SERVICE_TOKEN: z.string().min(1).optional(),
  JOINT_OFFICE_CHECK_INTERVAL_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(60),
});

/**
 * The shared `JOINT_OFFICE_*` subgraph variables, plus `GATEWAY_URL`,
 * `JOINT_OFFICE_SERVICE_TOKEN` (required when tokens are verified by public key) and
 * `JOINT_OFFICE_CHECK_INTERVAL_MINUTES`.
 */
export function loadJointOfficeConfig(env: NodeJS.ProcessEnv = process.env): JointOfficeConfig {
  const subgraph = loadSubgraphConfig('joint-office', JOINT_OFFICE_DEFAULT_PORT, env);
  const c = parseConfig(schema, env);
  // Found at start, not at the first publication: with public-key verification the office cannot sign its own token.
  if (!c.JOINT_OFFICE_SERVICE_TOKEN && !subgraph.auth.secret) {
    throw new ConfigError(['JOINT_OFFICE_SERVICE_TOKEN is required when tokens are verified by public key (npm run keys issues it)']);
  }
  const gatewayUrl = c.GATEWAY_URL;
  return {
    subgraph,
    office: {
      gatewayUrl: () => gatewayUrl,
      serviceToken: serviceTokenSource(subgraph.auth, c.JOINT_OFFICE_SERVICE_TOKEN ?? null),
      checkIntervalMinutes: c.JOINT_OFFICE_CHECK_INTERVAL_MINUTES,
    },
  };
}

/**
 * The office's settings read from the environment when first used: the registry lists the
 * office before any configuration is read (composition needs only its schema).
 */
export function officeSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): OfficeSettings {
  let loaded: OfficeSettings | undefined;
  const settings = () => (loaded ??= loadJointOfficeConfig(env).office);
  return {
    gatewayUrl: () => settings().gatewayUrl(),
    serviceToken: () => settings().serviceToken(),
    get checkIntervalMinutes() {
      return settings().checkIntervalMinutes;
    },
  };
}
