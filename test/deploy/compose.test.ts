import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadGatewayConfig } from '../../gateway/src/config';
import { envPrefix } from '../../shared/config';
import { SUBGRAPHS } from '../../subgraphs/registry';

// There is no Docker engine in CI, so the deployment files are checked statically:
// they must agree with each other and with the source tree.

const root = join(__dirname, '..', '..');

interface ComposeService {
  command?: string[];
  env_file?: string | string[];
  stop_grace_period?: string;
  environment?: Record<string, string> | string[];
  healthcheck?: { test?: string[] };
  ports?: string[];
  volumes?: string[];
}

// `merge` resolves the `<<: *anchor` keys that compose files use to share settings.
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = compose.services;
const initScript = readFileSync(join(root, 'deploy', 'mariadb-init.sh'), 'utf8');

// Deployment files are written by hand; the registry says what they must contain.
const subgraphs = SUBGRAPHS.map(({ name, port }) => ({ name, port }));
// The office's database user is `office` (its own test below); the departments' are their names.
const departments = subgraphs.filter((s) => s.name !== 'joint-office');
const replicas = SUBGRAPHS.filter((s) => s.replicatesCertificates).map((s) => s.name);

/** A service's environment as a map, whichever of compose's two forms it uses. */
function env(service: string): Record<string, string> {
  const raw = services[service]?.environment ?? {};
  if (!Array.isArray(raw)) return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, String(v)]));
  return Object.fromEntries(raw.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

/** What compose makes of `${VAR:-default}` when VAR is unset. */
function withDefaults(value: string): string {
  return value.replace(/\$\{(\w+):?-([^}]*)\}/g, (_match, _name: string, fallback: string) => fallback);
}

describe('docker-compose.yml', () => {
  it('defines MariaDB, every subgraph of the registry and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual([...subgraphs.map((s) => s.name), 'gateway', 'mariadb'].sort());
  });

  it('runs the joint office on its own database as its own user, reading through the gateway with its issued service token', () => {
    const vars = env('joint-office');
    const url = new URL(withDefaults(vars.JOINT_OFFICE_DATABASE_URL ?? ''));
    expect([url.protocol, url.username, url.hostname, url.pathname]).toEqual(['mariadb:', 'office', 'mariadb', '/office']);
    expect(url.password).toBe(withDefaults(env('mariadb').OFFICE_DB_PASSWORD ?? '<missing>'));
    expect(vars.JOINT_OFFICE_PORT).toBe('4005');
    expect(vars.GATEWAY_URL).toBe('http://gateway:4000/graphql');
    expect(services['joint-office']?.env_file).toBe('./deploy/keys/joint-office.env');
    expect(env('gateway').JOINT_OFFICE_URL).toBe('http://joint-office:4005/graphql');
    expect(initScript).toMatch(/GRANT ALL PRIVILEGES ON office\.\* TO 'office'@'%'/);
  });

  it.each(departments)('$name connects to its own database as its own user, on port $port', ({ name, port }) => {
    const prefix = envPrefix(name);
    const vars = env(name);
    const url = new URL(withDefaults(vars[`${prefix}_DATABASE_URL`] ?? ''));
    expect(url.protocol).toBe('mariadb:');
    expect(url.username).toBe(name);
    expect(url.hostname).toBe('mariadb');
    expect(url.pathname).toBe(`/${name}`);
    // The password it logs in with is the one the MariaDB container creates the user with.
    expect(url.password).toBe(withDefaults(env('mariadb')[`${prefix}_DB_PASSWORD`] ?? '<missing>'));
    expect(vars[`${prefix}_PORT`]).toBe(String(port));
    // Readiness: the subgraph's database answers and its migrations are applied.
    expect(services[name]?.healthcheck?.test?.join(' ')).toContain(`http://127.0.0.1:${port}/ready`);
  });

  it('runs a compiled entry point whose TypeScript source exists', () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === 'mariadb') continue;
      const [node, script = ''] = service.command ?? [];
      expect([name, node]).toEqual([name, 'node']);
      // dist/subgraphs/labor/src/main.js is compiled from subgraphs/labor/src/main.ts
      const source = script.replace(/^dist\/(.+)\.js$/, '$1.ts');
      expect([name, source, existsSync(join(root, source))]).toEqual([name, expect.stringMatching(/\.ts$/), true]);
    }
  });

  it('points the certificate replicas of finance, tax and commerce at labor', () => {
    for (const name of replicas) {
      expect([name, env(name).LABOR_URL]).toEqual([name, 'http://labor:4001/graphql']);
    }
  });

  it("verifies tokens with the issuer's public JWKS only: no service holds anything that signs a token", () => {
    for (const name of ['gateway', 'joint-office', ...subgraphs.map((s) => s.name)]) {
      const vars = env(name);
      expect([name, vars.AUTH_JWKS_FILE, vars.AUTH_JWT_SECRET]).toEqual([name, '/run/keys/jwks.json', undefined]);
      expect([name, services[name]?.volumes]).toEqual([name, ['./deploy/keys/jwks.json:/run/keys/jwks.json:ro']]);
      expect(JSON.stringify(services[name])).not.toMatch(/signing-key|PRIVATE|SECRET/i);
    }
  });

  it('gives each certificate replica its own issued feed token', () => {
    for (const name of replicas) {
      expect([name, services[name]?.env_file]).toEqual([name, `./deploy/keys/${name}.env`]);
    }
    // Labor replicates commerce's register feed, so it holds a feed token too.
    expect(services.labor?.env_file).toBe('./deploy/keys/labor.env');
    expect(env('labor').COMMERCE_URL).toBe('http://commerce:4004/graphql');
    expect(services['joint-office']?.env_file).toBe('./deploy/keys/joint-office.env');
    expect(services.gateway?.env_file).toBeUndefined();
  });

  it('lets subgraphs listen on the private network (npm start keeps them on loopback)', () => {
    for (const name of [...subgraphs.map((s) => s.name), 'joint-office']) expect([name, env(name).HOST]).toEqual([name, '0.0.0.0']);
  });

  it('lets every service drain on SIGTERM before Docker kills it', () => {
    // SHUTDOWN_GRACE_MS (default 10 s) plus the time to close the database.
    const seconds = (value = '') => Number(/^(\d+)s$/.exec(value)?.[1] ?? 10);
    for (const [name, service] of Object.entries(services)) {
      if (name === 'mariadb') continue;
      const grace = Number(env(name).SHUTDOWN_GRACE_MS ?? 10_000) / 1000;
      expect([name, seconds(service.stop_grace_period)]).toEqual([name, expect.any(Number)]);
      expect(seconds(service.stop_grace_period)).toBeGreaterThanOrEqual(grace + 5);
    }
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      expect([name, service.healthcheck?.test?.[0]]).toEqual([name, 'CMD']);
    }
  });

  it('points the gateway at each subgraph by service name and port, and publishes only the gateway', () => {
    const vars = env('gateway');
    for (const { name, port } of subgraphs) {
      expect(vars[`${envPrefix(name)}_URL`]).toBe(`http://${name}:${port}/graphql`);
    }
    expect(services.gateway?.healthcheck?.test?.join(' ')).toContain('http://127.0.0.1:4000/ready');
    const published = Object.entries(services)
      .filter(([, s]) => s.ports?.length)
      .map(([name]) => name);
    expect(published).toEqual(['gateway']);
  });
});

describe('deploy/mariadb-init.sh', () => {
  it('is mounted into the MariaDB image init directory', () => {
    expect(services.mariadb?.volumes).toContainEqual(
      expect.stringMatching(/^\.\/deploy\/mariadb-init\.sh:\/docker-entrypoint-initdb\.d\/[\w-]+\.sh(:ro)?$/),
    );
  });

  it('grants each subgraph user all privileges on its own database and nothing else', () => {
    const grants = [...initScript.matchAll(/^\s*GRANT\s+(.+?)\s+ON\s+(\S+)\s+TO\s+'(\w+)'@'([^']*)'/gim)].map(
      ([, privileges, object, user]) => ({ user, privileges, object }),
    );
    const expected = [...departments.map(({ name }) => name), 'office'].map((name) => ({
      user: name,
      privileges: 'ALL PRIVILEGES',
      object: `${name}.*`,
    }));
    const byUser = (a: { user?: string }, b: { user?: string }) => String(a.user).localeCompare(String(b.user));
    expect(grants.sort(byUser)).toEqual(expected.sort(byUser));
  });

  it('creates every subgraph database as utf8mb4', () => {
    for (const name of [...departments.map((s) => s.name), 'office']) {
      expect(initScript).toMatch(new RegExp(`CREATE DATABASE IF NOT EXISTS ${name} CHARACTER SET utf8mb4\\b`));
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

  it('carries the files the gateway reads from the repository by default into the image', () => {
    // loadGatewayConfig's defaults, relative to the project root (/app in the image).
    for (const file of ['gateway/supergraph.graphql', 'gateway/persisted-query-manifest.json'])
      expect([file, dockerfile.includes(`COPY --from=build /app/${file} ./${file}`)]).toEqual([file, true]);
  });
});

describe('the gateway in docker-compose.yml', () => {
  it('sets only rate-limit variables the gateway validates, to its defaults unless overridden', () => {
    const vars = Object.fromEntries(
      Object.entries(env('gateway'))
        .filter(([name]) => name.startsWith('GATEWAY_RATE_LIMIT_'))
        .map(([name, value]) => [name, withDefaults(value)]),
    );
    expect(Object.keys(vars).sort()).toEqual([
      'GATEWAY_RATE_LIMIT_ANONYMOUS',
      'GATEWAY_RATE_LIMIT_CLIENT',
      'GATEWAY_RATE_LIMIT_PARTNER',
      'GATEWAY_RATE_LIMIT_WINDOW_SECONDS',
    ]);
    expect(loadGatewayConfig(vars).rateLimit).toEqual(loadGatewayConfig({}).rateLimit);
  });
});
