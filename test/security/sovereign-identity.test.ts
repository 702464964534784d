import { existsSync, readFileSync, statSync } from 'node:fs';
import { importJWK, JWK, SignJWT } from 'jose';
import { startCity } from '../../services/city/src/main';
import {
  GatewaySigningKey,
  gatewaySigningKeyEnv,
  requireGatewaySigningKey,
} from '../../services/shared/src/gateway-keys';
import { Identity } from '../../services/shared/src/identity';
import {
  cityAudience,
  COOPERATION_AUDIENCE,
  IDENTITY_HEADER,
  INTERNAL_ISSUER,
  INTERNAL_TOKEN_TYPE,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import { newSigningKeyPair } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';
import { createTestDatabase, envFor } from '../../scripts/throwaway-databases';

const HUB_ADMIN: Identity = { subject: 'attacker', role: 'hub-admin', anonymous: false };
const QUERY = JSON.stringify({ query: '{ __typename }' });

/** Every string a deployment's configuration holds: its values, the files they name, and their JSON members. */
function everythingIn(env: Record<string, string>): { strings: string[]; jwks: JWK[] } {
  const strings = new Set<string>();
  const jwks: JWK[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if ('kty' in value) jwks.push(value as JWK);
      strings.add(JSON.stringify(value));
      Object.values(value).forEach(walk);
    }
  };
  for (const value of Object.values(env)) {
    walk(value);
    if (existsSync(value) && statSync(value).isFile()) {
      const text = readFileSync(value, 'utf8');
      walk(text);
      try {
        walk(JSON.parse(text));
      } catch {
        // not JSON: the text itself was taken
      }
    }
  }
  return { strings: [...strings].filter(Boolean), jwks };
}

describe('trust between sovereign deployments', () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const urlOf = (deployment: string) =>
    deployment === 'cooperation'
      ? federation.envOf('gateway').COOPERATION_URL
      : federation.cityUrls[deployment];
  const send = async (deployment: string, token: string) => {
    const response = await fetch(urlOf(deployment), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
      body: QUERY,
    });
    const body = (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] };
    const extensions = body.errors?.[0]?.extensions;
    return { status: response.status, code: extensions?.code, claim: extensions?.claim };
  };
  const gatewayKey = () => requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));

  it('gives subgraphs the gateway’s public keys only, and the gateway alone its private key', () => {
    for (const service of ['HN', 'HP', 'cooperation']) {
      const env = federation.envOf(service);
      expect(Object.keys(env).filter((name) => /SIGNING|SECRET|PRIVATE/.test(name))).toEqual([]);
      expect(everythingIn(env).jwks.filter((jwk) => 'd' in jwk || 'k' in jwk)).toEqual([]);
    }
    expect(gatewayKey().key.type).toBe('private');
  });

  it('gives HN’s configuration nothing that signs an identity HP or the cooperation hub accepts', async () => {
    const { strings, jwks } = everythingIn(federation.envOf('HN'));
    expect(jwks.length).toBeGreaterThan(0); // the gateway's public key is there, and only that
    const attempts: { label: string; token: string; audience: string }[] = [];
    for (const jwk of jwks) {
      // Not as the gateway's signing key, and not with jose: a public key cannot sign.
      expect(() => gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(jwk) })).toThrow(/private key/);
      const publicKey = await importJWK(jwk, 'ES256');
      await expect(
        new SignJWT({ role: 'hub-admin' }).setProtectedHeader({ alg: 'ES256', kid: jwk.kid }).sign(publicKey),
      ).rejects.toThrow(/private/);
    }
    const { privateJwk: freshJwk } = await newSigningKeyPair();
    const fresh = requireGatewaySigningKey(
      gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify({ ...freshJwk, kid: gatewayKey().kid }) }),
    );
    for (const audience of [cityAudience('HP'), COOPERATION_AUDIENCE]) {
      attempts.push({
        label: 'a fresh key under the gateway’s kid',
        audience,
        token: await signInternalIdentity(HUB_ADMIN, fresh, audience),
      });
      for (const [index, secret] of strings.entries()) {
        const token = await new SignJWT({ role: 'hub-admin' })
          .setProtectedHeader({ alg: 'HS256', kid: gatewayKey().kid, typ: INTERNAL_TOKEN_TYPE })
          .setSubject('attacker')
          .setIssuer(INTERNAL_ISSUER)
          .setAudience(audience)
          .setIssuedAt()
          .setExpirationTime('30s')
          .sign(new TextEncoder().encode(secret));
        attempts.push({ label: `HS256 with HN value ${index}`, audience, token });
      }
    }
    expect(attempts.length).toBeGreaterThan(2 * 5);
    for (const { label, audience, token } of attempts) {
      const target = audience === COOPERATION_AUDIENCE ? 'cooperation' : 'HP';
      expect({ label, target, ...(await send(target, token)) }).toMatchObject({
        label,
        target,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
    // The same deployments accept the gateway's own token, so the refusals above are about the signer.
    expect(
      await send('HP', await signInternalIdentity(HUB_ADMIN, gatewayKey(), cityAudience('HP'))),
    ).toMatchObject({ status: 200 });
    expect(
      await send('cooperation', await signInternalIdentity(HUB_ADMIN, gatewayKey(), COOPERATION_AUDIENCE)),
    ).toMatchObject({ status: 200 });
  });

  it('refuses at HP and at the cooperation hub a gateway token addressed to HN', async () => {
    const forHn = await signInternalIdentity(HUB_ADMIN, gatewayKey(), cityAudience('HN'));
    expect(await send('HN', forHn)).toMatchObject({ status: 200, code: undefined });
    for (const other of ['HP', 'cooperation']) {
      expect(await send(other, forHn)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', claim: 'aud' });
    }
  });

  it('refuses, with 401, a gateway-signed token without exp, valid for ten years, or without iat', async () => {
    const key = gatewayKey();
    const craft = (change: (jwt: SignJWT) => SignJWT) =>
      change(
        new SignJWT({ role: 'hub-admin' })
          .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: INTERNAL_TOKEN_TYPE })
          .setSubject('attacker')
          .setIssuer(INTERNAL_ISSUER)
          .setAudience(cityAudience('HN')),
      ).sign(key.key);
    const cases: [string, (jwt: SignJWT) => SignJWT, string][] = [
      ['without exp', (jwt) => jwt.setIssuedAt(), 'exp'],
      ['for ten years', (jwt) => jwt.setIssuedAt().setExpirationTime('3650d'), 'exp'],
      ['without iat', (jwt) => jwt.setExpirationTime('30s'), 'iat'],
    ];
    for (const [label, change, claim] of cases) {
      expect({ label, ...(await send('HN', await craft(change))) }).toMatchObject({
        label,
        status: 401,
        code: 'UNAUTHENTICATED',
        claim,
      });
    }
  });

  it('accepts both keys of a rotation at a city configured with two public keys, and refuses a third', async () => {
    const next = await newSigningKeyPair();
    const stranger = await newSigningKeyPair();
    const current = JSON.parse(readFileSync(federation.envOf('HN').GATEWAY_PUBLIC_KEYS_FILE, 'utf8')) as {
      keys: JWK[];
    };
    const database = await createTestDatabase('rotation');
    const city = await startCity({
      GATEWAY_PUBLIC_KEYS: JSON.stringify({ keys: [...current.keys, next.publicJwk] }),
      CITY_CODE: 'HN',
      PORT: '0',
      ...envFor(database),
    });
    try {
      const post = async (key: GatewaySigningKey) => {
        const token = await signInternalIdentity(HUB_ADMIN, key, cityAudience('HN'));
        const response = await fetch(city.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: token },
          body: QUERY,
        });
        return response.status;
      };
      const keyOf = (jwk: JWK) =>
        requireGatewaySigningKey(gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(jwk) }));
      expect(await post(gatewayKey())).toBe(200);
      expect(await post(keyOf(next.privateJwk))).toBe(200);
      expect(await post(keyOf(stranger.privateJwk))).toBe(401);
    } finally {
      await city.close();
      await database.drop();
    }
  });
});
