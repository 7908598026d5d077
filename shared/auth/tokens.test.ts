import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { createTokenVerifier, DEV_JWT_SECRET, signToken } from './tokens';

const issuer = 'iss-test';
const audience = 'aud-test';
const claims = { sub: 'u1', dept: 'labor' as const, scope: 'labor:read pii:read', county: '320803' };

describe('token verification', () => {
  it('accepts a valid HS256 token and reads the claims', async () => {
    const verify = await createTokenVerifier({ keys: { kind: 'secret', secret: DEV_JWT_SECRET }, issuer, audience });
    const viewer = await verify(await signToken(claims, { secret: DEV_JWT_SECRET, issuer, audience }));
    expect(viewer).toMatchObject({ sub: 'u1', dept: 'labor', county: '320803' });
    expect([...viewer.scopes]).toEqual(['labor:read', 'pii:read']);
  });

  it('refuses a wrong signature, issuer, audience, an expired token and alg none', async () => {
    const verify = await createTokenVerifier({ keys: { kind: 'secret', secret: DEV_JWT_SECRET }, issuer, audience });
    const sign = (over: Partial<{ secret: string; issuer: string; audience: string }>, expires = '5m') =>
      signToken(claims, { secret: DEV_JWT_SECRET, issuer, audience, ...over }, expires);
    await expect(verify(await sign({ secret: 'another-secret-another-secret-1234' }))).rejects.toThrow(/signature/);
    await expect(verify(await sign({ issuer: 'evil' }))).rejects.toThrow(/iss/);
    await expect(verify(await sign({ audience: 'evil' }))).rejects.toThrow(/aud/);
    await expect(verify(await sign({}, '-1m'))).rejects.toThrow(/exp/);
    const none = new UnsecuredJWT({ dept: 'labor', scope: 'labor:write' })
      .setSubject('u1')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .encode();
    await expect(verify(none)).rejects.toThrow();
  });

  it('needs iat and refuses a lifetime over the maximum, longer for machine-only scopes', async () => {
    const secret = new TextEncoder().encode(DEV_JWT_SECRET);
    const verify = await createTokenVerifier({
      keys: { kind: 'secret', secret: DEV_JWT_SECRET },
      issuer,
      audience,
      maxTokenAgeSeconds: 600,
      maxServiceTokenAgeSeconds: 3600,
    });
    const token = (scope: string, lifetime: string, iat = true) => {
      const jwt = new SignJWT({ dept: 'partner', scope })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('p')
        .setIssuer(issuer)
        .setAudience(audience);
      return (iat ? jwt.setIssuedAt() : jwt).setExpirationTime(lifetime).sign(secret);
    };
    await expect(verify(await token('labor:read', '5m', false))).rejects.toThrow(/iat/);
    expect((await verify(await token('labor:read', '10m'))).dept).toBe('partner');
    await expect(verify(await token('labor:read', '11m'))).rejects.toThrow(/lifetime/);
    expect((await verify(await token('feed:read', '1h'))).dept).toBe('partner');
    await expect(verify(await token('feed:read labor:read', '1h'))).rejects.toThrow(/lifetime/);
  });

  it('refuses tokens without a known department', async () => {
    const verify = await createTokenVerifier({ keys: { kind: 'secret', secret: DEV_JWT_SECRET }, issuer, audience });
    const token = await new SignJWT({ dept: 'mayor', scope: 'labor:write' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(verify(token)).rejects.toThrow(/dept/);
  });

  it('verifies RS256 with a public key and refuses an HS256 token made from that key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const verify = await createTokenVerifier({ keys: { kind: 'publicKey', pem, algorithm: 'RS256' }, issuer, audience });
    const rs = await new SignJWT({ dept: 'tax', scope: 'tax:read' })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('u2')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await verify(rs)).dept).toBe('tax');
    // The classic key-confusion attack: the public key used as an HMAC secret.
    const confused = await signToken({ sub: 'x', dept: 'labor', scope: 'labor:write' }, { secret: pem, issuer, audience });
    await expect(verify(confused)).rejects.toThrow();
  });

  it('verifies ES256 tokens against a JWKS', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' };
    const verify = await createTokenVerifier({ keys: { kind: 'jwks', jwks: { keys: [jwk] } }, issuer, audience });
    const token = await new SignJWT({ dept: 'auditor', scope: 'audit:read' })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setSubject('a1')
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await verify(token)).dept).toBe('auditor');
  });
});
