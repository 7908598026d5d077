import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../shared/auth/config';
import { type SigningKey, signTokenWithKey } from '../shared/auth/tokens';
import { departmentNamed } from '../shared/auth/viewer';
import { projectRoot } from '../shared/paths';
import { OFFICE_SERVICE_CLAIMS } from '../subgraphs/joint-office/src/gateway/service-token';
import { SUBGRAPHS } from '../subgraphs/registry';

const USAGE = 'usage: npm run --silent keys -- [--dir deploy/keys] [--rotate] [--feed-expires 30d]';

/** The departments whose certificate replicas pull labor's feed, each with its own issued token. */
// Every department that pulls another's feed: the certificate replicas, and labor (commerce's register).
const FEED_CONSUMERS = SUBGRAPHS.filter((s) => s.replicatesCertificates || s.consumes).map((s) => departmentNamed(s.name));

/**
 * `npm run keys`: the token issuer of a deployment, outside the services. Creates an ES256
 * key pair once (`--rotate` adds a new one; the old public key stays in the JWKS so its
 * tokens still verify until they expire), writes
 * - `signing-key.jwk.json`: the private key (mode 600): keep it with the issuer only;
 * - `jwks.json`: the public keys every service verifies with (AUTH_JWKS_FILE);
 * - `labor.env`, `finance.env`, `tax.env`, `commerce.env`: each feed consumer's issued token
 *   (CERTIFICATE_FEED_TOKEN, scope feed:read), re-issued on every run;
 * - `joint-office.env`: the joint office's service token for reading through the gateway
 *   (JOINT_OFFICE_SERVICE_TOKEN), re-issued on every run.
 * No service ever holds the private key, so none can mint a token.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: join(projectRoot(), 'deploy', 'keys') },
      rotate: { type: 'boolean', default: false },
      'feed-expires': { type: 'string', default: '30d' },
    },
  });
  const dir = resolve(values.dir);
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'signing-key.jwk.json');
  const jwksFile = join(dir, 'jwks.json');
  let key: SigningKey;
  if (!existsSync(keyFile) || values.rotate) {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = `reemp-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
    key = { jwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' } };
    writeFileSync(keyFile, `${JSON.stringify(key.jwk, null, 2)}\n`, { mode: 0o600 });
    chmodSync(keyFile, 0o600);
    const previous = existsSync(jwksFile) ? (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: JWK[] }).keys : [];
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }, ...previous] };
    writeFileSync(jwksFile, `${JSON.stringify(jwks, null, 2)}\n`);
    process.stdout.write(`new signing key ${kid}: ${keyFile} (private), ${jwksFile} (public)\n`);
  } else {
    key = { jwk: JSON.parse(readFileSync(keyFile, 'utf8')) as SigningKey['jwk'] };
  }
  const settings = { issuer: process.env.AUTH_ISSUER ?? DEFAULT_ISSUER, audience: process.env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE };
  for (const dept of FEED_CONSUMERS) {
    const token = await signTokenWithKey({ sub: `${dept}-feed-sync`, dept, scope: 'feed:read' }, key, settings, values['feed-expires']);
    writeFileSync(join(dir, `${dept}.env`), `CERTIFICATE_FEED_TOKEN=${token}\n`, { mode: 0o600 });
  }
  const office = await signTokenWithKey(OFFICE_SERVICE_CLAIMS, key, settings, values['feed-expires']);
  writeFileSync(join(dir, 'joint-office.env'), `JOINT_OFFICE_SERVICE_TOKEN=${office}\n`, { mode: 0o600 });
  process.stdout.write(
    `feed tokens for ${FEED_CONSUMERS.join(', ')} and the joint office's service token (valid ${values['feed-expires']}): ${dir}/<dept>.env\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  process.exit(2);
});
