import { generateKeyPair, importJWK, KeyLike, SignJWT } from 'jose';
import { gatewaySigningKeyEnv, requireGatewaySigningKey } from '../../services/shared/src/gateway-keys';
import {
  cityAudience,
  IDENTITY_HEADER,
  signInternalIdentity,
} from '../../services/shared/src/internal-identity';
import { newSigningKeyPair } from '../../scripts/demo-keys';
import { RunningFederation, startFederation } from '../../scripts/local-federation';

const PUBLIC_QUERY = '{ cities { code } }';

describe('identity: client tokens at the gateway, gateway identity at the subgraphs', () => {
  let federation: RunningFederation;
  beforeAll(async () => {
    federation = await startFederation();
  });
  afterAll(async () => {
    await federation?.close();
  });

  const signWith = async (build: (jwt: SignJWT) => SignJWT, key?: KeyLike | Uint8Array) => {
    const signingKey = key ?? ((await importJWK(federation.keys.privateJwk, 'ES256')) as KeyLike);
    const base = new SignJWT({ role: 'hub-admin' })
      .setProtectedHeader({ alg: 'ES256', kid: federation.keys.privateJwk.kid })
      .setSubject('attacker')
      .setIssuer(federation.keys.issuer)
      .setAudience(federation.keys.audience)
      .setIssuedAt();
    return build(base).sign(signingKey);
  };

  const expectRefused = async (token: string, reason: RegExp) => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PUBLIC_QUERY }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(response.status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0].message).toMatch(reason);
  };

  it('treats a request without a token as an anonymous viewer', async () => {
    expect(await federation.query(PUBLIC_QUERY)).toEqual({
      data: { cities: [{ code: 'HN' }, { code: 'HP' }] },
    });
  });

  it('accepts a valid token', async () => {
    const token = await federation.tokenFor({ sub: 'officer', role: 'city-officer', city: 'HN' });
    expect((await federation.query(PUBLIC_QUERY, {}, token)).errors).toBeUndefined();
  });

  it('refuses a tampered token', async () => {
    const token = await federation.tokenFor({ sub: 'viewer', role: 'viewer' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'hub-admin' })).toString('base64url');
    await expectRefused(`${header}.${forged}.${signature}`, /signature does not verify/);
  });

  it('refuses an expired token', async () => {
    await expectRefused(
      await signWith((jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 3600)),
      /expired/,
    );
  });

  it('refuses a token that is not valid yet', async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(
      await signWith((jwt) => jwt.setNotBefore(inAnHour).setExpirationTime(inAnHour + 60)),
      /claim/,
    );
  });

  it('refuses a token for another audience or issuer', async () => {
    await expectRefused(
      await signWith((jwt) => jwt.setAudience('another-api').setExpirationTime('1h')),
      /claim/,
    );
    await expectRefused(
      await signWith((jwt) => jwt.setIssuer('someone-else').setExpirationTime('1h')),
      /claim/,
    );
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      sub: 'attacker',
      role: 'hub-admin',
      iss: federation.keys.issuer,
      aud: federation.keys.audience,
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.`;
    await expectRefused(unsigned, /not valid|algorithm/);
  });

  it('refuses a token signed with a key the hub does not know', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    await expectRefused(await signWith((jwt) => jwt.setExpirationTime('1h'), privateKey), /signature|key/);
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    const publicJwk = JSON.stringify({ ...federation.keys.privateJwk, d: undefined });
    const token = await new SignJWT({ role: 'hub-admin' })
      .setProtectedHeader({ alg: 'HS256', kid: federation.keys.privateJwk.kid })
      .setSubject('attacker')
      .setIssuer(federation.keys.issuer)
      .setAudience(federation.keys.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(publicJwk));
    await expectRefused(token, /algorithm/);
  });

  it('refuses a token with a role the hub does not have', async () => {
    const token = await federation.tokenFor({ sub: 'x', role: 'superuser' });
    const result = await federation.query(PUBLIC_QUERY, {}, token);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a school officer whose unit is not exactly CITY/unit-id, before any subgraph is asked', async () => {
    const valid = await federation.tokenFor({
      sub: 'o',
      role: 'school-officer',
      unit: 'HN/hn-thcs-thpt-newton',
    });
    expect((await federation.query(PUBLIC_QUERY, {}, valid)).errors).toBeUndefined();
    const before = ['HN', 'HP', 'cooperation'].map((service) => federation.requestsTo(service));
    for (const unit of [
      'HN/hn-thcs-thpt-newton/extra',
      'HN/hn-thcs-thpt-newton/',
      'HN//hn-thcs-thpt-newton',
    ]) {
      await expectRefused(
        await federation.tokenFor({ sub: 'o', role: 'school-officer', unit }),
        /must name its unit as CITY\/unit-id/,
      );
    }
    expect(['HN', 'HP', 'cooperation'].map((service) => federation.requestsTo(service))).toEqual(before);
  });

  describe('subgraphs trust only the gateway', () => {
    const directQuery = '{ grassrootsUnion(cityCode: "HN", id: "hn-thcs-thpt-newton") { name } }';

    it('refuses a direct call without the gateway identity', async () => {
      const response = await fetch(federation.cityUrls.HN, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: directQuery }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a forged identity header, and accepts the gateway’s', async () => {
      const identity = { subject: 'attacker', role: 'hub-admin' as const, anonymous: false };
      const send = async (header: string) =>
        fetch(federation.cityUrls.HN, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header },
          body: JSON.stringify({ query: directQuery }),
        });
      const { privateJwk: strangerJwk } = await newSigningKeyPair();
      const stranger = requireGatewaySigningKey(
        gatewaySigningKeyEnv({ GATEWAY_SIGNING_KEY: JSON.stringify(strangerJwk) }),
      );
      const forged = await signInternalIdentity(identity, stranger, cityAudience('HN'));
      expect((await send(forged)).status).toBe(401);
      expect((await send('not-a-token')).status).toBe(401);
      const gatewayKey = requireGatewaySigningKey(gatewaySigningKeyEnv(federation.envOf('gateway')));
      const genuine = await signInternalIdentity(identity, gatewayKey, cityAudience('HN'));
      const accepted = await send(genuine);
      expect(accepted.status).toBe(200);
      expect(await accepted.json()).toEqual({
        data: { grassrootsUnion: { name: 'Công đoàn Trường THCS-THPT Newton' } },
      });
    });

    it('still answers /health without identity', async () => {
      const response = await fetch(federation.cityUrls.HN.replace('/graphql', '/health'));
      expect(response.status).toBe(200);
    });
  });
});
