/**
 * Authentication and roles over HTTP: HS256 tokens with issuer and audience,
 * RS256 and ES256 tokens from a JSON Web Key Set served on 127.0.0.1 (as an
 * identity provider would), reads public or required, the role ladder
 * reader < editor < admin, read-only mode, CORS preflight, and the start-up
 * rules for production.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type GenerateKeyPairResult, type JWTPayload } from 'jose';
import { loadConfig } from '../../src/config/config.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const secret = 'a-test-secret-that-is-at-least-32-characters-long';
const issuer = 'https://id.example.test/';
const audience = 'supply-chain-api';

async function hsToken(claims: JWTPayload, options: { key?: string; expiresIn?: string | number; issuer?: string; audience?: string } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? 'alice'))
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.key ?? secret));
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const vendorWrite = (id: string) => `mutation { upsertVendor(input: { id: "${id}", name: "Test ${id}" }) { actor version } }`;
const READ = '{ vendor(id: "sios") { name } }';

describe('authentication with an HS256 secret (production settings)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: secret,
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: audience,
      AUTH_CLOCK_TOLERANCE_SECONDS: '30',
    });
  });
  afterAll(() => app?.close());

  it('serves reads without a token (reads are public by default)', async () => {
    const result = await app.client.request(READ);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ vendor: { name: 'サイオステクノロジー株式会社' } });
  });

  it('refuses a write without a token: UNAUTHENTICATED, 401', async () => {
    const result = await app.client.request(vendorWrite('anon'));
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['a bad signature', () => hsToken({ roles: ['admin'] }, { key: 'another-secret-that-is-also-32-characters-long' }), /signature/],
    ['an expired token', () => hsToken({ roles: ['admin'] }, { expiresIn: Math.floor(Date.now() / 1000) - 120 }), /expired/],
    ['a wrong audience', () => hsToken({ roles: ['admin'] }, { audience: 'another-api' }), /"aud"/],
    ['a wrong issuer', () => hsToken({ roles: ['admin'] }, { issuer: 'https://evil.example/' }), /"iss"/],
    ['a token that is not a JWT', async () => 'not-a-jwt', /malformed/],
  ])('refuses %s with UNAUTHENTICATED and no stack trace', async (_what, make, reason) => {
    const result = await app.client.request(vendorWrite('bad'), undefined, bearer(await make()));
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    expect(result.errors![0]!.message).toMatch(reason);
    expect(result.errors![0]!.extensions!.stacktrace).toBeUndefined();
  });

  it('accepts a token expired within the clock tolerance', async () => {
    const token = await hsToken({ sub: 'skewed', roles: ['editor'] }, { expiresIn: Math.floor(Date.now() / 1000) - 10 });
    const result = await app.client.request(vendorWrite('skewed'), undefined, bearer(token));
    expect(result.errors).toBeUndefined();
  });

  it('refuses a write from a reader: FORBIDDEN, 403', async () => {
    const result = await app.client.request(vendorWrite('by-reader'), undefined, bearer(await hsToken({ roles: ['reader'] })));
    expect(result.status).toBe(403);
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(result.errors![0]!.message).toMatch(/editor/);
  });

  it("lets an editor write, recording the token's subject as the actor, but not retract", async () => {
    const token = await hsToken({ sub: 'erika', roles: ['editor'] });
    const written = await app.client.request(vendorWrite('by-editor'), undefined, bearer(token));
    expect(written.errors).toBeUndefined();
    expect(written.data!.upsertVendor).toEqual({ actor: 'erika', version: 1 });
    const retract = await app.client.request('mutation { retract(id: "goooon|azure:japaneast", reason: "test") { id } }', undefined, bearer(token));
    expect(retract.status).toBe(403);
    expect(retract.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets an admin retract', async () => {
    const token = await hsToken({ sub: 'ada', roles: ['admin'] });
    const result = await app.client.request(
      'mutation { retract(id: "goooon|azure:japaneast", reason: "auth test") { actor operation } }',
      undefined,
      bearer(token),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.retract).toEqual({ actor: 'ada', operation: 'RETRACT' });
  });

  it('ignores role names it does not know', async () => {
    const result = await app.client.request(vendorWrite('superuser'), undefined, bearer(await hsToken({ roles: ['superuser', 'root'] })));
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('roles from a configured claim, and reads required', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ AUTH_JWT_SECRET: secret, AUTH_ROLES_CLAIM: 'realm_access.roles', AUTH_READS: 'required' });
  });
  afterAll(() => app?.close());

  it('refuses an anonymous read with UNAUTHENTICATED', async () => {
    const result = await app.client.request(READ);
    expect(result.status).toBe(401);
    expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without the reader role, and serves one with it', async () => {
    const none = await app.client.request(READ, undefined, bearer(await hsToken({ realm_access: { roles: [] } })));
    expect(none.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const reader = await app.client.request(READ, undefined, bearer(await hsToken({ realm_access: { roles: ['reader'] } })));
    expect(reader.data).toEqual({ vendor: { name: 'サイオステクノロジー株式会社' } });
    const editor = await app.client.request(vendorWrite('nested-claim'), undefined, bearer(await hsToken({ realm_access: { roles: ['editor'] } })));
    expect(editor.errors).toBeUndefined();
  });
});

describe('authentication with a JSON Web Key Set (RS256 and ES256)', () => {
  let jwks: Server;
  let app: TestApp;
  let rsa: GenerateKeyPairResult;
  let ec: GenerateKeyPairResult;
  let stranger: GenerateKeyPairResult;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    stranger = await generateKeyPair('RS256');
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    app = await startTestApp({ AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience });
  });
  afterAll(async () => {
    await app?.close();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  const sign = (key: CryptoKey, alg: string, kid: string, roles: string[]) =>
    new SignJWT({ roles }).setProtectedHeader({ alg, kid }).setSubject('idp-user').setIssuer(issuer).setAudience(audience).setExpirationTime('5m').sign(key);

  it('accepts RS256 and ES256 tokens signed by a key of the set', async () => {
    for (const token of [await sign(rsa.privateKey, 'RS256', 'rsa-1', ['editor']), await sign(ec.privateKey, 'ES256', 'ec-1', ['editor'])]) {
      const result = await app.client.request(vendorWrite('idp'), undefined, bearer(token));
      expect(result.errors).toBeUndefined();
      expect(result.data!.upsertVendor.actor).toBe('idp-user');
    }
  });

  it('refuses a token signed by a key outside the set, and an HS256 token', async () => {
    for (const token of [await sign(stranger.privateKey, 'RS256', 'rsa-1', ['admin']), await hsToken({ roles: ['admin'] })]) {
      const result = await app.client.request(vendorWrite('idp-bad'), undefined, bearer(token));
      expect(result.status).toBe(401);
      expect(result.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('development without auth, read-only mode and CORS', () => {
  let dev: TestApp;
  let readOnly: TestApp;
  beforeAll(async () => {
    dev = await startTestApp({ NODE_ENV: 'development', CORS_ORIGINS: 'https://app.example.test' });
    readOnly = await startTestApp({ WRITES_ENABLED: 'false' });
  });
  afterAll(async () => {
    await dev?.close();
    await readOnly?.close();
  });

  it('lets writes through as the local user when no auth is configured', async () => {
    const result = await dev.client.request(vendorWrite('dev'));
    expect(result.data!.upsertVendor).toEqual({ actor: 'local', version: 1 });
  });

  it('refuses every write on a read-only server with FORBIDDEN', async () => {
    const result = await readOnly.client.request(vendorWrite('ro'));
    expect(result.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await readOnly.client.request(READ)).data).toEqual({ vendor: { name: 'サイオステクノロジー株式会社' } });
  });

  it('answers a preflight from an allowed origin, with credentials, and refuses another origin', async () => {
    const preflight = (origin: string) =>
      fetch(dev.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
    const allowed = await preflight('https://app.example.test');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const refused = await preflight('https://evil.example.test');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(dev.url, {
      method: 'POST',
      headers: { origin: 'https://app.example.test', 'content-type': 'application/json' },
      body: JSON.stringify({ query: READ }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example.test');
  });

  it("keeps Apollo's CSRF prevention: a simple GET query without a preflight header is refused", async () => {
    const response = await fetch(`${dev.url}?query=${encodeURIComponent(READ)}`, { headers: { origin: 'https://app.example.test' } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('auth configuration', () => {
  it('refuses to start production with writes enabled and no auth', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/WRITES_ENABLED: production with writes enabled needs authentication/);
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false' }).writesEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: secret }).auth).toMatchObject({ rolesClaim: 'roles', clockToleranceSeconds: 30 });
  });

  it('names the variable when an auth setting is bad', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'not a url' })).toThrow(/AUTH_JWKS_URL/);
    expect(() => loadConfig({ AUTH_READS: 'required' })).toThrow(/AUTH_READS/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: secret, AUTH_JWKS_URL: 'https://id.example/jwks' })).toThrow(/not both/);
  });

  it('allows the usual dev-server origins in development and none in production', () => {
    expect(loadConfig({}).corsOrigins).toContain('http://localhost:5173');
    expect(loadConfig({ NODE_ENV: 'production', WRITES_ENABLED: 'false' }).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).corsOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});
